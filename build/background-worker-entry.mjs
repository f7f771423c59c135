// Where the background thread's source starts; the app build and the tests' bundle both use it.
export const BACKGROUND_WORKER_ENTRY = 'electron/core/background/background-worker.ts';
