import type { LocalizedText } from '../i18n';

/** Vietnamese first and prominent, English after it; `inline` keeps both on one line. */
export function Bilingual({ text, inline = false }: { text: LocalizedText; inline?: boolean }) {
  return (
    <span className={inline ? 'bilingual bilingual--inline' : 'bilingual'}>
      <span lang="vi" className="bilingual__vi">
        {text.vi}
      </span>
      <span lang="en" className="bilingual__en">
        {text.en}
      </span>
    </span>
  );
}
