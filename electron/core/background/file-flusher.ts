import { open, type FileHandle } from 'node:fs/promises';

/** Small enough that what waits for the disk at any moment is a few tens of megabytes at most. */
export const FLUSH_EVERY_MS = 50;

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Flushes a file another thread is writing, again and again until stopped, so the kernel never
 * holds much of it unwritten (see large-writes.ts). The flushes run on libuv's pool, never on the
 * calling thread. A file not there yet is looked for again on the next round. A failed flush
 * stops the flushing and nothing more: whether the copy succeeded is for the copy's own final
 * fsync and check to say, and it says so to the user.
 */
export function flushWhileWriting(filePath: string): () => Promise<void> {
  let stopped = false;
  const flushing = (async () => {
    let handle: FileHandle | null = null;
    try {
      while (!stopped) {
        handle ??= await open(filePath, 'r+').catch((error: NodeJS.ErrnoException) => {
          if (error.code === 'ENOENT') return null;
          throw error;
        });
        if (handle) await handle.datasync();
        await pause(FLUSH_EVERY_MS);
      }
      await handle?.close();
    } catch {
      // See above: the copy reports its own failures. A handle left open by a failed close is
      // closed by Node when it is collected.
    }
  })();
  return () => {
    stopped = true;
    return flushing;
  };
}
