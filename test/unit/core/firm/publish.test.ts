import { describe, expect, it } from 'vitest';
import type { Note } from '../../../../shared/domain/note';
import type { FirmStatus, PublicationState } from '../../../../shared/firm/firm-schemas';
import { createMemorySecretStore } from '../../../../electron/core/firm/secret-store';
import type { FirmHost } from '../../../../electron/core/firm/firm-service';
import type { Bridge } from '../../../../shared/ipc/bridge';
import { createApiClient } from '../../../../renderer/lib/api-client';
import { createAppStore } from '../../../../renderer/store/create-app-store';
import { TRUSTED, useTestCore } from '../../helpers/core';
import { caller, seedEngagement, seedEveryTable } from '../../helpers/seed-engagement';
import { CONSULTANTS, NO_POSTGRES, useFirmServer, type Consultant } from './firm-server';

const server = useFirmServer();
const newCore = useTestCore();

/** A laptop signed in to the library as `user`; `host` lets a test act while a publish runs. */
async function laptop(user: Consultant, host?: Partial<FirmHost>) {
  const test = newCore({ secretStore: createMemorySecretStore(), firmHost: { chooseCaFile: async () => null, onPublishProgress: () => undefined, ...host } });
  const call = caller(test.dispatch);
  await call<FirmStatus>('firm:save-settings', { settings: server.settings(user), password: CONSULTANTS[user] });
  return { ...test, call };
}

async function serverRows(table: string, engagementId: string, user: Consultant | 'admin' = 'admin') {
  const client = await server.connect(user);
  try {
    return (await client.query(`SELECT * FROM firm.${table} WHERE engagement_id = $1`, [engagementId])).rows as Record<string, unknown>[];
  } finally {
    await client.end();
  }
}

const open = (engagementId: string) => ({ engagementId, pilotKind: 'Invoice processing', restricted: false });

describe.skipIf(NO_POSTGRES)('publishing an engagement to the firm library', () => {
  it('publishes everything, facilitator-only notes included, and the pilot’s numbers', async () => {
    const a = await laptop('alice');
    const { engagement } = await seedEveryTable(a.dispatch);
    await a.call('notes:create', { engagementId: engagement.id, day: 2, text: 'Between us: the CFO will not fund it', visibility: 'facilitator' });
    const state = await a.call<PublicationState>('firm:publish', open(engagement.id));
    expect(state).toMatchObject({ pending: false, changedSincePublish: false, lastError: null, pilotKind: 'invoice processing' });

    const liveNotes = a.core.db.prepare('SELECT id, text, visibility FROM notes WHERE engagement_id = ? AND deleted_at IS NULL ORDER BY id').all(engagement.id);
    const published = (await serverRows('notes', engagement.id)).map((n) => ({ id: n.id, text: n.text, visibility: n.visibility })).sort((x, y) => String(x.id).localeCompare(String(y.id)));
    expect(published).toEqual(liveNotes);
    expect(published.some((n) => n.visibility === 'facilitator')).toBe(true);
    const liveFindings = a.core.db.prepare('SELECT id FROM findings WHERE engagement_id = ? AND deleted_at IS NULL').pluck().all(engagement.id);
    expect((await serverRows('findings', engagement.id)).map((f) => f.id).sort()).toEqual([...liveFindings].sort());
    const tables = new Set((await serverRows('records', engagement.id)).map((r) => r.table_name));
    for (const table of ['engagements', 'participants', 'sessions', 'assessment_criterion_scores', 'cost_scenarios', 'finding_evidence', 'path_recommendations', 'path_raci']) {
      expect(tables.has(table), table).toBe(true);
    }
    const admin = await server.connect();
    const published1 = (await admin.query('SELECT published_by, recommendation, restricted FROM firm.engagements WHERE id = $1', [engagement.id])).rows[0];
    await admin.end();
    expect(published1).toEqual({ published_by: 'alice', recommendation: 'conditional-go', restricted: false });
  });

  it('updates in place when published again after edits: edited, added and deleted notes, no duplicates', async () => {
    const a = await laptop('alice');
    const { engagement, notes, call } = await seedEngagement(a.dispatch, 'Contoso');
    await call('firm:publish', open(engagement.id));
    await call('notes:update', { id: notes[0]!.id, text: 'They re-key every invoice, twice' });
    await call('notes:delete', { id: notes[2]!.id });
    const added = await call<Note>('notes:create', { engagementId: engagement.id, day: 3, text: 'Scanner jams on Mondays' });
    expect((await call<PublicationState>('firm:publication', { engagementId: engagement.id })).changedSincePublish).toBe(true);

    await call('firm:publish', open(engagement.id));
    const texts = (await serverRows('notes', engagement.id)).map((n) => n.text).sort();
    expect(texts).toEqual(['Scanner jams on Mondays', 'They re-key every invoice, twice']);
    expect((await serverRows('notes', engagement.id)).find((n) => n.id === added.id)).toBeDefined();
    expect((await call<PublicationState>('firm:publication', { engagementId: engagement.id })).changedSincePublish).toBe(false);

    // A publish with nothing changed is the same publish: still one of each.
    await call('firm:publish', open(engagement.id));
    expect(await serverRows('notes', engagement.id)).toHaveLength(2);
  });

  it('merges what two laptops publish of the same engagement: both laptops’ notes, the later edit of a note wins', async () => {
    const a = await laptop('alice');
    const { engagement, notes } = await seedEngagement(a.dispatch, 'Fabrikam');
    await a.call('firm:publish', open(engagement.id));

    // The co-facilitator's laptop holds the same engagement, through an archive.
    const b = await laptop('bob');
    const file = `${a.dbPath}.auditweek`;
    await a.core.archive.exportTo(engagement.id, file);
    await b.core.archive.importFile(file);
    await b.call('notes:create', { engagementId: engagement.id, day: 2, text: 'Bob heard about the backlog' });
    await b.call('firm:publish', open(engagement.id));

    await a.call('notes:update', { id: notes[0]!.id, text: 'Alice’s later wording' });
    await a.call('firm:publish', open(engagement.id));
    // Bob publishes again without having seen Alice's edit: it stays.
    await b.call('firm:publish', open(engagement.id));

    const published = await serverRows('notes', engagement.id);
    expect(published.map((n) => n.text).sort()).toEqual(['Alice’s later wording', 'Bob heard about the backlog', 'No owner for the model']);
    expect(new Set(published.map((n) => n.id)).size).toBe(published.length);
  });

  it('finishes a publish cut off by the server going down, with the server consistent meanwhile and no duplicates', async () => {
    let cut = false;
    const a = await laptop('alice', {
      onPublishProgress: ({ done }) => {
        if (done === 2 && !cut) {
          cut = true;
          server.cluster.stop('immediate');
        }
      },
    });
    const { engagement } = await seedEngagement(a.dispatch, 'Tailspin');
    const insert = a.core.db.prepare(
      `INSERT INTO notes (id, engagement_id, created_at, updated_at, device_id, ref, day, session_id, area, kind, text, speaker_id, speaker_name, tags, visibility, pinned, captured_at, deleted_at)
       SELECT lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-a' || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6))),
              engagement_id, created_at, updated_at, device_id, 'D5-' || (100000 + ?), 5, NULL, area, kind, 'Bulk note ' || ?, NULL, '', '[]', visibility, 0, captured_at, NULL
         FROM notes WHERE engagement_id = ? AND deleted_at IS NULL LIMIT 1`,
    );
    a.core.db.transaction(() => {
      for (let i = 0; i < 2_500; i += 1) insert.run(i, i, engagement.id);
    })();

    const cutOff = await a.dispatch({ url: 'app://workshop/index.html', isMainFrame: true }, 'firm:publish', open(engagement.id));
    expect(cut).toBe(true);
    expect(cutOff.ok ? null : cutOff.error).toMatchObject({ code: 'firm_unavailable', message: expect.stringContaining('could not be reached') });
    expect(await a.call<PublicationState>('firm:publication', { engagementId: engagement.id })).toMatchObject({ pending: true, publishedAt: null });

    server.cluster.start();
    // The transaction died with the server: nothing of the engagement is there, not half of it.
    expect(await serverRows('notes', engagement.id)).toEqual([]);
    expect(await a.call('firm:publish-pending', {})).toEqual({ published: 1, failed: 0 });
    const local = a.core.db.prepare('SELECT count(*) FROM notes WHERE engagement_id = ? AND deleted_at IS NULL').pluck().get(engagement.id);
    const published = await serverRows('notes', engagement.id);
    expect(published).toHaveLength(local as number);
    expect(new Set(published.map((n) => n.id)).size).toBe(published.length);
    expect(await a.call<PublicationState>('firm:publication', { engagementId: engagement.id })).toMatchObject({ pending: false, lastError: null });
  });

  it('keeps a publish made off the network in the outbox, and finishes it when the consultant next reaches the library', async () => {
    const a = await laptop('alice');
    const { engagement } = await seedEngagement(a.dispatch, 'Wingtip');
    const bridge: Bridge = { invoke: (channel, payload) => a.dispatch(TRUSTED, channel, payload), on: () => () => undefined };
    const store = createAppStore(createApiClient(bridge));
    await a.call('firm:save-settings', { settings: { ...server.settings('alice'), port: 9 }, password: null });
    expect(await store.getState().publish(open(engagement.id))).toMatch(/could not be reached/);
    expect(store.getState().publications[engagement.id]).toMatchObject({ pending: true, publishedAt: null });

    await store.getState().saveFirmSettings(server.settings('alice'), null);
    await store.getState().testFirm();
    expect(store.getState().toasts.map((t) => t.message)).toContain('1 engagement waiting on this laptop was published to the firm library.');
    expect(await serverRows('notes', engagement.id)).toHaveLength(2);
    await store.getState().loadPublication(engagement.id);
    expect(store.getState().publications[engagement.id]).toMatchObject({ pending: false, lastError: null });
  });
});
