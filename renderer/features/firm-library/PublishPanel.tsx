import { useEffect, useState, type FormEvent } from 'react';
import type { Engagement } from '../../../shared/domain/engagement';
import { useAppState } from '../../app/store-context';
import { Button } from '../../components/Button';
import { SegmentedControl } from '../../components/SegmentedControl';
import { Select } from '../../components/Select';
import { TextField } from '../../components/TextField';
import { lastReachedText } from './last-reached';
import './firm-library.css';

const SHIPPED = [
  { value: 'unknown', label: 'Not known yet' },
  { value: 'yes', label: 'Shipped' },
  { value: 'no', label: 'Did not ship' },
];

function describe(at: string): string {
  return new Date(at).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

/**
 * Publishes the engagement, everything including facilitator-only notes, to the firm library:
 * open to the whole firm or only to named consultants (the server enforces it). A publish that
 * cannot reach the server waits in this laptop's outbox and is finished by the next try.
 */
export function PublishPanel(props: { engagement: Engagement }) {
  const id = props.engagement.id;
  const status = useAppState((s) => s.firmStatus);
  const loadStatus = useAppState((s) => s.loadFirmStatus);
  const publication = useAppState((s) => s.publications[id]);
  const loadPublication = useAppState((s) => s.loadPublication);
  const publish = useAppState((s) => s.publish);
  const progress = useAppState((s) => (s.publishProgress?.engagementId === id ? s.publishProgress : null));
  const navigate = useAppState((s) => s.navigate);
  const [kind, setKind] = useState('');
  const [restricted, setRestricted] = useState<'firm' | 'named'>('firm');
  const [consultants, setConsultants] = useState('');
  const [shipped, setShipped] = useState('unknown');
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    void loadStatus();
    void loadPublication(id);
  }, [id, loadStatus, loadPublication]);
  useEffect(() => {
    if (!publication) return;
    setKind(publication.pilotKind);
    setRestricted(publication.restricted ? 'named' : 'firm');
    setConsultants(publication.allowedConsultants.join(', '));
    setShipped(publication.shipped === null ? 'unknown' : publication.shipped ? 'yes' : 'no');
  }, [publication]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(
      await publish({
        engagementId: id,
        pilotKind: kind,
        restricted: restricted === 'named',
        allowedConsultants: restricted === 'named' ? consultants.split(/[\s,]+/).filter(Boolean) : [],
        shipped: shipped === 'unknown' ? null : shipped === 'yes',
      }),
    );
  };

  if (status && !status.settings) {
    return (
      <section className="card firm-publish" aria-labelledby="publish-title">
        <h2 id="publish-title">Firm library</h2>
        <p className="muted-block">Publish this engagement to the firm’s library to compare it with past audits. Set up the library first.</p>
        <Button onClick={() => navigate({ name: 'settings' })}>Set up the firm library</Button>
      </section>
    );
  }

  return (
    <section className="card firm-publish" aria-labelledby="publish-title">
      <header className="card-header">
        <h2 id="publish-title">Publish to the firm library</h2>
      </header>
      <p className="muted-block">
        Everything in this engagement goes to the firm’s library, facilitator-only notes included: they are the firm’s, not the client’s.
      </p>
      <form className="firm-form" onSubmit={(e) => void submit(e)}>
        <TextField label="Kind of pilot" value={kind} onChange={(e) => setKind(e.target.value)} placeholder="invoice processing" hint="Benchmarks compare this pilot with past audits of the same kind." required />
        <SegmentedControl
          label="Who may see it"
          value={restricted}
          onChange={setRestricted}
          options={[
            { value: 'firm', label: 'The whole firm', symbol: '◎', tone: 'neutral' },
            { value: 'named', label: 'Only named consultants', symbol: '🔒', tone: 'warning' },
          ]}
        />
        {restricted === 'named' && (
          <TextField label="Consultants (their database users)" value={consultants} onChange={(e) => setConsultants(e.target.value)} placeholder="ana_silva, bo_chen" hint="You always see what you publish." />
        )}
        <Select label="Did the pilot ship?" options={SHIPPED} value={shipped} onChange={(e) => setShipped(e.target.value)} />
        {progress && <progress className="firm-progress" max={progress.total} value={progress.done} aria-label="Publishing" />}
        {error && (
          <div className="banner banner-error" role="alert">
            <p>{error}</p>
            {publication?.pending && <p>It waits on this laptop and is finished by the next Publish.</p>}
          </div>
        )}
        <p className="firm-reached" role="status">
          {publication?.publishedAt
            ? `Published ${describe(publication.publishedAt)}${publication.changedSincePublish ? '; changed on this laptop since.' : '; up to date.'}`
            : 'Not published yet.'}{' '}
          {publication?.pending && !progress ? 'A publish is waiting in the outbox. ' : ''}
          {lastReachedText(status?.lastReachedAt ?? null)}
        </p>
        <div className="firm-form-actions">
          <Button type="submit" variant="primary" disabled={progress !== null}>
            {progress ? 'Publishing…' : publication?.publishedAt ? 'Publish again' : 'Publish'}
          </Button>
        </div>
      </form>
    </section>
  );
}
