import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { ApiClient } from '../lib/api-client';
import type { AppState, AppStore } from '../store/create-app-store';

const StoreContext = createContext<{ store: AppStore; api: ApiClient } | null>(null);

export function StoreProvider(props: { store: AppStore; api: ApiClient; children: ReactNode }) {
  return <StoreContext.Provider value={{ store: props.store, api: props.api }}>{props.children}</StoreContext.Provider>;
}

function useStoreContext() {
  const value = useContext(StoreContext);
  if (!value) throw new Error('StoreProvider is missing above this component.');
  return value;
}

export function useAppState<T>(selector: (state: AppState) => T): T {
  return useStore(useStoreContext().store, selector);
}

export function useAppStore(): AppStore {
  return useStoreContext().store;
}
