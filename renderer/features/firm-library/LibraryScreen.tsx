import { useEffect, useMemo, useState, type FormEvent } from 'react';
import type { LibraryFinding, SearchHit } from '../../../shared/firm/firm-schemas';
import { useAppState } from '../../app/store-context';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { EmptyState } from '../../components/EmptyState';
import { Select } from '../../components/Select';
import { TextField } from '../../components/TextField';
import { lastReachedText } from './last-reached';
import { SharedTemplates } from './SharedTemplates';
import './firm-library.css';

/** One search result opened read-only: it belongs to another engagement, possibly another consultant's. */
function HitDialog(props: { hit: SearchHit | null; onClose: () => void }) {
  const hit = props.hit;
  return (
    <Dialog open={hit !== null} title={hit ? `${hit.clientName} · ${hit.pilotName} · ${hit.ref}` : ''} onClose={props.onClose} width="wide"
      footer={<Button onClick={props.onClose}>Close</Button>}>
      {hit && (
        <div className="library-read-only">
          <p className="library-hit-meta">
            {hit.kind === 'note' ? 'Note' : 'Finding'} · {hit.visibility === 'facilitator' ? 'facilitator only' : 'client-visible'} · read-only, from the firm library
          </p>
          {hit.title && <h3>{hit.title}</h3>}
          <p className="library-full-text">{hit.text}</p>
        </div>
      )}
    </Dialog>
  );
}

function RecurringFinding(props: { finding: LibraryFinding; engagements: { value: string; label: string }[] }) {
  const copy = useAppState((s) => s.copyLibraryFinding);
  const notify = useAppState((s) => s.notify);
  const [target, setTarget] = useState(props.engagements[0]?.value ?? '');
  const f = props.finding;
  const onCopy = async () => {
    const refused = await copy(target, f);
    const label = props.engagements.find((e) => e.value === target)?.label ?? 'the engagement';
    notify(refused ? { tone: 'error', message: refused } : { tone: 'success', message: `“${f.title}” was copied into ${label}, facilitator-only, on day 1 of its board.` });
  };
  return (
    <li className="library-finding">
      <h3>{f.title}</h3>
      <p className="library-hit-meta">
        In {f.engagements} engagements · {f.area.replace(/-/g, ' ')} · {f.severity} {f.kind}
      </p>
      {f.recommendation && (
        <p>
          <strong>Recommendation:</strong> {f.recommendation}
        </p>
      )}
      {props.engagements.length > 0 && (
        <div className="library-finding-actions">
          <Select label="Copy into" options={props.engagements} value={target} onChange={(e) => setTarget(e.target.value)} />
          <Button onClick={() => void onCopy()} aria-label={`Copy “${f.title}” into this engagement`}>
            Copy into this engagement
          </Button>
        </div>
      )}
    </li>
  );
}

/** Search across the firm's audits (read-only results) and the library of recurring findings. */
export function LibraryScreen() {
  const navigate = useAppState((s) => s.navigate);
  const status = useAppState((s) => s.firmStatus);
  const loadStatus = useAppState((s) => s.loadFirmStatus);
  const search = useAppState((s) => s.librarySearch);
  const runSearch = useAppState((s) => s.searchLibrary);
  const recurring = useAppState((s) => s.recurringFindings);
  const loadRecurring = useAppState((s) => s.loadRecurringFindings);
  const retryOutbox = useAppState((s) => s.retryOutbox);
  const engagements = useAppState((s) => s.engagements);
  const loadEngagements = useAppState((s) => s.loadEngagements);
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState<SearchHit | null>(null);

  useEffect(() => {
    void loadStatus();
    void loadEngagements();
  }, [loadStatus, loadEngagements]);
  const configured = status?.settings != null;
  useEffect(() => {
    if (!configured) return;
    void loadRecurring('');
    void retryOutbox();
  }, [configured, loadRecurring, retryOutbox]);
  const targets = useMemo(() => engagements.filter((e) => !e.archivedAt).map((e) => ({ value: e.id, label: `${e.clientName} · ${e.pilotName}` })), [engagements]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (query.trim()) void runSearch(query.trim());
  };

  return (
    <main className="screen library-screen" aria-labelledby="library-title">
      <header className="screen-header">
        <div>
          <h1 id="library-title">Firm library</h1>
          <p className="screen-subtitle">{lastReachedText(status?.lastReachedAt ?? null)}</p>
        </div>
        <div className="screen-header-actions">
          <Button onClick={() => navigate({ name: 'settings' })}>Settings</Button>
          <Button variant="ghost" onClick={() => navigate({ name: 'engagements' })}>
            ← All engagements
          </Button>
        </div>
      </header>
      {status && !configured ? (
        <EmptyState title="The firm library is not set up on this laptop" actions={<Button variant="primary" onClick={() => navigate({ name: 'settings' })}>Set up the firm library</Button>}>
          <p>Enter the firm’s server in Settings to search past audits and reuse their findings. Everything else works without it.</p>
        </EmptyState>
      ) : (
        <div className="library-columns">
          <section aria-labelledby="library-search-title">
            <h2 id="library-search-title">Search across audits</h2>
            <form className="library-search" onSubmit={submit} role="search">
              <TextField label="Notes and findings of every engagement you may see" value={query} onChange={(e) => setQuery(e.target.value)} placeholder="month-end backlog" />
              <Button type="submit" variant="primary" disabled={search.state === 'loading'}>
                Search
              </Button>
            </form>
            {search.state === 'loading' && <p className="loading">Searching the firm library…</p>}
            {search.state === 'error' && (
              <div className="banner banner-error" role="alert">
                <p>{search.message}</p>
              </div>
            )}
            {search.state === 'ready' && (
              <>
                <p className="library-hit-meta" role="status">
                  {search.value.hits.length === 0 ? `Nothing in the firm library matches “${search.value.query}”.` : `${search.value.hits.length} results for “${search.value.query}”`}
                  {search.value.capped && ' — a broad search: the best of the first thousands of matches are shown; add a word to narrow it.'}
                </p>
                <ul className="library-hits">
                  {search.value.hits.map((hit) => (
                    <li key={`${hit.kind}:${hit.id}`}>
                      <button type="button" className="library-hit" onClick={() => setOpen(hit)}>
                        <span className="library-hit-meta">
                          {hit.clientName} · {hit.pilotName} · {hit.ref} · {hit.kind}
                          {hit.visibility === 'facilitator' ? ' · facilitator only' : ''}
                        </span>
                        <p className="library-hit-text">{hit.title ? `${hit.title}: ${hit.text}` : hit.text}</p>
                      </button>
                    </li>
                  ))}
                </ul>
              </>
            )}
          </section>
          <div className="library-side">
            <section aria-labelledby="library-findings-title">
              <h2 id="library-findings-title">Findings that keep coming back</h2>
              {recurring.state === 'loading' && <p className="loading">Reading the findings library…</p>}
              {recurring.state === 'error' && (
                <div className="banner banner-error" role="alert">
                  <p>{recurring.message}</p>
                  <Button onClick={() => void loadRecurring('')}>Try again</Button>
                </div>
              )}
              {recurring.state === 'ready' &&
                (recurring.value.length === 0 ? (
                  <p className="muted-block">No finding appears in two or more of the engagements you may see yet.</p>
                ) : (
                  <ul className="library-findings">
                    {recurring.value.map((f) => (
                      <RecurringFinding key={f.title.toLowerCase()} finding={f} engagements={targets} />
                    ))}
                  </ul>
                ))}
            </section>
            <SharedTemplates />
          </div>
        </div>
      )}
      <HitDialog hit={open} onClose={() => setOpen(null)} />
    </main>
  );
}
