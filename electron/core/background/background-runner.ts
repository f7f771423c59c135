import { Worker } from 'node:worker_threads';
import { AppError } from '../../../shared/ipc/result';
import type { BackgroundTasks } from './background-tasks';
import { reviveError, type WorkerMessage } from './background-protocol';
import { flushWhileWriting } from './file-flusher';

export type TaskName = keyof BackgroundTasks;
export type TaskInput<K extends TaskName> = Parameters<BackgroundTasks[K]>[0];
export type TaskOutput<K extends TaskName> = Awaited<ReturnType<BackgroundTasks[K]>>;
/** What a task posts while it runs; never for a task that posts nothing. */
export type TaskProgressOf<K extends TaskName> = Parameters<BackgroundTasks[K]>[1] extends ((value: infer P) => void) | undefined ? P : never;

export interface BackgroundRunner {
  /**
   * Runs one task on the background thread; tasks run one at a time, in the order asked.
   * `onProgress` hears what the task posts while it runs, in the order posted, before it answers.
   */
  run<K extends TaskName>(task: K, input: TaskInput<K>, onProgress?: (progress: TaskProgressOf<K>) => void): Promise<TaskOutput<K>>;
  /** Stops the thread; tasks still waiting fail with a clear error. */
  close(): Promise<void>;
}

interface Waiting {
  resolve(value: unknown): void;
  reject(error: Error): void;
  onProgress?: (progress: never) => void;
  /** Stops flushing the large file the task said it writes, if it said so. */
  stopFlushing?: () => Promise<void>;
}

function threadStopped(detail: string): AppError {
  return new AppError('internal', `The app's background work stopped before it finished (${detail}). Try again; if it keeps failing, restart the app.`);
}

/**
 * The main process's side of the background thread. The thread starts with the first task, so a
 * start that needs none costs nothing, and starts again after a crash.
 */
export function createBackgroundRunner(scriptPath: string): BackgroundRunner {
  let worker: Worker | null = null;
  let nextId = 1;
  const waiting = new Map<number, Waiting>();

  function failAll(error: Error): void {
    for (const entry of waiting.values()) {
      void entry.stopFlushing?.();
      entry.reject(error);
    }
    waiting.clear();
  }

  function ensureWorker(): Worker {
    if (worker) return worker;
    const started = new Worker(scriptPath);
    started.on('message', (message: WorkerMessage) => {
      const entry = waiting.get(message.id);
      if (!entry) return;
      if ('progress' in message) {
        entry.onProgress?.(message.progress as never);
        return;
      }
      if ('writing' in message) {
        void entry.stopFlushing?.();
        entry.stopFlushing = flushWhileWriting(message.writing);
        return;
      }
      waiting.delete(message.id);
      void entry.stopFlushing?.();
      if (waiting.size === 0) started.unref();
      if (message.ok) entry.resolve(message.value);
      else entry.reject(reviveError(message.error));
    });
    started.on('error', (error) => {
      worker = null;
      failAll(threadStopped(error.message));
    });
    started.on('exit', (code) => {
      if (worker !== started) return;
      worker = null;
      failAll(threadStopped(`it exited with code ${code}`));
    });
    worker = started;
    return started;
  }

  return {
    run(task, input, onProgress) {
      const id = nextId++;
      return new Promise((resolve, reject) => {
        waiting.set(id, { resolve: resolve as (value: unknown) => void, reject, onProgress: onProgress as Waiting['onProgress'] });
        const thread = ensureWorker();
        // A task under way keeps the process alive; an idle thread must not keep it from exiting.
        thread.ref();
        thread.postMessage({ id, task, input });
      });
    },
    async close() {
      const stopping = worker;
      worker = null;
      failAll(threadStopped('the app closed its data'));
      await stopping?.terminate();
    },
  };
}
