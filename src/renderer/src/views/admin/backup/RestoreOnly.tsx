/**
 * Setup when the database is damaged so badly that the center cannot be read (issue 24, point 7): the red line
 * says to restore the newest backup in Setup → Backup, so that tab is still offered, alone, in setup's own look.
 */
import '../admin.css';
import { BackupTab } from './BackupTab';

export default function RestoreOnly() {
  return (
    <div className="screen admin">
      <main className="admin-main">
        <BackupTab />
      </main>
    </div>
  );
}
