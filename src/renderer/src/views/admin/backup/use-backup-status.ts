/** The backup tab's picture: settings, the copies in the folder, the last attempt — fetched, and fetched again. */
import { useCallback, useEffect, useState } from 'react';
import type { BackupStatus } from '../../../../../shared/backup';
import { api, errorText } from '../../../api/client';
import type { LocalizedText } from '../../../i18n';

export interface BackupStatusState {
  status: BackupStatus | null;
  failure: LocalizedText | null;
  reload: () => void;
  /** After a change the server answered with the new status. */
  replace: (status: BackupStatus) => void;
}

export function useBackupStatus(): BackupStatusState {
  const [status, setStatus] = useState<BackupStatus | null>(null);
  const [failure, setFailure] = useState<LocalizedText | null>(null);
  const [round, setRound] = useState(0);
  useEffect(() => {
    let current = true;
    api.call('backups').then(
      (answer) => {
        if (!current) return;
        setStatus(answer);
        setFailure(null);
      },
      (error: unknown) => current && setFailure(errorText(error)),
    );
    return () => {
      current = false;
    };
  }, [round]);
  const reload = useCallback(() => setRound((r) => r + 1), []);
  return { status, failure, reload, replace: setStatus };
}
