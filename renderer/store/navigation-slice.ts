import type { StateCreator } from 'zustand/vanilla';
import { HOME_ROUTE, type Route } from './route';
import type { AppState } from './create-app-store';

export interface NavigationSlice {
  route: Route;
  navigate(route: Route): void;
}

export const createNavigationSlice: StateCreator<AppState, [], [], NavigationSlice> = (set) => ({
  route: HOME_ROUTE,
  navigate: (route) => set({ route }),
});
