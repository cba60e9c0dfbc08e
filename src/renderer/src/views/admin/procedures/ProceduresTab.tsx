/**
 * Setup of the procedure guide (issue 15): the catalogue with a search over it, one procedure's form, import and
 * export of the province's list, and what the ticket prints about the procedure.
 */
import { useEffect, useMemo, useState } from 'react';
import {
  PROCEDURE_ON_TICKET,
  type ProcedureGuideSettings,
  type ProcedureOnTicket,
} from '../../../../../shared/procedures';
import { api, errorText } from '../../../api/client';
import { useLocalized, useTranslation, type LocalizedText } from '../../../i18n';
import { useCenter } from '../../../state/use-center';
import { useProcedures } from '../../../state/use-procedures';
import { Choice, FieldGroup } from '../kit/form-kit';
import { ListUnavailable } from '../kit/ListUnavailable';
import { ProcedureForm } from './ProcedureForm';
import { ProcedureImport } from './ProcedureImport';
import { ServiceChip } from '../kit/ServiceChip';
import { SetupSection } from '../kit/SetupSection';
import './procedures.css';
import { nameOf } from '../../../../../shared/names';

export function ProceduresTab() {
  const { t } = useTranslation('procedures');
  const localized = useLocalized();
  const { services } = useCenter();
  const procedures = useProcedures();
  const [filter, setFilter] = useState('');
  const [serviceId, setServiceId] = useState('');
  const all = useMemo(() => procedures.all ?? [], [procedures.all]);
  const shown = useMemo(() => {
    // The greeter's own search, so setup finds a procedure the way the entrance will.
    const found = filter.trim() ? procedures.search.search(filter, 200).map((m) => m.procedure) : all;
    return found.filter((p) => serviceId === '' || p.serviceId === Number(serviceId));
  }, [filter, serviceId, all, procedures.search]);
  const unchecked = all.filter((p) => p.active && !p.checked).length;
  if (procedures.all === null) return <ListUnavailable list={procedures} />;

  return (
    <div className="admin-procedures">
      {unchecked > 0 && (
        <p className="banner banner--warning procedure-banner" role="status">
          {t('unchecked', { count: unchecked })}
        </p>
      )}
      <details className="procedure-tools" open={all.length === 0}>
        <summary>{t('tools')}</summary>
        <div className="admin-split admin-split--even">
          <ProcedureImport />
          <TicketSetting />
        </div>
      </details>
      <SetupSection
        title={t('title')}
        intro={t('intro')}
        addLabel={t('add')}
        emptyText={all.length === 0 ? t('empty') : t('noMatch')}
        items={shown}
        isRetired={(p) => !p.active}
        itemLabel={(p) => p.nameVi}
        toolbar={
          <div className="procedure-toolbar">
            <label className="admin-field">
              <span className="admin-field__label">{t('filter')}</span>
              <input
                type="search"
                value={filter}
                placeholder={t('filterPlaceholder')}
                onChange={(e) => setFilter(e.target.value)}
              />
            </label>
            <label className="admin-field">
              <span className="admin-field__label">{t('form.service')}</span>
              <select value={serviceId} onChange={(e) => setServiceId(e.target.value)}>
                <option value="">{t('allServices')}</option>
                {services.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.prefix} · {localized(nameOf(s))}
                  </option>
                ))}
              </select>
            </label>
            <p className="admin-list__meta">{t('shown', { shown: shown.length, total: all.length })}</p>
          </div>
        }
        renderSummary={(p) => {
          const service = services.find((s) => s.id === p.serviceId);
          return (
            <>
              {service && <ServiceChip service={service} />}
              <span className="admin-list__text">
                <strong>{localized(nameOf(p))}</strong>
                <span className="admin-list__meta">
                  {[p.code, t('documentsCount', { count: p.documents.length })].filter(Boolean).join(' · ')}
                  {p.onlineFiling && <span className="procedure-tag procedure-tag--online">{t('online')}</span>}
                  {!p.checked && <span className="procedure-tag">{t('reference')}</span>}
                </span>
              </span>
            </>
          );
        }}
        renderForm={(procedure, done) => <ProcedureForm procedure={procedure} done={done} />}
      />
    </div>
  );
}

/** What the ticket prints about the citizen's procedure. */
function TicketSetting() {
  const { t } = useTranslation('procedures');
  const localized = useLocalized();
  const [settings, setSettings] = useState<ProcedureGuideSettings | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [failure, setFailure] = useState<LocalizedText | null>(null);
  useEffect(() => {
    api.call('procedureGuide').then(setSettings, (error: unknown) => setFailure(errorText(error)));
  }, []);
  const choose = async (onTicket: ProcedureOnTicket) => {
    setFailure(null);
    try {
      setSettings(await api.call('updateProcedureGuide', { onTicket }));
      setMessage(t('onTicket.saved'));
    } catch (error) {
      setFailure(errorText(error));
    }
  };
  return (
    <section className="admin-section admin-card" aria-label={t('onTicket.legend')}>
      <FieldGroup legend={t('onTicket.legend')} error={failure && localized(failure)}>
        {PROCEDURE_ON_TICKET.map((choice) => (
          <Choice
            key={choice}
            type="radio"
            name="procedure-on-ticket"
            checked={settings?.onTicket === choice}
            onChange={() => void choose(choice)}
          >
            {t(`onTicket.${choice}`)}
          </Choice>
        ))}
      </FieldGroup>
      {message && (
        <p className="admin-message admin-message--ok" role="status">
          {message}
        </p>
      )}
    </section>
  );
}
