/*
 * One cold start, run by the startup bench in a fresh Node process: starts the core over the data
 * folder in argv[2] as main does, asks what the first screen asks (the mode, the engagements, the
 * newest engagement's first day), and prints when that was answered, counted from the process's
 * own start; then waits for the background check of the file and prints when it answered.
 */
import { startAppCore } from '../../electron/core/start-app-core';
import { createDispatcher } from '../../shared/ipc/dispatch';

const SENDER = { url: 'app://workshop/index.html', isMainFrame: true };

async function main(): Promise<void> {
  const [userDataDir, backgroundWorker] = process.argv.slice(2);
  const runtime = startAppCore({ userDataDir: userDataDir!, appVersion: 'bench', backgroundWorker: backgroundWorker! });
  const dispatch = createDispatcher({
    handlers: runtime.handlers,
    translateError: runtime.translateError,
    trustedOrigin: 'app://workshop',
    onUnexpectedError: (error, channel) => {
      throw new Error(`${channel} failed unexpectedly: ${String(error)}`);
    },
  });
  const ask = async (channel: string, payload: unknown) => {
    const result = await dispatch(SENDER, channel, payload);
    if (!result.ok) throw new Error(`${channel} failed: ${result.error.message}`);
    return result.value;
  };
  await ask('recovery:status', {});
  const engagements = (await ask('engagements:list', {})) as { id: string; weekStart: string }[];
  const newest = [...engagements].sort((a, b) => b.weekStart.localeCompare(a.weekStart))[0]!;
  await ask('notes:list', { engagementId: newest.id, day: 1 });
  const interactiveMs = performance.now();
  const check = await runtime.dataCheckSettled();
  process.stdout.write(`${JSON.stringify({ interactiveMs, checkedMs: performance.now(), state: check.state })}\n`);
  runtime.close();
}

main().catch((error: unknown) => {
  process.stderr.write(`${String(error)}\n`);
  process.exitCode = 1;
});
