/**
 * `/display` (or `/display?zone=<id>`) — the TV in the waiting hall, read from 10 m. The newest call large
 * (a recall marked "Mời lại"), a board of the points with their numbers, the next numbers and waiting counts,
 * the date and the center's notice; every call and recall is said aloud (src/renderer/src/voice). Everything
 * fits the screen whatever the center's size: rows shrink to a readable minimum, then turn in pages. Nothing
 * moves between calls, so a cheap TV box idles. On a lost connection it keeps the last picture with a small
 * badge and recovers by itself.
 */
import { useState } from 'react';
import { ConnectionBadge } from '../../components/ConnectionBadge';
import { useLocalized } from '../../i18n';
import { useCenter } from '../../state/use-center';
import { useDisplayVoice } from '../../voice/use-display-voice';
import { CallPanel } from './CallPanel';
import { DisplayClock } from './DisplayClock';
import { NextNumbers } from './NextNumbers';
import { NoticeBar } from './NoticeBar';
import { PointBoard } from './PointBoard';
import { SoundPrompt } from './SoundPrompt';
import { useLatestCall } from './use-latest-call';
import { useSoundReport } from './use-sound-report';
import './display.css';

function zoneFromUrl(): number | null {
  const zone = Number(new URLSearchParams(window.location.search).get('zone'));
  return Number.isInteger(zone) && zone > 0 ? zone : null;
}

export default function DisplayView() {
  const localized = useLocalized();
  const center = useCenter();
  const [zoneId] = useState(zoneFromUrl);

  const points = center.servicePoints.filter((p) => p.active && (zoneId === null || p.zoneId === zoneId));
  const services = center.services.filter((s) => s.active && (zoneId === null || s.zoneId === zoneId));
  const latest = useLatestCall(points.map((p) => p.id));
  const voice = useDisplayVoice(points);
  useSoundReport(voice.sound);

  const zone = zoneId === null ? null : center.zones.find((z) => z.id === zoneId);
  const notice = localized({ vi: center.settings.noticeVi, en: center.settings.noticeEn });

  return (
    <div className="display">
      <header className="display__header">
        <div className="display__title">
          <h1 className="display__center">
            {localized({ vi: center.settings.centerNameVi, en: center.settings.centerNameEn })}
          </h1>
          {zone && <p className="display__zone">{localized({ vi: zone.nameVi, en: zone.nameEn })}</p>}
        </div>
        <SoundPrompt sound={voice.sound} askedBefore={voice.askedBefore} onEnable={voice.enable} />
        <DisplayClock />
      </header>
      <main className="display__main">
        <div className="display__left">
          <CallPanel latest={latest} />
          <NextNumbers services={services} />
        </div>
        <PointBoard points={points} latest={latest} />
      </main>
      {notice && (
        <footer className="display__footer">
          <NoticeBar notice={notice} />
        </footer>
      )}
      <ConnectionBadge connected={center.connected} />
    </div>
  );
}
