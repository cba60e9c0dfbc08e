/**
 * Setup's copy of the voice: settings, recordings, bundled segments and the syllable bank's index (to show
 * what each line of the script is said with), loaded again whenever any admin screen changes the voice.
 */
import { useCallback, useEffect, useState } from 'react';
import type { SegmentInventory } from '../../../../shared/voice-plan';
import type { VoiceBankIndex, VoiceSettings, VoiceSetup } from '../../../../shared/voice-settings';
import { api, errorText } from '../../api/client';
import type { LocalizedText } from '../../i18n';
import { useCenterStore } from '../../state/use-center';
import { fetchBankIndex } from '../bank-index';

export function useVoiceSetup() {
  const store = useCenterStore();
  const [setup, setSetup] = useState<VoiceSetup | null>(null);
  const [bank, setBank] = useState<VoiceBankIndex | null>(null);
  const [failure, setFailure] = useState<LocalizedText | null>(null);
  const [round, setRound] = useState(0);
  const reload = useCallback(() => setRound((r) => r + 1), []);

  useEffect(() => {
    let current = true;
    api.call('voice').then(
      (answer) => {
        if (!current) return;
        setSetup(answer);
        setFailure(null);
      },
      (error: unknown) => current && setFailure(errorText(error)),
    );
    return () => {
      current = false;
    };
  }, [round]);

  const bankUrl = setup?.bankIndexUrl ?? null;
  useEffect(() => {
    if (!bankUrl) return;
    let current = true;
    void fetchBankIndex(bankUrl).then(
      (index) => current && setBank(index),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [bankUrl]);

  useEffect(
    () =>
      store.onEvent((event) => {
        if (event.kind === 'setup' && event.what === 'voice') reload();
      }),
    [store, reload],
  );

  /** This screen saved: show the server's answer at once. */
  const savedSettings = useCallback((settings: VoiceSettings) => setSetup((s) => (s ? { ...s, settings } : s)), []);

  const inventory: SegmentInventory | null = setup && {
    recorded: new Set(setup.settings.source === 'recorded' ? setup.recorded.map((r) => r.key) : []),
    bundled: new Set(Object.keys(setup.bundled)),
    bank: new Set(bank ? Object.keys(bank.words) : []),
  };

  return { setup, bank, inventory, failure, reload, savedSettings };
}
