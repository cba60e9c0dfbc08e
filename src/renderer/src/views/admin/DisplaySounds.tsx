/**
 * Setup's overview lists each wall display with its sound (issue 19 §7), so the manager sees from the greeter PC
 * that a TV came back from a power cut silent — before citizens miss their turn. Live: each display tells the
 * host (src/renderer/src/views/display/use-sound-report.ts), and a `displaySound` event says when one changes.
 */
import { useEffect, useRef, useState } from 'react';
import type { DisplaySoundLine } from '../../../../shared/display-sound';
import { api } from '../../api/client';
import { useTranslation } from '../../i18n';
import { useCenter, useCenterStore } from '../../state/use-center';

function useDisplaySounds(): DisplaySoundLine[] {
  const store = useCenterStore();
  const { connected } = useCenter();
  const [lines, setLines] = useState<DisplaySoundLine[]>([]);
  const [round, setRound] = useState(0);
  // Sounds heard while the list is being asked for: the answer may have been read before them, so they are laid
  // over it (a TV that reported "blocked" meanwhile was listed as unknown until it next changed).
  const heard = useRef(new Map<number, Pick<DisplaySoundLine, 'sound' | 'since'>>());

  useEffect(() => {
    if (!connected) return;
    let live = true;
    heard.current = new Map();
    api.call('displaySounds').then(
      (found) => live && setLines(found.map((l) => ({ ...l, ...heard.current.get(l.deviceId) }))),
      () => undefined, // Offline: asked again when the connection is back.
    );
    return () => {
      live = false;
    };
  }, [connected, round]);

  useEffect(
    () =>
      store.onEvent((event) => {
        if (event.kind === 'displaySound') {
          const now = { sound: event.sound, since: event.sound === null ? null : event.at };
          heard.current.set(event.deviceId, now);
          setLines((all) => all.map((l) => (l.deviceId === event.deviceId ? { ...l, ...now } : l)));
        }
        // A display added, renamed or revoked meanwhile; or a reconnect (anything missed).
        if ((event.kind === 'setup' && event.what === 'devices') || event.kind === 'hello') setRound((r) => r + 1);
      }),
    [store],
  );
  return lines;
}

export function DisplaySounds() {
  const { t } = useTranslation('admin');
  const lines = useDisplaySounds();
  if (lines.length === 0) return null;
  const silent = lines.filter((l) => l.sound !== 'on' && l.sound !== 'muted').length;
  return (
    <section
      className={`admin-section${silent > 0 ? ' admin-message--warning' : ''}`}
      aria-labelledby="overview-sound"
      data-testid="display-sounds"
    >
      <h2 id="overview-sound">{t('overview.soundTitle')}</h2>
      <ul className="admin-sounds">
        {lines.map((line) => {
          const state = line.sound ?? 'unknown';
          return (
            <li key={line.deviceId} className={`admin-sound admin-sound--${state}`} data-testid="display-sound">
              <span className="admin-sound__dot" aria-hidden="true" />
              <strong className="admin-sound__name">{line.name}</strong>
              <span className="admin-sound__state">{t(`overview.sound.${state}`)}</span>
              {(state === 'blocked' || state === 'unknown') && (
                <span className="admin-sound__hint">{t(`overview.soundHint.${state}`)}</span>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
