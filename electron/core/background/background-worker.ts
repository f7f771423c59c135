import { parentPort } from 'node:worker_threads';
import { BACKGROUND_TASKS } from './background-tasks';
import { sendableError, type TaskReply, type TaskRequest } from './background-protocol';

// The thread the main process hands whole-file work to (checks, backups, restores), so capture
// never waits behind it. Tasks run one at a time, in the order they were asked for.
const port = parentPort;
if (!port) throw new Error('The background worker runs only as a worker thread.');

port.on('message', (request: TaskRequest) => {
  let reply: TaskReply;
  try {
    const task = BACKGROUND_TASKS[request.task as keyof typeof BACKGROUND_TASKS] as ((input: unknown) => unknown) | undefined;
    if (!task) throw new Error(`No background task is called "${request.task}".`);
    reply = { id: request.id, ok: true, value: task(request.input) };
  } catch (error) {
    reply = { id: request.id, ok: false, error: sendableError(error) };
  }
  port.postMessage(reply);
});
