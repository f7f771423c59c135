import { useLayoutEffect, useMemo, useRef } from 'react';

/**
 * The same object on every render, whose functions always call the latest ones passed in. Memoised
 * children (board cards, cells) then keep their props while the state those functions read changes,
 * so a drag or a move re-renders only what it changed.
 */
export function useStableCallbacks<T extends { [K in keyof T]: (...args: never[]) => unknown }>(callbacks: T): T {
  const latest = useRef(callbacks);
  useLayoutEffect(() => {
    latest.current = callbacks;
  });
  const keys = Object.keys(callbacks).join(',');
  return useMemo(() => {
    const stable: Record<string, unknown> = {};
    for (const key of keys.split(',')) stable[key] = (...args: never[]) => (latest.current[key as keyof T] as (...a: never[]) => unknown)(...args);
    return stable as T;
  }, [keys]);
}
