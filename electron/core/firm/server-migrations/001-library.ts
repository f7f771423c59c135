import type { ServerMigration } from './server-migration';

/**
 * The library's first schema, in its own PostgreSQL schema `firm`.
 *
 * Who sees what is decided by PostgreSQL, not by the app: every table has row-level security, and
 * every policy asks firm.visible_engagements(), the engagements the connected consultant may see
 * (open to the firm, published by them, or naming them), except engagements' own, which read the
 * row itself (see below). That function runs as the tables' owner
 * (SECURITY DEFINER) so the policies of engagements and engagement_access can consult each other
 * without recursing, and it compares with session_user: the login role the app connected as.
 * Policies use it as `IN (SELECT …)`, which PostgreSQL evaluates once per query as a hashed set,
 * not once per row, so a search over millions of notes is not slowed by the check.
 *
 * Consultants are LOGIN roles in the group audit_firm; the owner (the administrator who ran the
 * migrations) bypasses row-level security, consultants never own anything.
 */
export const s001Library: ServerMigration = {
  version: 1,
  name: 'library',
  sql: `
    DO $$ BEGIN
      IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'audit_firm') THEN CREATE ROLE audit_firm NOLOGIN; END IF;
    END $$;

    CREATE TABLE firm.engagements (
      id uuid PRIMARY KEY,
      client_name text NOT NULL,
      pilot_name text NOT NULL,
      pilot_kind text NOT NULL CHECK (pilot_kind = lower(btrim(pilot_kind)) AND pilot_kind <> ''),
      week_start date NOT NULL,
      restricted boolean NOT NULL DEFAULT false,
      published_by name NOT NULL DEFAULT session_user,
      first_published_at timestamptz NOT NULL DEFAULT now(),
      published_at timestamptz NOT NULL DEFAULT now(),
      accuracy_pct double precision,
      volume_per_day double precision,
      cost_per_item double precision,
      currency text,
      reviewers double precision,
      ml_test_score double precision,
      readiness jsonb NOT NULL DEFAULT '{}',
      recommendation text,
      shipped boolean
    );
    CREATE INDEX engagements_by_kind ON firm.engagements (pilot_kind);

    CREATE TABLE firm.engagement_access (
      engagement_id uuid NOT NULL REFERENCES firm.engagements ON DELETE CASCADE,
      consultant name NOT NULL,
      PRIMARY KEY (engagement_id, consultant)
    );
    CREATE INDEX engagement_access_by_consultant ON firm.engagement_access (consultant);

    CREATE TABLE firm.notes (
      id uuid PRIMARY KEY,
      engagement_id uuid NOT NULL REFERENCES firm.engagements ON DELETE CASCADE,
      ref text NOT NULL,
      day integer NOT NULL,
      area text,
      kind text NOT NULL,
      text text NOT NULL,
      speaker_name text NOT NULL DEFAULT '',
      tags jsonb NOT NULL DEFAULT '[]',
      visibility text NOT NULL CHECK (visibility IN ('client', 'facilitator')),
      captured_at timestamptz NOT NULL,
      updated_at timestamptz NOT NULL,
      search tsvector GENERATED ALWAYS AS (to_tsvector('english', text || ' ' || speaker_name)) STORED
    );
    CREATE INDEX notes_by_engagement ON firm.notes (engagement_id);
    CREATE INDEX notes_search ON firm.notes USING gin (search);

    CREATE TABLE firm.findings (
      id uuid PRIMARY KEY,
      engagement_id uuid NOT NULL REFERENCES firm.engagements ON DELETE CASCADE,
      ref text NOT NULL,
      title text NOT NULL,
      body text NOT NULL DEFAULT '',
      area text NOT NULL,
      day integer NOT NULL,
      kind text NOT NULL,
      severity text NOT NULL,
      status text NOT NULL,
      recommendation text NOT NULL DEFAULT '',
      visibility text NOT NULL CHECK (visibility IN ('client', 'facilitator')),
      updated_at timestamptz NOT NULL,
      search tsvector GENERATED ALWAYS AS (to_tsvector('english', title || ' ' || body || ' ' || recommendation)) STORED
    );
    CREATE INDEX findings_by_engagement ON firm.findings (engagement_id);
    CREATE INDEX findings_search ON firm.findings USING gin (search);
    CREATE INDEX findings_by_title ON firm.findings (lower(title));

    -- Every other row of the engagement (agenda, participants, scores, scenarios, path to ship…) as
    -- the laptop stores it, keyed like the archive keys it.
    CREATE TABLE firm.records (
      engagement_id uuid NOT NULL REFERENCES firm.engagements ON DELETE CASCADE,
      table_name text NOT NULL,
      row_key text NOT NULL,
      row jsonb NOT NULL,
      PRIMARY KEY (engagement_id, table_name, row_key)
    );

    CREATE TABLE firm.agenda_templates (
      id uuid PRIMARY KEY,
      name text NOT NULL,
      description text NOT NULL DEFAULT '',
      days jsonb NOT NULL,
      shared_by name NOT NULL DEFAULT session_user,
      shared_at timestamptz NOT NULL DEFAULT now()
    );

    CREATE FUNCTION firm.visible_engagements() RETURNS SETOF uuid
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $f$
        SELECT e.id FROM firm.engagements e
         WHERE NOT e.restricted OR e.published_by = session_user
            OR EXISTS (SELECT 1 FROM firm.engagement_access a WHERE a.engagement_id = e.id AND a.consultant = session_user)
      $f$;
    CREATE FUNCTION firm.granted_engagements() RETURNS SETOF uuid
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $f$
        SELECT a.engagement_id FROM firm.engagement_access a WHERE a.consultant = session_user
      $f$;
    REVOKE ALL ON FUNCTION firm.visible_engagements(), firm.granted_engagements() FROM PUBLIC;
    GRANT EXECUTE ON FUNCTION firm.visible_engagements(), firm.granted_engagements() TO audit_firm;

    -- The engagement's own policies read the row itself, not visible_engagements(): an upsert
    -- (INSERT … ON CONFLICT DO UPDATE) checks the row it is about to insert against them, and that
    -- row is not yet in the table for a lookup to find.
    ALTER TABLE firm.engagements ENABLE ROW LEVEL SECURITY;
    CREATE POLICY see ON firm.engagements FOR SELECT
      USING (NOT restricted OR published_by = session_user OR id IN (SELECT firm.granted_engagements()));
    CREATE POLICY publish ON firm.engagements FOR INSERT WITH CHECK (published_by = session_user);
    CREATE POLICY republish ON firm.engagements FOR UPDATE
      USING (NOT restricted OR published_by = session_user OR id IN (SELECT firm.granted_engagements()));
    CREATE POLICY withdraw ON firm.engagements FOR DELETE USING (published_by = session_user);

    DO $$
    DECLARE t text;
    BEGIN
      FOREACH t IN ARRAY ARRAY['engagement_access', 'notes', 'findings', 'records'] LOOP
        EXECUTE format('ALTER TABLE firm.%I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY by_engagement ON firm.%I USING (engagement_id IN (SELECT firm.visible_engagements())) WITH CHECK (engagement_id IN (SELECT firm.visible_engagements()))', t);
      END LOOP;
    END $$;

    -- Full-text search of notes and findings, limited to the engagements the consultant may see.
    -- Through row-level security the planner may not use the search indexes: @@ is not leakproof,
    -- so it would be checked only after every row's policy, a scan of every note. This function
    -- runs as the owner, uses the indexes, and applies the same visibility itself, explicitly.
    -- Ranking reads every match, so a word found in tens of thousands of notes ranks only the first
    -- max_candidates the index yields; the app then says the search is broad and to add a word.
    CREATE FUNCTION firm.search(query text, max_hits integer, max_candidates integer)
      RETURNS TABLE (kind text, id uuid, engagement_id uuid, ref text, title text, text text, visibility text, rank real, capped boolean)
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $f$
        WITH q AS (SELECT websearch_to_tsquery('english', query) AS q),
        visible AS (SELECT firm.visible_engagements() AS id),
        notes AS (SELECT n.id, n.engagement_id, n.ref, n.text, n.visibility, n.search FROM firm.notes n, q
                   WHERE n.search @@ q.q AND n.engagement_id IN (SELECT id FROM visible) LIMIT max_candidates),
        findings AS (SELECT f.id, f.engagement_id, f.ref, f.title, f.body, f.visibility, f.search FROM firm.findings f, q
                      WHERE f.search @@ q.q AND f.engagement_id IN (SELECT id FROM visible) LIMIT max_candidates),
        capped AS (SELECT (SELECT count(*) FROM notes) >= max_candidates OR (SELECT count(*) FROM findings) >= max_candidates AS capped)
        (SELECT 'note', n.id, n.engagement_id, n.ref, '', n.text, n.visibility, ts_rank(n.search, q.q) AS rank, c.capped
           FROM notes n, q, capped c ORDER BY rank DESC, n.id LIMIT max_hits)
        UNION ALL
        (SELECT 'finding', f.id, f.engagement_id, f.ref, f.title, f.body, f.visibility, ts_rank(f.search, q.q) AS rank, c.capped
           FROM findings f, q, capped c ORDER BY rank DESC, f.id LIMIT max_hits)
      $f$;
    REVOKE ALL ON FUNCTION firm.search(text, integer, integer) FROM PUBLIC;
    GRANT EXECUTE ON FUNCTION firm.search(text, integer, integer) TO audit_firm;

    ALTER TABLE firm.agenda_templates ENABLE ROW LEVEL SECURITY;
    CREATE POLICY see ON firm.agenda_templates FOR SELECT USING (true);
    CREATE POLICY share ON firm.agenda_templates FOR INSERT WITH CHECK (shared_by = session_user);
    CREATE POLICY own ON firm.agenda_templates FOR UPDATE USING (shared_by = session_user) WITH CHECK (shared_by = session_user);
    CREATE POLICY unshare ON firm.agenda_templates FOR DELETE USING (shared_by = session_user);

    GRANT USAGE ON SCHEMA firm TO audit_firm;
    GRANT SELECT ON firm.migrations TO audit_firm;
    GRANT SELECT, INSERT, DELETE ON firm.engagements TO audit_firm;
    -- Who published an engagement first never changes: it decides who may withdraw it.
    GRANT UPDATE (client_name, pilot_name, pilot_kind, week_start, restricted, published_at, accuracy_pct, volume_per_day,
      cost_per_item, currency, reviewers, ml_test_score, readiness, recommendation, shipped) ON firm.engagements TO audit_firm;
    GRANT SELECT, INSERT, UPDATE, DELETE ON firm.engagement_access, firm.notes, firm.findings, firm.records, firm.agenda_templates TO audit_firm;
  `,
};
