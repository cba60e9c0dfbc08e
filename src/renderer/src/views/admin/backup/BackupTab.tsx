/**
 * `/admin/backup` — copies of the center's data: their state and "Sao lưu ngay"; where and when they are made;
 * the list, each restorable (confirmed; today's data kept aside); and how long free-text notes are kept.
 */
import { useEndpoint } from '../../../api/use-endpoint';
import { useTranslation } from '../../../i18n';
import { BackupList } from './BackupList';
import { BackupSettingsForm } from './BackupSettingsForm';
import { BackupStatusCard } from './BackupStatusCard';
import { ListUnavailable } from '../kit/ListUnavailable';
import { NotesRetentionForm } from './NotesRetentionForm';
import './backup.css';

export function BackupTab() {
  const { t } = useTranslation('admin');
  const backups = useEndpoint('backups', undefined);
  const status = backups.data;
  return (
    <div className="admin-backup">
      <section className="admin-section" aria-labelledby="backup-title">
        <h2 id="backup-title">{t('backup.title')}</h2>
        <p className="admin-intro">{t('backup.intro')}</p>
        {status ? (
          <div className="admin-split admin-split--even">
            <BackupStatusCard status={status} onMade={backups.reload} />
            <div className="admin-card">
              <BackupSettingsForm settings={status.settings} onSaved={backups.replace} />
            </div>
          </div>
        ) : (
          <ListUnavailable list={backups} />
        )}
      </section>
      {status && (
        <section className="admin-section" aria-labelledby="backup-list-title">
          <h2 id="backup-list-title">{t('backup.listTitle')}</h2>
          <BackupList files={status.files} />
          <p className="admin-footnote">{t('backup.commandLine')}</p>
        </section>
      )}
      <section className="admin-section" aria-labelledby="retention-title">
        <h2 id="retention-title">{t('backup.retentionTitle')}</h2>
        <p className="admin-intro">{t('backup.retentionIntro')}</p>
        <div className="admin-card admin-backup__retention">
          <NotesRetentionForm />
        </div>
      </section>
    </div>
  );
}
