import { useEffect } from 'react';
import type { ChangeGroup, ReleaseCheck } from '../../../shared/report/release-check-schema';
import { Button } from '../../components/Button';
import { Chip } from '../../components/Chip';
import { Dialog } from '../../components/Dialog';
import { Table } from '../../components/Table';
import { useAppState } from '../../app/store-context';

function when(iso: string): string {
  return new Date(iso).toLocaleString(undefined, { weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

function PreviouslyPrivate({ items }: { items: ReleaseCheck['previouslyPrivate'] }) {
  if (items.length === 0) {
    return (
      <section className="release-section" aria-labelledby="release-private">
        <h3 id="release-private">Facilitator-only before</h3>
        <p className="release-muted">Nothing in this export was ever facilitator-only.</p>
      </section>
    );
  }
  return (
    <section className="release-section release-warning" aria-labelledby="release-private">
      <h3 id="release-private">Facilitator-only before, client-visible now ({items.length})</h3>
      <p>Check each one is meant for the client before you confirm.</p>
      <ul className="release-list" aria-label="Previously facilitator-only">
        {items.map((item) => (
          <li key={`${item.kind}:${item.ref}`}>
            <span className="release-ref">{item.ref}</span> {item.kind === 'note' ? 'Note' : 'Finding'}: “{item.excerpt}”
            <span className="release-muted">
              {' '}
              made client-visible {when(item.changedAt)} on {item.changedBy}
            </span>
            {item.sinceLastRelease && (
              <>
                {' '}
                <Chip tone="warning">new since the last export</Chip>
              </>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

function Counts({ counts }: { counts: ReleaseCheck['counts'] }) {
  // The board picture carries no notes, so it has no note column at all.
  const withNotes = counts.total.notes !== null;
  return (
    <section className="release-section" aria-labelledby="release-counts">
      <h3 id="release-counts">Client-visible notes and findings by day</h3>
      <Table labelledBy="release-counts" className="release-counts">
        <thead>
          <tr>
            <th scope="col">Day</th>
            {withNotes && (
              <th scope="col" className="num">
                Notes
              </th>
            )}
            <th scope="col" className="num">
              Findings
            </th>
          </tr>
        </thead>
        <tbody>
          {counts.rows.map((row) => (
            <tr key={row.day}>
              <th scope="row">{row.label}</th>
              {withNotes && <td className="num">{row.notes}</td>}
              <td className="num">{row.findings}</td>
            </tr>
          ))}
        </tbody>
        {counts.rows.length > 1 && (
          <tfoot>
            <tr>
              <th scope="row">Total</th>
              {withNotes && <td className="num">{counts.total.notes}</td>}
              <td className="num">{counts.total.findings}</td>
            </tr>
          </tfoot>
        )}
      </Table>
      <p className="release-muted">{counts.explanation}</p>
    </section>
  );
}

function Names({ names }: { names: ReleaseCheck['names'] }) {
  return (
    <section className="release-section" aria-labelledby="release-names">
      <h3 id="release-names">Names</h3>
      {names.people.length === 0 ? (
        <p>No participant’s name appears.</p>
      ) : (
        <>
          <p>
            {names.redacted
              ? 'Redaction is on: each participant’s name is replaced by their role.'
              : 'Redaction is off: these participants are named as written.'}
          </p>
          <ul className="release-list" aria-label="Participants named">
            {names.people.map((p) => (
              <li key={p.name}>
                {names.redacted ? (
                  <>
                    {p.name} <span aria-hidden="true">→ </span>
                    <span className="sr-only">appears as </span>
                    <strong>{p.shownAs}</strong>
                  </>
                ) : (
                  <>
                    <strong>{p.name}</strong> <span className="release-muted">({p.role})</span>
                  </>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      {names.facilitators.length > 0 && <p className="release-muted">The report’s cover names the facilitators: {names.facilitators.join(', ')}.</p>}
    </section>
  );
}

function EmptySections({ sections }: { sections: ReleaseCheck['emptySections'] }) {
  return (
    <section className="release-section" aria-labelledby="release-empty">
      <h3 id="release-empty">{sections.length === 0 ? 'Still empty' : `Still empty (${sections.length})`}</h3>
      {sections.length === 0 ? (
        <p className="release-muted">Every section has content.</p>
      ) : (
        <ul className="release-list" aria-label="Sections still empty">
          {sections.map((s) => (
            <li key={`${s.section}:${s.detail}`}>
              <strong>{s.section}</strong>: {s.detail}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function Change({ label, group }: { label: string; group: ChangeGroup }) {
  const total = group.notes + group.findings;
  const more = total - group.examples.length;
  return (
    <li>
      <strong>{label}</strong>: {total === 0 ? 'none' : [group.findings ? plural(group.findings, 'finding', 'findings') : '', group.notes ? plural(group.notes, 'note', 'notes') : ''].filter(Boolean).join(', ')}
      {group.examples.length > 0 && (
        <ul>
          {group.examples.map((example) => (
            <li key={example}>{example}</li>
          ))}
          {more > 0 && <li className="release-muted">and {more} more</li>}
        </ul>
      )}
    </li>
  );
}

function SinceLast({ since }: { since: ReleaseCheck['sinceLast'] }) {
  return (
    <section className="release-section" aria-labelledby="release-since">
      <h3 id="release-since">Since the last export</h3>
      {since === null ? (
        <p className="release-muted">This is the engagement’s first export.</p>
      ) : (
        <>
          <p className="release-muted">
            Last export: {since.title}, {when(since.confirmedAt)}, on {since.changedBy}.
          </p>
          {[since.added, since.edited, since.removed].every((g) => g.notes + g.findings === 0) ? (
            <p>Nothing the client reads has changed since.</p>
          ) : (
            <ul className="release-list" aria-label="Changes since the last export">
              <Change label="Added" group={since.added} />
              <Change label="Edited" group={since.edited} />
              <Change label="No longer shown" group={since.removed} />
            </ul>
          )}
        </>
      )}
    </section>
  );
}

/**
 * "What the client receives": before any export writes a file, the facilitator reads what goes
 * out and confirms it. Confirm has focus, so Enter exports; Escape or Cancel writes nothing.
 */
export function ReleaseCheckDialog() {
  const review = useAppState((s) => s.releaseReview);
  const confirm = useAppState((s) => s.confirmExport);
  const cancel = useAppState((s) => s.cancelExport);
  const check = review?.check;
  // Leaving the screen (a shortcut can) drops the list: it is confirmed where it was shown, or not at all.
  useEffect(() => cancel, [cancel]);
  return (
    <Dialog
      open={review !== null}
      title="What the client receives"
      width="wide"
      onClose={cancel}
      onSubmit={() => void confirm()}
      submitOnEnter
      bodyLabel="The release check"
      footer={
        <>
          <Button onClick={cancel}>Cancel</Button>
          <Button type="submit" variant="primary" data-autofocus>
            Confirm &amp; export
          </Button>
        </>
      }
    >
      {review?.changed && (
        <p className="release-changed" role="alert">
          This list changed after you had looked at it, so nothing was written. Check it again before you confirm.
        </p>
      )}
      {check && (
        <div className="release-check">
          <p className="release-lead">
            <strong>{check.title}</strong>: {plural(check.files.length, 'file', 'files')}, in a new folder you choose next.
            <span className="release-files"> {check.files.join(' · ')}</span>
          </p>
          <PreviouslyPrivate items={check.previouslyPrivate} />
          <div className="release-columns">
            <Counts counts={check.counts} />
            <div className="release-stack">
              <Names names={check.names} />
              <SinceLast since={check.sinceLast} />
            </div>
          </div>
          <EmptySections sections={check.emptySections} />
        </div>
      )}
    </Dialog>
  );
}
