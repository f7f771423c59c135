import { parentPort } from 'node:worker_threads';
import { BACKGROUND_TASKS } from './background-tasks';
import { listenForLargeWrites } from './large-writes';
import { sendableError, transferListOf, type TaskReply, type TaskRequest, type WorkerMessage } from './background-protocol';

// The thread the main process hands whole-file work to (checks, backups, restores, archives), so
// capture never waits behind it. Tasks run one at a time, in the order they were asked for: a task
// that awaits (an archive streaming to disk) holds the next one back until it has answered.
const port = parentPort;
if (!port) throw new Error('The background worker runs only as a worker thread.');
const post = (message: WorkerMessage) => port.postMessage(message, 'value' in message ? transferListOf(message.value) : []);

async function run(request: TaskRequest): Promise<TaskReply> {
  try {
    const task = BACKGROUND_TASKS[request.task as keyof typeof BACKGROUND_TASKS] as
      | ((input: unknown, progress: (value: unknown) => void) => unknown)
      | undefined;
    if (!task) throw new Error(`No background task is called "${request.task}".`);
    listenForLargeWrites((writing) => post({ id: request.id, writing }));
    const value = await task(request.input, (progress) => post({ id: request.id, progress }));
    return { id: request.id, ok: true, value };
  } catch (error) {
    return { id: request.id, ok: false, error: sendableError(error) };
  }
}

let queue = Promise.resolve();
port.on('message', (request: TaskRequest) => {
  queue = queue.then(async () => {
    const reply = await run(request);
    try {
      post(reply);
    } catch (error) {
      // An answer that cannot cross the thread is a bug in the task; the caller still hears of it.
      post({ id: request.id, ok: false, error: sendableError(error) });
    }
  });
});
