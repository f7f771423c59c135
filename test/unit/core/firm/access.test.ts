import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import type { FirmStatus, SearchResult } from '../../../../shared/firm/firm-schemas';
import { createMemorySecretStore } from '../../../../electron/core/firm/secret-store';
import { checkServerSchema, migrateServer } from '../../../../electron/core/firm/server-schema-version';
import { SERVER_MIGRATIONS } from '../../../../electron/core/firm/server-migrations';
import { TRUSTED, useTestCore } from '../../helpers/core';
import { caller, seedEngagement } from '../../helpers/seed-engagement';
import { CONSULTANTS, NO_POSTGRES, useFirmServer, type Consultant } from './firm-server';

const server = useFirmServer();
const newCore = useTestCore();

async function laptop(user: Consultant, password: string = CONSULTANTS[user]) {
  const test = newCore({ secretStore: createMemorySecretStore() });
  const call = caller(test.dispatch);
  await call<FirmStatus>('firm:save-settings', { settings: server.settings(user), password });
  return { ...test, call };
}

const FIRM_TABLES = ['engagements', 'engagement_access', 'notes', 'findings', 'records'];

describe.skipIf(NO_POSTGRES)('who may see an engagement in the firm library', () => {
  it('hides a restricted engagement from every query of another consultant’s role, and shows it to the consultant named', async () => {
    const a = await laptop('alice');
    const { engagement, call } = await seedEngagement(a.dispatch, 'Secretive Ltd');
    await call('notes:create', { engagementId: engagement.id, day: 1, text: 'Zeppelin budget overrun' });
    await call('findings:create', { engagementId: engagement.id, title: 'Zeppelin overrun', area: 'approach', day: 1 });
    await call('firm:publish', { engagementId: engagement.id, pilotKind: 'airships', restricted: true, allowedConsultants: ['carol'] });

    const bob = await server.connect('bob');
    const carol = await server.connect('carol');
    try {
      for (const table of FIRM_TABLES) {
        const rows = (await bob.query(`SELECT * FROM firm.${table}`)).rows as Record<string, unknown>[];
        expect(JSON.stringify(rows), table).not.toContain(engagement.id);
        const seen = (await carol.query(`SELECT * FROM firm.${table}`)).rows as Record<string, unknown>[];
        expect(JSON.stringify(seen), table).toContain(engagement.id);
      }
      expect((await bob.query('SELECT * FROM firm.visible_engagements() v WHERE v = $1', [engagement.id])).rows).toEqual([]);
      expect((await bob.query("SELECT count(*)::int AS n FROM firm.notes WHERE search @@ to_tsquery('english', 'zeppelin')")).rows[0].n).toBe(0);
      // Bob cannot write into it either: not a note, not a change of who may see it.
      await expect(
        bob.query("INSERT INTO firm.notes (id, engagement_id, ref, day, kind, text, visibility, captured_at, updated_at) VALUES (gen_random_uuid(), $1, 'D1-999', 1, 'observation', 'x', 'client', now(), now())", [engagement.id]),
      ).rejects.toMatchObject({ code: '42501' });
      await expect(bob.query('INSERT INTO firm.engagement_access (engagement_id, consultant) VALUES ($1, $2)', [engagement.id, 'bob'])).rejects.toMatchObject({ code: '42501' });
      expect((await bob.query('UPDATE firm.engagements SET restricted = false WHERE id = $1', [engagement.id])).rowCount).toBe(0);
      await expect(bob.query('UPDATE firm.engagements SET published_by = $2 WHERE id = $1', [engagement.id, 'bob'])).rejects.toMatchObject({ code: '42501' });
    } finally {
      await bob.end();
      await carol.end();
    }

    const b = await laptop('bob');
    expect(await b.call<SearchResult>('firm:search', { query: 'zeppelin' })).toEqual({ hits: [], capped: false });
    const c = await laptop('carol');
    expect((await c.call<SearchResult>('firm:search', { query: 'zeppelin' })).hits.map((h) => h.kind).sort()).toEqual(['finding', 'note']);

    // Bob holding a copy (an archive) cannot publish over it: refused in plain words, nothing changed.
    const file = `${a.dbPath}.auditweek`;
    await a.core.archive.exportTo(engagement.id, file);
    await b.core.archive.importFile(file);
    const refused = await b.dispatch(TRUSTED, 'firm:publish', { engagementId: engagement.id, pilotKind: 'airships', restricted: false });
    expect(refused.ok ? null : refused.error).toMatchObject({ code: 'firm_unavailable', message: expect.stringContaining('restricted to other consultants') });
    const admin = await server.connect();
    expect((await admin.query('SELECT restricted, published_by FROM firm.engagements WHERE id = $1', [engagement.id])).rows).toEqual([{ restricted: true, published_by: 'alice' }]);
    await admin.end();
  });
});

describe.skipIf(NO_POSTGRES)('the library’s schema version', () => {
  it('is refused both ways: a newer library by an older app, an older library by a newer app, and a database without one', async () => {
    await server.createLibrary('newer');
    const admin = await server.connect('admin', 'newer');
    const future = { version: 2, name: 'from-the-future', sql: 'CREATE TABLE firm.future_things (id integer)' };
    expect(await migrateServer(admin, [...SERVER_MIGRATIONS, future])).toEqual({ from: 1, to: 2 });
    await expect(checkServerSchema(admin)).rejects.toThrow(/newer version of Audit Workshop \(library schema 2; this app knows up to 1\)/);
    await expect(migrateServer(admin)).rejects.toThrow(/newer than this app’s 1/);
    expect((await admin.query('SELECT max(version) AS v FROM firm.migrations')).rows[0].v).toBe(2);
    await admin.end();

    const current = await server.connect('admin');
    await expect(checkServerSchema(current, 2)).rejects.toThrow(/older than this app expects \(library schema 1; this app needs 2\)/);
    await current.end();

    await server.createLibrary('empty', false);
    const a = newCore({ secretStore: createMemorySecretStore() });
    await caller(a.dispatch)('firm:save-settings', { settings: server.settings('alice', 'empty'), password: CONSULTANTS.alice });
    const refused = await a.dispatch(TRUSTED, 'firm:test', {});
    expect(refused.ok ? null : refused.error).toMatchObject({ code: 'firm_unavailable', message: expect.stringContaining('holds no firm library yet') });
  });
});

describe.skipIf(NO_POSTGRES)('the administrator’s part', () => {
  it('sets up an empty database and adds a consultant from Settings, who can then connect; the admin password is kept nowhere', async () => {
    await server.createLibrary('fresh', false);
    const a = newCore({ secretStore: createMemorySecretStore() });
    const call = caller(a.dispatch);
    await call('firm:save-settings', { settings: { ...server.settings('alice', 'fresh'), user: 'dora' }, password: null });
    const admin = { user: server.cluster.admin.user, password: server.cluster.admin.password };
    const wrong = await a.dispatch(TRUSTED, 'firm:admin-migrate', { admin: { ...admin, password: 'not-the-admin-password' } });
    expect(wrong.ok ? null : wrong.error.message).toMatch(/refused the user “firm_admin”/);
    expect(JSON.stringify(wrong)).not.toContain('not-the-admin-password');

    expect(await call('firm:admin-migrate', { admin })).toEqual({ from: 0, to: SERVER_MIGRATIONS.at(-1)!.version });
    expect(await call('firm:admin-migrate', { admin })).toEqual({ from: 1, to: 1 });
    await call('firm:admin-add-consultant', { admin, consultant: 'dora', password: 'dora-password' });
    await call('firm:save-settings', { settings: { ...server.settings('alice', 'fresh'), user: 'dora' }, password: 'dora-password' });
    expect((await call<FirmStatus>('firm:test', {})).lastReachedAt).not.toBeNull();
    a.core.db.pragma('wal_checkpoint(TRUNCATE)');
    expect(readFileSync(a.dbPath).includes(Buffer.from(admin.password))).toBe(false);
  });
});

describe.skipIf(NO_POSTGRES)('connecting to the library', () => {
  it('never puts the password in the data file, an error or a log line', async () => {
    const logged: string[] = [];
    const spies = (['log', 'warn', 'error', 'info', 'debug'] as const).map((level) => vi.spyOn(console, level).mockImplementation((...args: unknown[]) => void logged.push(args.map(String).join(' '))));
    try {
      const wrong = 'Wr0ng-pa55word-xyzzy';
      const a = await laptop('alice', wrong);
      const refused = await a.dispatch(TRUSTED, 'firm:test', {});
      expect(refused.ok ? null : refused.error).toMatchObject({ code: 'firm_unavailable', message: expect.stringContaining('refused the user “alice”') });
      const status = await a.call<FirmStatus>('firm:status', {});
      expect(status).toMatchObject({ hasPassword: true, lastReachedAt: null });
      for (const text of [JSON.stringify(refused), JSON.stringify(status), ...logged, ...a.unexpected.map(String)]) expect(text).not.toContain(wrong);
      a.core.db.pragma('wal_checkpoint(TRUNCATE)');
      expect(readFileSync(a.dbPath).includes(Buffer.from(wrong))).toBe(false);

      await a.call('firm:save-settings', { settings: server.settings('alice'), password: CONSULTANTS.alice });
      const reached = await a.call<FirmStatus>('firm:test', {});
      expect(reached.lastReachedAt).not.toBeNull();
      expect(reached.lastError).toBeNull();
    } finally {
      for (const spy of spies) spy.mockRestore();
    }
  });

  it('requires TLS by default, and says what to do when there is no CA file or the server offers none', async () => {
    const a = newCore({ secretStore: createMemorySecretStore(), firmHost: { chooseCaFile: async () => caFile, onPublishProgress: () => undefined } });
    const caFile = `${a.dbPath}.ca.pem`;
    writeFileSync(caFile, '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n');
    const call = caller(a.dispatch);
    const { tls: _off, ...withoutTls } = server.settings('alice');
    const saved = await call<FirmStatus>('firm:save-settings', { settings: withoutTls, password: CONSULTANTS.alice });
    expect(saved.settings?.tls).toBe('verify');
    const noCa = await a.dispatch(TRUSTED, 'firm:test', {});
    expect(noCa.ok ? null : noCa.error.message).toMatch(/requires TLS: choose the CA file/);
    expect((await call<FirmStatus>('firm:choose-ca-file', {})).caFileName).toBe(caFile.split('/').at(-1));
    const noTls = await a.dispatch(TRUSTED, 'firm:test', {});
    expect(noTls.ok ? null : noTls.error.message).toMatch(/does not offer TLS/);
  });
});
