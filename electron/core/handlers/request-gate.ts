/**
 * Holds the window's requests while an archive import writes. The import keeps one transaction
 * open on the main connection across turns of the event loop, so the window stays responsive while
 * a large engagement is written; a request served meanwhile would run inside that transaction (its
 * change undone if the import failed). So a hold first waits for requests already under way, then
 * holds new ones until it is done; they run afterwards, in the order they came.
 */
export interface RequestGate {
  /**
   * The handler table with every handler passing the gate, except `exempt`: handlers whose writes
   * all go through `hold` themselves (so they would wait for their own hold).
   */
  wrap<H extends object>(handlers: H, exempt: readonly (keyof H)[]): H;
  hold<T>(run: () => Promise<T>): Promise<T>;
}

export function createRequestGate(): RequestGate {
  let held: Promise<void> | null = null;
  let underWay = 0;
  let drained: (() => void) | null = null;

  function settled(): void {
    underWay -= 1;
    if (underWay === 0) drained?.();
  }

  /** Counts the request while it runs; a handler that answers at once is counted and done at once. */
  function serve(handler: (input: unknown) => unknown, input: unknown): unknown {
    underWay += 1;
    let answer: unknown;
    try {
      answer = handler(input);
    } catch (error) {
      settled();
      throw error;
    }
    if (answer instanceof Promise) return answer.finally(settled);
    settled();
    return answer;
  }

  async function whenOpen(): Promise<void> {
    while (held) await held;
  }

  /** Served now if the gate is open, checked again when it opens (another hold may have begun). */
  function pass(handler: (input: unknown) => unknown, input: unknown): unknown {
    return held ? held.then(() => pass(handler, input)) : serve(handler, input);
  }

  return {
    wrap(handlers, exempt) {
      const gated = Object.entries(handlers).map(([channel, handler]) =>
        exempt.includes(channel as keyof typeof handlers) ? [channel, handler] : [channel, (input: unknown) => pass(handler as (input: unknown) => unknown, input)],
      );
      return Object.fromEntries(gated) as typeof handlers;
    },
    async hold(run) {
      await whenOpen();
      let release!: () => void;
      held = new Promise((resolve) => (release = resolve));
      try {
        if (underWay > 0) await new Promise<void>((resolve) => (drained = resolve));
        drained = null;
        return await run();
      } finally {
        held = null;
        release();
      }
    },
  };
}
