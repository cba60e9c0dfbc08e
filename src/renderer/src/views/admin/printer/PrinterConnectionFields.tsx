/**
 * How the host PC reaches the printer: not at all, over the network, through Windows, a serial port or CUPS —
 * and only the settings of the chosen way, each with where to find its value.
 */
import { PRINTER_CONNECTION_KINDS } from '../../../../../shared/domain';
import { useTranslation } from '../../../i18n';
import { Choice, CodeField, FieldGroup, NumberField, SelectField } from '../kit/form-kit';
import type { PrinterDraft } from './printer-setup';

type ErrorAt = (path: string, under?: boolean) => string | null;
type TextKey = 'host' | 'printerName' | 'path' | 'queue';

export function PrinterConnectionFields(props: {
  draft: PrinterDraft;
  baudRates: readonly number[];
  errorAt: ErrorAt;
  onChange: (change: Partial<PrinterDraft>) => void;
}) {
  const { t } = useTranslation('admin');
  const { draft, errorAt, onChange } = props;

  const text = (key: TextKey, label: string, hint: string) => (
    <CodeField
      label={label}
      hint={hint}
      error={errorAt(`connection.${key}`)}
      value={draft[key]}
      onChange={(value) => onChange({ [key]: value })}
    />
  );

  return (
    <>
      <FieldGroup legend={t('printer.connection')} error={errorAt('connection.kind')} className="admin-printer__kinds">
        {PRINTER_CONNECTION_KINDS.map((kind) => (
          <Choice
            key={kind}
            type="radio"
            name="printer-connection"
            checked={draft.kind === kind}
            onChange={() => onChange({ kind })}
            detail={t(`printer.kindHelp.${kind}`)}
          >
            <strong>{t(`printer.kinds.${kind}`)}</strong>
          </Choice>
        ))}
      </FieldGroup>

      {draft.kind === 'none' && <p className="admin-message admin-message--warning">{t('printer.noneNote')}</p>}
      {draft.kind === 'tcp' && (
        <div className="admin-printer__address">
          {text('host', t('printer.host'), t('printer.hostHint'))}
          <NumberField
            label={t('printer.port')}
            hint={t('printer.portHint')}
            error={errorAt('connection.port')}
            min={1}
            max={65535}
            value={draft.port}
            onChange={(value) => onChange({ port: value })}
          />
        </div>
      )}
      {draft.kind === 'windows' && text('printerName', t('printer.printerName'), t('printer.printerNameHint'))}
      {draft.kind === 'serial' && (
        <div className="admin-form__row">
          {text('path', t('printer.serialPath'), t('printer.serialPathHint'))}
          <SelectField
            label={t('printer.baudRate')}
            hint={t('printer.baudRateHint')}
            error={errorAt('connection.baudRate')}
            value={draft.baudRate}
            options={props.baudRates}
            onChange={(baudRate) => onChange({ baudRate })}
          />
        </div>
      )}
      {draft.kind === 'cups' && text('queue', t('printer.queue'), t('printer.queueHint'))}
    </>
  );
}
