/*
 * Run by the kill test in a child process, bundled at test time: starts the app's core over the
 * data folder in argv[2] as main does, then captures notes through the real dispatcher forever,
 * printing "ACK <id>" only after the note's commit returned. The parent kills it at random.
 * With argv[3] = "migrate" it only opens (and so migrates) the database, printing "OPEN". argv[4] is
 * the background thread's script.
 */
import { startAppCore } from '../../electron/core/start-app-core';
import { createDispatcher } from '../../shared/ipc/dispatch';

const SENDER = { url: 'app://workshop/index.html', isMainFrame: true };

async function main(): Promise<void> {
  const [dir, mode, backgroundWorker] = process.argv.slice(2);
  const runtime = startAppCore({ userDataDir: dir!, appVersion: 'kill-test', backgroundWorker: backgroundWorker! });
  if (mode === 'migrate') {
    process.stdout.write('OPEN\n');
    return;
  }
  const dispatch = createDispatcher({
    handlers: runtime.handlers,
    translateError: runtime.translateError,
    trustedOrigin: 'app://workshop',
    onUnexpectedError: (error) => {
      process.stderr.write(`${String(error)}\n`);
      process.exit(2);
    },
  });
  const list = await dispatch(SENDER, 'engagements:list', {});
  const engagementId = list.ok ? (list.value as { id: string }[])[0]?.id : undefined;
  if (!engagementId) throw new Error('The kill test seeds one engagement first.');
  for (let i = 0; ; i++) {
    const result = await dispatch(SENDER, 'notes:create', { engagementId, day: 1 + (i % 5), text: `note ${i} ${'x'.repeat(i % 300)}` });
    if (!result.ok) throw new Error(result.error.message);
    // Pipes are written synchronously on POSIX, so the parent sees every acknowledgement printed.
    process.stdout.write(`ACK ${(result.value as { id: string }).id}\n`);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${String(error)}\n`);
  process.exit(1);
});
