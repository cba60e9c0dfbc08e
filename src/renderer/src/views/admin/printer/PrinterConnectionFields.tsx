/**
 * How the host PC reaches the printer: not at all, over the network, through Windows, a serial port or CUPS —
 * and only the settings of the chosen way, each with where to find its value.
 */
import { PRINTER_CONNECTION_KINDS } from '../../../../../shared/domain';
import { useTranslation } from '../../../i18n';
import { Choice, Field, FieldGroup, NumberField } from '../kit/form-kit';
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

  // No placeholders: a grey "COM3" in an empty box reads as already filled in. The hints give the examples.
  const text = (key: TextKey, label: string, hint: string) => (
    <Field label={label} hint={hint} error={errorAt(`connection.${key}`)}>
      {(a11y) => (
        <input
          {...a11y}
          value={draft[key]}
          autoComplete="off"
          spellCheck={false}
          onChange={(e) => onChange({ [key]: e.target.value })}
        />
      )}
    </Field>
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
          <Field label={t('printer.baudRate')} hint={t('printer.baudRateHint')} error={errorAt('connection.baudRate')}>
            {(a11y) => (
              <select {...a11y} value={draft.baudRate} onChange={(e) => onChange({ baudRate: e.target.value })}>
                {props.baudRates.map((rate) => (
                  <option key={rate} value={rate}>
                    {rate}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
      )}
      {draft.kind === 'cups' && text('queue', t('printer.queue'), t('printer.queueHint'))}
    </>
  );
}
