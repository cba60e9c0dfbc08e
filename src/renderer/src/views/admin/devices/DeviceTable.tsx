/**
 * The devices with their role, point and activity; a new sign-in code for one whose code ran out; revoking asks
 * first, and twice for the device in use.
 */
import { Fragment, useState } from 'react';
import type { DeviceSignIn } from '../../../../../shared/api';
import { ROLES } from '../../../../../shared/contract/roles';
import { belongsToPoint } from '../../../../../shared/domain';
import { formatDateTime, formatServiceDay, serviceDayOf } from '../../../../../shared/time';
import { api, errorText } from '../../../api/client';
import type { Device } from '../../../api/types';
import { useLocalized, useTranslation } from '../../../i18n';
import { useCenter, useCenterStore } from '../../../state/use-center';
import { DangerConfirm } from '../kit/DangerConfirm';
import { Field, nameText, SaveBar, useSaveForm } from '../kit/form-kit';

const dateOf = (epochMs: number) => formatServiceDay(serviceDayOf(epochMs));

/** What is open under a device's row: the question before revoking it, or its new name. */
type Opened = { id: number; what: 'revoke' | 'rename' } | null;

export function DeviceTable(props: {
  devices: Device[];
  /** A device was revoked or renamed: the list is fetched again. */
  onChanged: () => void;
  onSignIn: (signIn: DeviceSignIn) => void;
}) {
  const { devices, onChanged } = props;
  const { t } = useTranslation('admin');
  const store = useCenterStore();
  const { session } = useCenter();
  const [opened, setOpened] = useState<Opened>(null);
  const [message, setMessage] = useState<string | null>(null);
  const inUse = devices.filter((d) => d.revokedAt === null).sort((a, b) => a.role.localeCompare(b.role) || a.id - b.id);
  const revoked = devices.filter((d) => d.revokedAt !== null).sort((a, b) => (b.revokedAt ?? 0) - (a.revokedAt ?? 0));

  return (
    <>
      {message && (
        <p className="admin-message admin-message--ok" role="status">
          {message}
        </p>
      )}
      {inUse.length === 0 ? (
        <p className="admin-empty">{t('devices.empty')}</p>
      ) : (
        <DeviceRows
          devices={inUse}
          onSignIn={props.onSignIn}
          opened={opened}
          onOpen={(next) => {
            setOpened(next);
            setMessage(null);
          }}
          onRevoked={(device) => {
            // This very screen was revoked: reload, and it shows how to sign in again instead of failing calls.
            if (device.id === session.device.id) return store.retry();
            setOpened(null);
            setMessage(t('devices.revoked', { name: device.name }));
            onChanged();
          }}
          onRenamed={(device) => {
            setOpened(null);
            setMessage(t('devices.renamed', { name: device.name }));
            onChanged();
          }}
        />
      )}
      {revoked.length > 0 && (
        <details className="admin-revoked">
          <summary>{t('devices.revokedTitle', { count: revoked.length })}</summary>
          <DeviceRows devices={revoked} opened={null} />
        </details>
      )}
    </>
  );
}

function DeviceRows(props: {
  devices: Device[];
  onSignIn?: (signIn: DeviceSignIn) => void;
  opened: Opened;
  onOpen?: (opened: Opened) => void;
  onRevoked?: (device: Device) => void;
  onRenamed?: (device: Device) => void;
}) {
  const { t } = useTranslation('admin');
  const localized = useLocalized();
  const { servicePoints, session } = useCenter();
  const { opened } = props;
  const pointName = (id: number | null) => {
    const point = servicePoints.find((p) => p.id === id);
    return point ? localized(nameText(point)) : '—';
  };
  return (
    <table className="admin-table">
      <thead>
        <tr>
          <th scope="col">{t('devices.columns.name')}</th>
          <th scope="col">{t('devices.columns.role')}</th>
          <th scope="col">{t('devices.columns.point')}</th>
          <th scope="col">{t('devices.columns.created')}</th>
          <th scope="col">{t('devices.columns.lastSeen')}</th>
          <th scope="col">{t('devices.columns.action')}</th>
        </tr>
      </thead>
      <tbody>
        {props.devices.map((device) => {
          const own = device.id === session.device.id;
          return (
            <Fragment key={device.id}>
              <tr className={device.revokedAt ? 'admin-table__row--revoked' : undefined}>
                <th scope="row">
                  {device.name}
                  {own && <span className="admin-badge admin-badge--info">{t('devices.thisDevice')}</span>}
                </th>
                <td>{localized(ROLES[device.role].name)}</td>
                <td>{belongsToPoint(device.role) ? pointName(device.servicePointId) : '—'}</td>
                <td>{dateOf(device.createdAt)}</td>
                <td>{device.lastSeenAt === null ? t('devices.neverSeen') : formatDateTime(device.lastSeenAt)}</td>
                <td>
                  {device.revokedAt !== null ? (
                    t('devices.revokedOn', { date: dateOf(device.revokedAt) })
                  ) : (
                    <div className="admin-table__actions">
                      {props.onSignIn && <NewSignInButton device={device} onSignIn={props.onSignIn} />}
                      {(['rename', 'revoke'] as const).map((what) => {
                        const open = opened?.id === device.id && opened.what === what;
                        return (
                          <button
                            key={what}
                            type="button"
                            className={`admin-button${what === 'revoke' ? ' admin-button--danger-quiet' : ''}`}
                            aria-expanded={open}
                            onClick={() => props.onOpen?.(open ? null : { id: device.id, what })}
                          >
                            {t(`devices.${what}`)}
                          </button>
                        );
                      })}
                    </div>
                  )}
                </td>
              </tr>
              {opened?.id === device.id && (
                <tr className={opened.what === 'revoke' ? 'admin-table__confirm' : undefined}>
                  <td colSpan={6}>
                    {opened.what === 'revoke' ? (
                      <RevokeConfirm
                        device={device}
                        own={own}
                        onCancel={() => props.onOpen?.(null)}
                        onRevoked={() => props.onRevoked?.(device)}
                      />
                    ) : (
                      <RenameDevice
                        device={device}
                        onCancel={() => props.onOpen?.(null)}
                        onRenamed={(renamed) => props.onRenamed?.(renamed)}
                      />
                    )}
                  </td>
                </tr>
              )}
            </Fragment>
          );
        })}
      </tbody>
    </table>
  );
}

function RevokeConfirm(props: { device: Device; own: boolean; onCancel: () => void; onRevoked: () => void }) {
  const { t } = useTranslation('admin');
  return (
    <DangerConfirm
      question={t('devices.revokeConfirm', { name: props.device.name })}
      warning={
        props.own ? { text: t('devices.revokeOwnWarning'), ack: t('devices.revokeOwnAck'), role: 'alert' } : undefined
      }
      yesLabel={t('devices.revokeYes')}
      onYes={async () => {
        await api.call('revokeDevice', { id: props.device.id });
        props.onRevoked();
      }}
      onCancel={props.onCancel}
    />
  );
}

/** A device's new name, in place under its row; the name field takes the focus. */
function RenameDevice(props: { device: Device; onCancel: () => void; onRenamed: (device: Device) => void }) {
  const { t } = useTranslation('admin');
  const [name, setName] = useState(props.device.name);
  const form = useSaveForm(['name']);
  const save = form.submit(async () => props.onRenamed(await api.call('renameDevice', { id: props.device.id, name })));
  return (
    <form className="admin-form admin-rename" onSubmit={save} noValidate>
      <Field label={t('devices.renameLabel')} error={form.errorAt('name')}>
        {(a11y) => <input {...a11y} value={name} maxLength={120} autoFocus onChange={(e) => setName(e.target.value)} />}
      </Field>
      <SaveBar
        busy={form.busy}
        problem={form.problem}
        onCancel={props.onCancel}
        saveLabel={t('devices.renameYes')}
        busyLabel={t('devices.renameYes')}
      />
    </form>
  );
}

/** A new one-time link and pairing code for a device: a reset TV, a new browser, a code that ran out. */
function NewSignInButton(props: { device: Device; onSignIn: (signIn: DeviceSignIn) => void }) {
  const { t } = useTranslation('admin');
  const localized = useLocalized();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const make = async () => {
    setBusy(true);
    setProblem(null);
    try {
      props.onSignIn(await api.call('deviceSignIn', { id: props.device.id }));
    } catch (error) {
      setProblem(localized(errorText(error)));
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <button type="button" className="admin-button" disabled={busy} onClick={() => void make()}>
        {busy ? t('devices.newSignInBusy') : t('devices.newSignIn')}
      </button>
      {problem && (
        <p className="admin-field__error" role="alert">
          {problem}
        </p>
      )}
    </>
  );
}
