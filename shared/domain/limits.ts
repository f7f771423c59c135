/** How long an engagement's week may be, in days. */
export const MIN_DAYS = 1;
export const MAX_DAYS = 10;
export const DEFAULT_DAYS = 5;
