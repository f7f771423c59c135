/** A clock that only moves when a test moves it. */
export function fakeClock(start = '2026-03-02T09:00:00.000Z') {
  let now = new Date(start).getTime();
  return {
    now: () => new Date(now),
    advance(ms: number) {
      now += ms;
    },
  };
}
