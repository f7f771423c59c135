/**
 * Whole-file copies (a backup's VACUUM INTO, a restore's staging copy) leave hundreds of megabytes
 * in the page cache. When the kernel writes them out at the copy's end, every fsync of the live
 * database's WAL waits behind them: at a million notes a note's save stalled for 300 ms. So the
 * thread that makes such a copy says where before it starts, and its host keeps flushing that
 * file as it grows (see file-flusher.ts); the copy itself cannot, being one synchronous call.
 */
let announce: (filePath: string) => void = () => undefined;

/** Says that a large file is about to be written at `filePath`. Nothing happens where no host listens. */
export function announceLargeWrite(filePath: string): void {
  announce(filePath);
}

/** Whom `announceLargeWrite` tells, until the next call: the background thread, for the task it runs. */
export function listenForLargeWrites(listener: (filePath: string) => void): void {
  announce = listener;
}
