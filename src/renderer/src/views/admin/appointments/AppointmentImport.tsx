/** A day's bookings from a file: checked first (each wrong line said), booked only when all are right. */
import { useState } from 'react';
import type { AppointmentImportAnswer } from '../../../../../shared/appointment-api';
import { api, errorText } from '../../../api/client';
import { useLocalized, useTranslation } from '../../../i18n';

const base64Of = async (file: File) => {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let text = '';
  for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(text);
};

export function AppointmentImport({ onImported }: { onImported: () => void }) {
  const { t } = useTranslation('appointments');
  const localized = useLocalized();
  const [file, setFile] = useState<File | null>(null);
  const [result, setResult] = useState<AppointmentImportAnswer | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const send = async (dryRun: boolean) => {
    if (!file) return;
    try {
      const answer = await api.call('importAppointments', {
        fileName: file.name,
        contentBase64: await base64Of(file),
        dryRun,
      });
      setResult(answer);
      setProblem(null);
      if (answer.applied) onImported();
    } catch (error) {
      setProblem(localized(errorText(error)));
    }
  };
  return (
    <div className="admin-form admin-card">
      <h3>{t('importTitle')}</h3>
      <p className="admin-list__meta">{t('importHint')}</p>
      <input
        type="file"
        accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        onChange={(e) => {
          setFile(e.target.files?.[0] ?? null);
          setResult(null);
        }}
      />
      <div className="appointments-import-actions">
        <button type="button" className="button button--quiet" disabled={!file} onClick={() => void send(true)}>
          {t('importCheck')}
        </button>
        {result && !result.applied && result.problems.length === 0 && result.booked > 0 && (
          <button type="button" className="button" onClick={() => void send(false)}>
            {t('importApply')}
          </button>
        )}
      </div>
      {problem && <p className="admin-message admin-message--error">{problem}</p>}
      {result && (
        <div role="status">
          <p>
            {result.applied ? t('importDone', { count: result.booked }) : t('importResult', { count: result.booked })}
          </p>
          <ul>
            {result.problems.map((p) => (
              <li key={`${p.line}-${p.vi}`} className="admin-message--error">
                {t('importLine', { line: p.line, text: localized(p) })}
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
