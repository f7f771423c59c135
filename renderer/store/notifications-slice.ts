import type { StateCreator } from 'zustand/vanilla';
import type { AppState } from './create-app-store';

export interface Toast {
  id: number;
  tone: 'info' | 'success' | 'error';
  message: string;
  action?: { label: string; run: () => void };
}

export interface NotificationsSlice {
  toasts: Toast[];
  notify(toast: Omit<Toast, 'id'>): number;
  dismiss(id: number): void;
}

let nextToastId = 1;

export const createNotificationsSlice: StateCreator<AppState, [], [], NotificationsSlice> = (set) => ({
  toasts: [],
  notify: (toast) => {
    const id = nextToastId++;
    set((state) => ({ toasts: [...state.toasts, { ...toast, id }] }));
    return id;
  },
  dismiss: (id) => set((state) => ({ toasts: state.toasts.filter((t) => t.id !== id) })),
});
