/**
 * The LED board above a counter (issue 23): whether there is one, how it is reached (USB–RS-485 adapter or Modbus
 * TCP gateway), its kind, unit id and digits, and whether it keeps the last number. "Thử bảng" lights every segment
 * for a few seconds, so the manager sees at once that the right board answers; its status says why not, in the
 * server's words.
 */
import { useState } from 'react';
import {
  BOARD_AFTER_RESOLVE,
  BOARD_DIGITS,
  type BoardProtocol,
  type BoardSettings,
  type BoardSetup,
  type BoardStatus,
} from '../../../../../shared/boards';
import { formatDateTime } from '../../../../../shared/time';
import { api, errorText } from '../../../api/client';
import { useEndpoint } from '../../../api/use-endpoint';
import type { ServicePoint } from '../../../api/types';
import { useLocalized, useTranslation, type LocalizedText } from '../../../i18n';
import { Choice, CodeField, FieldGroup, NumberField, SaveBar, SelectField, useSaveForm } from '../kit/form-kit';
import { numberOrNull } from '../kit/form-problem';

interface Draft {
  has: boolean;
  type: 'serial' | 'tcp';
  path: string;
  baudRate: string;
  host: string;
  port: string;
  protocol: BoardProtocol;
  unitId: string;
  digits: string;
  afterResolve: BoardSettings['afterResolve'];
}
const FIELDS = ['connection', 'protocol', 'unitId', 'digits', 'afterResolve'];

function draftOf(board: BoardSettings | null): Draft {
  const c = board?.connection;
  return {
    has: board !== null,
    type: c?.type ?? 'serial',
    path: c?.type === 'serial' ? c.path : '',
    baudRate: String(c?.type === 'serial' ? c.baudRate : 9600),
    host: c?.type === 'tcp' ? c.host : '',
    port: String(c?.type === 'tcp' ? c.port : 502),
    protocol: board?.protocol ?? 'modbus-7seg',
    unitId: String(board?.unitId ?? 1),
    digits: String(board?.digits ?? 4),
    afterResolve: board?.afterResolve ?? 'keep',
  };
}

const inputOf = (d: Draft) => ({
  connection:
    d.type === 'serial'
      ? { type: 'serial', path: d.path.trim(), baudRate: Number(d.baudRate) }
      : { type: 'tcp', host: d.host.trim(), port: numberOrNull(d.port) },
  protocol: d.protocol,
  unitId: numberOrNull(d.unitId),
  digits: Number(d.digits),
  afterResolve: d.afterResolve,
});

export function BoardForm({ point }: { point: ServicePoint }) {
  const setup = useEndpoint('board', { id: point.id });
  if (!setup.data) return null;
  return <BoardFormLoaded key={point.id} point={point} setup={setup.data} saved={setup.replace} />;
}

function BoardFormLoaded(props: { point: ServicePoint; setup: BoardSetup; saved: (setup: BoardSetup) => void }) {
  const { t } = useTranslation('admin');
  const { point, setup } = props;
  const [draft, setDraft] = useState(() => draftOf(setup.board));
  const [note, setNote] = useState<string | null>(null);
  const form = useSaveForm(FIELDS);
  const { errorAt } = form;
  const set = (change: Partial<Draft>) => {
    setNote(null);
    setDraft((d) => ({ ...d, ...change }));
  };
  const dirty = JSON.stringify(draft) !== JSON.stringify(draftOf(setup.board));

  const save = form.submit(async () => {
    if (!draft.has) {
      if (setup.board) await api.call('removeBoard', { id: point.id });
      props.saved({ ...setup, board: null, status: null });
      setNote(t('boards.removed'));
      return;
    }
    const answer = await api.submit('updateBoard', { id: point.id, ...inputOf(draft) });
    props.saved(answer);
    setDraft(draftOf(answer.board));
    setNote(t('boards.saved'));
  });

  const text = (key: 'path' | 'host', hint: string) => (
    <CodeField
      label={t(`boards.${key}`)}
      hint={hint}
      error={errorAt(`connection.${key}`)}
      value={draft[key]}
      onChange={(value) => set({ [key]: value })}
    />
  );

  return (
    <form className="admin-form admin-board" onSubmit={save} noValidate>
      <h3 className="admin-form__title">{t('boards.title')}</h3>
      <p className="admin-intro">{t('boards.intro')}</p>
      <Choice checked={draft.has} onChange={(has) => set({ has })}>
        <strong>{t('boards.has')}</strong>
      </Choice>
      {draft.has && (
        <>
          <FieldGroup legend={t('boards.connection')} error={errorAt('connection.type')}>
            {(['serial', 'tcp'] as const).map((type) => (
              <Choice
                key={type}
                type="radio"
                name="board-type"
                checked={draft.type === type}
                onChange={() => set({ type })}
              >
                {t(`boards.types.${type}`)}
              </Choice>
            ))}
          </FieldGroup>
          {draft.type === 'serial' ? (
            <div className="admin-form__row">
              {text('path', t('boards.pathHint'))}
              <SelectField
                label={t('boards.baudRate')}
                hint={t('boards.baudRateHint')}
                error={errorAt('connection.baudRate')}
                value={draft.baudRate}
                options={setup.baudRates}
                onChange={(baudRate) => set({ baudRate })}
              />
            </div>
          ) : (
            <div className="admin-form__row">
              {text('host', t('boards.hostHint'))}
              <NumberField
                label={t('boards.port')}
                hint={t('boards.portHint')}
                error={errorAt('connection.port')}
                min={1}
                max={65535}
                value={draft.port}
                onChange={(port) => set({ port })}
              />
            </div>
          )}
          <FieldGroup legend={t('boards.protocol')} error={errorAt('protocol')}>
            {setup.protocols.map((protocol) => (
              <Choice
                key={protocol}
                type="radio"
                name="board-protocol"
                checked={draft.protocol === protocol}
                onChange={() => set({ protocol })}
              >
                {t(`boards.protocols.${protocol}`)}
              </Choice>
            ))}
          </FieldGroup>
          <div className="admin-form__row">
            <NumberField
              label={t('boards.unitId')}
              hint={t('boards.unitIdHint')}
              error={errorAt('unitId')}
              min={1}
              max={247}
              value={draft.unitId}
              onChange={(unitId) => set({ unitId })}
            />
            <SelectField
              label={t('boards.digits')}
              error={errorAt('digits')}
              value={draft.digits}
              options={BOARD_DIGITS}
              onChange={(digits) => set({ digits })}
            />
          </div>
          <FieldGroup legend={t('boards.afterResolve')} error={errorAt('afterResolve')}>
            {BOARD_AFTER_RESOLVE.map((choice) => (
              <Choice
                key={choice}
                type="radio"
                name="board-after"
                checked={draft.afterResolve === choice}
                onChange={() => set({ afterResolve: choice })}
              >
                {t(`boards.afterResolveChoices.${choice}`)}
              </Choice>
            ))}
          </FieldGroup>
        </>
      )}
      <SaveBar busy={form.busy} problem={form.problem} note={note} saveLabel={t('boards.save')} />
      {setup.board && <BoardTest pointId={point.id} status={setup.status} dirty={dirty} />}
    </form>
  );
}

/** "Thử bảng" and how the board is doing, in the server's words when it is not. */
function BoardTest(props: { pointId: number; status: BoardStatus | null; dirty: boolean }) {
  const { t } = useTranslation('admin');
  const localized = useLocalized();
  const [busy, setBusy] = useState(false);
  const [tried, setTried] = useState<BoardStatus | null>(null);
  const [failure, setFailure] = useState<LocalizedText | null>(null);
  const status = tried ?? props.status;

  const test = async () => {
    setBusy(true);
    setFailure(null);
    try {
      setTried(await api.call('testBoard', { id: props.pointId }));
    } catch (error) {
      setFailure(errorText(error));
    } finally {
      setBusy(false);
    }
  };

  const shown = (text: string) => (text.trim() === '' ? t('boards.dark') : text);
  return (
    <div className="admin-board__test" aria-live="polite">
      <button type="button" className="admin-button" disabled={busy || props.dirty} onClick={() => void test()}>
        {busy ? t('boards.testing') : t('boards.test')}
      </button>
      {props.dirty && <p className="admin-field__hint">{t('boards.testSaveFirst')}</p>}
      {failure && <p className="admin-message admin-message--error">{localized(failure)}</p>}
      {status && !status.ok && status.error && (
        <p className="admin-message admin-message--error">{localized(status.error)}</p>
      )}
      {tried?.ok && <p className="admin-message admin-message--ok">{t('boards.testOk', { pattern: tried.showing })}</p>}
      {status?.ok && !tried && (
        <p className="admin-field__hint">
          {status.lastWriteAt === null
            ? t('boards.statusNever')
            : t('boards.statusOk', { showing: shown(status.showing), when: formatDateTime(status.lastWriteAt) })}
        </p>
      )}
    </div>
  );
}
