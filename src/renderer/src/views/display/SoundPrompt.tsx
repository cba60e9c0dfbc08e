import { useTranslation } from '../../i18n';
import type { DisplaySound } from '../../voice/use-display-voice';

/**
 * Whether the hall hears the calls. While sound is off, a banner across the top of the screen (part of the layout,
 * so it never covers a number) until a tap, any key or the remote's OK turns it on — after a reload or a power cut
 * a silent TV must be impossible to miss. Says so when setup muted this display, so nobody hunts for a speaker.
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
    <button type="button" className="sound-banner" onClick={props.onEnable} data-testid="sound-prompt">
      {props.askedBefore ? t('soundOffReminder') : t('enableSound')}
    </button>
  );
}
