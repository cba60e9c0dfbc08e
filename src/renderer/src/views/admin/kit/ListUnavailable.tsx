import { useLocalized, useTranslation } from '../../../i18n';
import type { Fetched } from '../../../api/use-endpoint';

/** A list still loading, or one that could not be loaded, with a way to try again. */
export function ListUnavailable({ list }: { list: Pick<Fetched<unknown>, 'failure' | 'reload'> }) {
  const { t } = useTranslation('admin');
  const localized = useLocalized();
  if (!list.failure) return <p className="admin-empty">{t('form.loading')}</p>;
  return (
    <div className="admin-message admin-message--error" role="alert">
      <p>
        {t('form.loadFailed')} {localized(list.failure)}
      </p>
      <button type="button" className="admin-button" onClick={list.reload}>
        {t('form.reload')}
      </button>
    </div>
  );
}
