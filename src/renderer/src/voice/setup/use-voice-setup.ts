/**
 * Setup's copy of the voice: settings, recordings, bundled segments and the syllable bank's index (to show
 * what each line of the script is said with), loaded again whenever any admin screen changes the voice.
 */
import { useCallback, useEffect, useState } from 'react';
import type { SegmentInventory } from '../../../../shared/voice-plan';
import type { VoiceBankIndex, VoiceSettings } from '../../../../shared/voice-settings';
import { useEndpoint } from '../../api/use-endpoint';
import { useCenterStore } from '../../state/use-center';
import { fetchBankIndex } from '../bank-index';

export function useVoiceSetup() {
  const store = useCenterStore();
  const voice = useEndpoint('voice', undefined);
  const { data: setup, reload, replace } = voice;
  const [bank, setBank] = useState<VoiceBankIndex | null>(null);

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
  const savedSettings = useCallback(
    (settings: VoiceSettings) => replace((s) => (s ? { ...s, settings } : s)),
    [replace],
  );

  const inventory: SegmentInventory | null = setup && {
    recorded: new Set(setup.settings.source === 'recorded' ? setup.recorded.map((r) => r.key) : []),
    bundled: new Set(Object.keys(setup.bundled)),
    bank: new Set(bank ? Object.keys(bank.words) : []),
  };

  return { setup, bank, inventory, failure: voice.failure, reload, savedSettings };
}
