/**
 * Import and export of the procedure catalogue: export CSV or Excel (to edit and import back), import a file —
 * first checked (what would be added, changed, retired, and every wrong line), then applied in one step.
 */
import { useState } from 'react';
import type { ProcedureImportAnswer } from '../../../../../shared/procedures';
import { api, errorText } from '../../../api/client';
import { useLocalized, useTranslation, type LocalizedText } from '../../../i18n';
import { Choice } from '../kit/form-kit';

const MAX_BYTES = 10 * 1024 * 1024;

/** The file's bytes in base64, in slices (a whole file at once overflows the call stack). */
async function base64Of(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export function ProcedureImport() {
  const { t } = useTranslation('procedures');
  const localized = useLocalized();
  const [file, setFile] = useState<File | null>(null);
  const [retireMissing, setRetireMissing] = useState(false);
  const [busy, setBusy] = useState<'checking' | 'applying' | null>(null);
  const [answer, setAnswer] = useState<ProcedureImportAnswer | null>(null);
  const [failure, setFailure] = useState<LocalizedText | string | null>(null);

  const send = async (dryRun: boolean) => {
    if (!file) return;
    if (file.size > MAX_BYTES) return setFailure(t('file.tooBig'));
    setBusy(dryRun ? 'checking' : 'applying');
    setFailure(null);
    try {
      const body = { fileName: file.name, contentBase64: await base64Of(file), dryRun, retireMissing };
      setAnswer(await api.call('importProcedures', body));
    } catch (error) {
      setAnswer(null);
      setFailure(errorText(error));
    } finally {
      setBusy(null);
    }
  };

  const changes = answer ? answer.added + answer.updated + answer.retired : 0;
  return (
    <section className="admin-section admin-card procedure-file" aria-labelledby="procedure-file-title">
      <h2 id="procedure-file-title">{t('file.title')}</h2>
      <p className="admin-intro">{t('file.intro')}</p>
      <div className="procedure-file__exports">
        <a className="admin-button" href={api.href('exportProcedures', { format: 'xlsx' })} download>
          {t('file.exportXlsx')}
        </a>
        <a className="admin-button" href={api.href('exportProcedures', { format: 'csv' })} download>
          {t('file.exportCsv')}
        </a>
      </div>
      <div className="admin-field">
        <span className="admin-field__label">{t('file.choose')}</span>
        <span className="procedure-file__pick">
          {/* The browser's own file button speaks the browser's language; this one speaks the screen's. */}
          <label className="admin-button">
            {t('file.chooseButton')}
            <input
              className="procedure-file__input"
              type="file"
              accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              onChange={(e) => {
                setFile(e.target.files?.[0] ?? null);
                setAnswer(null);
                setFailure(null);
              }}
            />
          </label>
          <span className="procedure-file__name">{file ? file.name : t('file.noFile')}</span>
        </span>
      </div>
      <div className="admin-field">
        <Choice
          checked={retireMissing}
          onChange={(on) => {
            setRetireMissing(on);
            setAnswer(null);
          }}
        >
          {t('file.retireMissing')}
        </Choice>
      </div>
      <div className="procedure-file__buttons">
        <button
          type="button"
          className="admin-button"
          disabled={!file || busy !== null}
          onClick={() => void send(true)}
        >
          {busy === 'checking' ? t('file.checking') : t('file.check')}
        </button>
        {answer && !answer.applied && answer.problems.length === 0 && changes > 0 && (
          <button
            type="button"
            className="admin-button admin-button--primary"
            disabled={busy !== null}
            onClick={() => void send(false)}
          >
            {busy === 'applying' ? t('file.applying') : t('file.apply')}
          </button>
        )}
      </div>
      <div aria-live="polite">
        {failure && (
          <p className="admin-message admin-message--error" role="alert">
            {typeof failure === 'string' ? failure : localized(failure)}
          </p>
        )}
        {answer && answer.problems.length > 0 && (
          <div className="admin-message admin-message--error" role="alert">
            <p>{t('file.problems')}</p>
            <ul className="procedure-file__problems">
              {answer.problems.map((p, i) => (
                <li key={i}>{localized(p)}</li>
              ))}
            </ul>
          </div>
        )}
        {answer && answer.problems.length === 0 && (
          <p className={`admin-message ${answer.applied ? 'admin-message--ok' : ''}`} role="status">
            {answer.applied
              ? t('file.applied', { added: answer.added, updated: answer.updated, retired: answer.retired })
              : changes === 0
                ? t('file.nothing')
                : t('file.summary', {
                    added: answer.added,
                    updated: answer.updated,
                    unchanged: answer.unchanged,
                    retired: answer.retired,
                  })}
          </p>
        )}
      </div>
    </section>
  );
}
