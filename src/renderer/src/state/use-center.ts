import { createContext, useContext, useSyncExternalStore } from 'react';
import type { CenterData, CenterState, CenterStore } from './center-store';

export const CenterContext = createContext<CenterStore | null>(null);

export function useCenterStore(): CenterStore {
  const store = useContext(CenterContext);
  if (!store) throw new Error('useCenterStore outside <CenterContext>');
  return store;
}

export function useCenterState(): CenterState {
  const store = useCenterStore();
  return useSyncExternalStore(store.subscribe, store.getState);
}

/** The ready picture; only for components rendered inside <CenterGate>. */
export function useCenter(): CenterData & { connected: boolean } {
  const state = useCenterState();
  if (state.phase !== 'ready') throw new Error('useCenter before the center is loaded');
  return { ...state.data, connected: state.connected };
}
