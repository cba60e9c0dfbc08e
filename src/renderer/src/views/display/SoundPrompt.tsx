import { useTranslation } from '../../i18n';
import type { DisplaySound } from '../../voice/use-display-voice';

/**
 * Whether the hall hears the calls, in the header — part of the layout, so it never covers a number. Asks for
 * a tap the first time; afterwards a small reminder (any key or tap turns sound on); says so when setup
 * muted this display, so nobody hunts for a broken speaker.
 */
export function SoundPrompt(props: { sound: DisplaySound; askedBefore: boolean; onEnable: () => void }) {
  const { t } = useTranslation('display');
  if (props.sound === 'on' || props.sound === 'loading') return null;
  if (props.sound === 'muted')
    return (
      <span className="sound-state" data-testid="sound-muted">
        {t('soundMuted')}
      </span>
    );
  return (
    <button
      type="button"
      className={`sound-prompt ${props.askedBefore ? 'sound-prompt--small' : ''}`}
      onClick={props.onEnable}
      data-testid="sound-prompt"
    >
      {props.askedBefore ? t('soundOffReminder') : t('enableSound')}
    </button>
  );
}
