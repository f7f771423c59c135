import { Worker } from 'node:worker_threads';
import { AppError } from '../../../shared/ipc/result';
import type { BackgroundTasks } from './background-tasks';
import { reviveError, type TaskReply } from './background-protocol';

export type TaskName = keyof BackgroundTasks;
export type TaskInput<K extends TaskName> = Parameters<BackgroundTasks[K]>[0];
export type TaskOutput<K extends TaskName> = ReturnType<BackgroundTasks[K]>;

export interface BackgroundRunner {
  /** Runs one task on the background thread; tasks run one at a time, in the order asked. */
  run<K extends TaskName>(task: K, input: TaskInput<K>): Promise<TaskOutput<K>>;
  /** Stops the thread; tasks still waiting fail with a clear error. */
  close(): Promise<void>;
}

interface Waiting {
  resolve(value: unknown): void;
  reject(error: Error): void;
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
    for (const entry of waiting.values()) entry.reject(error);
    waiting.clear();
  }

  function ensureWorker(): Worker {
    if (worker) return worker;
    const started = new Worker(scriptPath);
    started.on('message', (reply: TaskReply) => {
      const entry = waiting.get(reply.id);
      if (!entry) return;
      waiting.delete(reply.id);
      if (waiting.size === 0) started.unref();
      if (reply.ok) entry.resolve(reply.value);
      else entry.reject(reviveError(reply.error));
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
    run(task, input) {
      const id = nextId++;
      return new Promise((resolve, reject) => {
        waiting.set(id, { resolve: resolve as (value: unknown) => void, reject });
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
