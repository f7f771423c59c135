/**
 * How many hidden windows draw report documents at once. Two: a week pack's report prints twice
 * while its readouts and pictures are drawn beside it, each window in its own renderer process,
 * so the pack takes about as long as its longest file rather than the sum of them. The bench's
 * stand-in printer draws as many at a time.
 */
export const REPORT_WINDOWS = 2;
