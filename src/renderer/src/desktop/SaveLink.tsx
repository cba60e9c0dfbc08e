/**
 * A file the server makes (a report's CSV, XLSX or PDF, a voice pack): in a browser a plain download link; in the desktop app
 * the same file, fetched with this screen's session, goes to the save dialog, so the manager picks the folder (a
 * USB stick for the weekly meeting).
 */
import type { ReactNode } from 'react';
import { useState } from 'react';
import { useTranslation } from '../i18n';
import { desktop } from './bridge';

export function SaveLink(props: {
  href: string;
  /** Offered in the save dialog, e.g. `bao-cao-tuan-2026-11-23.pdf`. */
  fileName: string;
  format: 'csv' | 'xlsx' | 'pdf' | 'json';
  className: string;
  title?: string;
  children: ReactNode;
}) {
  const { t } = useTranslation('common');
  const [problem, setProblem] = useState<string | null>(null);
  if (!desktop)
    return (
      <a className={props.className} href={props.href} download={props.fileName} title={props.title}>
        {props.children}
      </a>
    );
  const bridge = desktop;
  const save = async () => {
    setProblem(null);
    try {
      const response = await fetch(props.href, { credentials: 'same-origin' });
      if (!response.ok) throw new Error(String(response.status));
      const content = new Uint8Array(await response.arrayBuffer());
      await bridge.saveExport({ suggestedName: props.fileName, format: props.format, content });
    } catch {
      setProblem(t('saveFailed'));
    }
  };
  return (
    <>
      <button type="button" className={props.className} title={props.title} onClick={() => void save()}>
        {props.children}
      </button>
      {problem && (
        <span className="notice notice--error" role="alert">
          {problem}
        </span>
      )}
    </>
  );
}
