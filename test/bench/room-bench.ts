import http from 'node:http';
import type { RunningRoom } from '../../shared/domain/room';
import type { BenchModule, BenchRow } from './bench-types';
import { captureInputs, saveThroughDispatch } from './capture-bench';
import { row } from './rows';
import { seedWorkspace } from './seed-data';
import { summarize } from './stats';

const PHONES = 50;
const NOTES_PER_PHONE = 10;

/** One JSON request from a simulated phone; resolves with the status and how long the answer took. */
function post(agent: http.Agent, url: string, token: string | null, body: unknown): Promise<{ status: number; ms: number; body: string }> {
  const started = performance.now();
  const raw = JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const request = http.request(
      url,
      { method: 'POST', agent, headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) } },
      (response) => {
        let text = '';
        response.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, ms: performance.now() - started, body: text }));
      },
    );
    request.on('error', reject);
    request.end(raw);
  });
}

/**
 * Room mode on loopback: 50 phones join and each sends 10 notes (every third sent twice, as after
 * a dropped answer) and spreads its dots, all at once, while the facilitator keeps saving notes.
 * Every note must arrive exactly once, phones must be answered fast, and the facilitator's own
 * save must not slow down noticeably: it is compared with the same saves while the room is quiet.
 */
export const roomBench: BenchModule = {
  name: 'room',
  async run(ctx): Promise<BenchRow[]> {
    const unexpected: unknown[] = [];
    const ws = await seedWorkspace(ctx.scratchDir, 'room', {
      seed: 4,
      notes: ctx.quick ? 500 : 5_000,
      findings: 20,
      participants: 20,
      withEmpty: false,
      roomHost: {
        pagesDir: '',
        onChange: () => undefined,
        onUnexpectedError: (error) => unexpected.push(error),
        // Every simulated phone comes from 127.0.0.1, where real phones each have their own address.
        limits: { joinsPerMinutePerAddress: 10_000 },
      },
    });
    try {
      const session = ws.sessions.find((s) => s.day === 1 && s.kind !== 'break')!;
      const room = (await ws.invoke('room:start', { engagementId: ws.engagement.id, sessionId: session.id, address: '127.0.0.1' })) as RunningRoom;
      const findings = (await ws.invoke('findings:list', { engagementId: ws.engagement.id })).filter((f) => f.visibility === 'client').slice(0, 5);
      await ws.invoke('room:open-voting', { findingIds: findings.map((f) => f.id) });
      const origin = new URL(room.participantUrl).origin;
      const agent = new http.Agent({ keepAlive: true, maxSockets: PHONES });
      const next = captureInputs(ws, 21);

      /** The facilitator saving notes one after another until `done` says stop. */
      const facilitator = async (done: () => boolean, rounds: number) => {
        const times: number[] = [];
        while (times.length < rounds || !done()) {
          const started = performance.now();
          await saveThroughDispatch(ws, next());
          times.push(performance.now() - started);
          // Let the phones' requests in between saves, as the window's own pauses between keystrokes would.
          await new Promise((resolve) => setImmediate(resolve));
        }
        return times;
      };

      const quietRounds = ctx.quick ? 20 : 100;
      const quietBefore = await facilitator(() => true, quietRounds);
      const acks: number[] = [];
      let refused = 0;
      let loadDone = false;
      const phone = async (index: number) => {
        const joined = await post(agent, `${origin}/api/join`, null, { code: room.joinCode, name: index % 2 === 0 ? `Phone ${index}` : null });
        const device = (JSON.parse(joined.body) as { device: string }).device;
        for (let n = 0; n < NOTES_PER_PHONE; n++) {
          const note = { key: `bench-${index}-${n}-${'x'.repeat(8)}`, text: `Phone ${index} note ${n}`, anonymous: n % 2 === 0 };
          const sends = n % 3 === 0 ? 2 : 1;
          for (let s = 0; s < sends; s++) {
            const answer = await post(agent, `${origin}/api/notes`, device, note);
            acks.push(answer.ms);
            if (answer.status !== 200) refused += 1;
          }
          if (n < findings.length && n < 3) {
            const vote = await post(agent, `${origin}/api/votes`, device, { findingId: findings[(index + n) % findings.length]!.id, dots: 1 });
            acks.push(vote.ms);
            if (vote.status !== 200) refused += 1;
          }
        }
      };
      const load = Promise.all(Array.from({ length: PHONES }, (_, i) => phone(i))).finally(() => (loadDone = true));
      const [busy] = await Promise.all([facilitator(() => loadDone, 1), load]);
      agent.destroy();
      // Quiet saves on both sides of the load, so a slower disk before or after does not pass for the room's cost.
      const quiet = [...quietBefore, ...(await facilitator(() => true, quietRounds))];

      const inbox = await ws.invoke('room:inbox', { engagementId: ws.engagement.id });
      const distinct = new Set(inbox.map((item) => item.text)).size;
      const expected = PHONES * NOTES_PER_PHONE;
      const lostOrDoubled = Math.abs(expected - inbox.length) + (inbox.length - distinct);
      const ack = summarize(acks);
      const quietSummary = summarize(quiet);
      const busySummary = summarize(busy);
      const ratio = busySummary.median / quietSummary.median;
      await ws.invoke('room:stop', {});
      if (unexpected.length > 0) throw new Error(`The room failed unexpectedly: ${unexpected.map(String).join('; ')}`);
      return [
        row({
          id: 'room.ack',
          measurement: `Room: acknowledgement of a phone's note or vote, ${PHONES} phones × ${NOTES_PER_PHONE} notes at once`,
          summary: ack,
          target: `p95 < 100 ms; 0 of ${expected} notes lost or doubled; 0 refused`,
          met: ack.p95 < 100 && lostOrDoubled === 0 && refused === 0,
        }),
        row({
          id: 'room.facilitator-save',
          measurement: "Room: the facilitator's note save while the phones send",
          summary: busySummary,
          reference: { label: 'the same saves with the room quiet', summary: quietSummary },
          target: 'median ≤ 1.1× quiet',
          met: ratio <= 1.1,
        }),
      ];
    } finally {
      ws.close();
    }
  },
};
