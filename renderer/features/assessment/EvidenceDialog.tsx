import { useEffect, useState } from 'react';
import type { AuditCriterion } from '../../../shared/assessment/audit-criteria';
import type { CriterionEvidence, EvidenceKind } from '../../../shared/domain/assessment';
import { useAppState } from '../../app/store-context';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { TextField } from '../../components/TextField';
import { errorMessage } from '../../lib/api-client';
import { usePickedNotes } from '../board/use-picked-notes';

/** A board can hold thousands of findings; the picker lists this many at a time, narrowed by a filter. */
const FINDINGS_SHOWN = 30;

/** Picks notes (by their words) and findings (from the board) as evidence for one criterion. */
export function EvidenceDialog(props: {
  engagementId: string;
  criterion: AuditCriterion | null;
  linked: readonly CriterionEvidence[];
  onClose(): void;
}) {
  const loadBoard = useAppState((s) => s.loadBoard);
  const boardEngagementId = useAppState((s) => s.boardEngagementId);
  const allFindings = useAppState((s) => s.findings);
  const findings = boardEngagementId === props.engagementId ? allFindings.filter((f) => !f.deletedAt) : [];
  const addEvidence = useAppState((s) => s.addEvidence);
  const [query, setQuery] = useState('');
  const [findingQuery, setFindingQuery] = useState('');
  const [findingLimit, setFindingLimit] = useState(FINDINGS_SHOWN);
  const open = props.criterion !== null;
  const { hits, error, setError } = usePickedNotes(props.engagementId, query, open);
  const words = findingQuery.trim().toLowerCase();
  const matching = words === '' ? findings : findings.filter((f) => f.title.toLowerCase().includes(words));
  const shownFindings = matching.slice(0, findingLimit);
  const linked = new Set(props.linked.map((e) => e.targetId));

  useEffect(() => {
    if (open) void loadBoard(props.engagementId).catch((e: unknown) => setError(errorMessage(e)));
  }, [open, loadBoard, props.engagementId]);

  const link = async (kind: EvidenceKind, targetId: string) => {
    if (!props.criterion) return;
    try {
      await addEvidence(props.engagementId, props.criterion.id, kind, targetId);
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  const linkButton = (kind: EvidenceKind, id: string, name: string) =>
    linked.has(id) ? (
      <span className="evidence-picker-done">Linked</span>
    ) : (
      <Button aria-label={`Link ${kind} ${name}`} onClick={() => void link(kind, id)}>
        Link
      </Button>
    );

  return (
    <Dialog
      open={open}
      width="wide"
      title={`Evidence for ${props.criterion?.title ?? ''}`}
      onClose={props.onClose}
      footer={<Button onClick={props.onClose}>Done</Button>}
    >
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <h3 className="evidence-section-title">Notes</h3>
      <TextField label="Search notes" type="search" data-autofocus value={query} onChange={(e) => setQuery(e.target.value)} hint="Words from the note, its speaker or a tag. Empty shows the latest notes." />
      {hits.length === 0 ? (
        <p className="field-hint">{query.trim() === '' ? 'No notes captured yet. Notes from the Capture screen appear here.' : 'No note matches those words.'}</p>
      ) : (
        <ul className="evidence-picker" aria-label="Notes">
          {hits.map(({ note }) => (
            <li key={note.id}>
              <span className="criterion-evidence-ref">{note.ref}</span>
              <span className="evidence-picker-text">{note.text}</span>
              {linkButton('note', note.id, note.ref)}
            </li>
          ))}
        </ul>
      )}
      <h3 className="evidence-section-title">Findings</h3>
      {findings.length === 0 ? (
        <p className="field-hint">No findings on the board yet. Findings from the Board screen appear here.</p>
      ) : (
        <>
          {findings.length > FINDINGS_SHOWN && (
            <TextField
              label="Filter findings"
              type="search"
              value={findingQuery}
              onChange={(e) => {
                setFindingQuery(e.target.value);
                setFindingLimit(FINDINGS_SHOWN);
              }}
              hint={`${findings.length} findings on the board. Words from the title narrow the list.`}
            />
          )}
          {matching.length === 0 && <p className="field-hint">No finding title has those words.</p>}
          <ul className="evidence-picker" aria-label="Findings">
            {shownFindings.map((f) => (
              <li key={f.id}>
                <span className="evidence-picker-text">{f.title}</span>
                {linkButton('finding', f.id, f.title)}
              </li>
            ))}
          </ul>
          {matching.length > shownFindings.length && (
            <Button variant="ghost" onClick={() => setFindingLimit(findingLimit + FINDINGS_SHOWN)}>
              Show {Math.min(FINDINGS_SHOWN, matching.length - shownFindings.length)} more of {matching.length - shownFindings.length}
            </Button>
          )}
        </>
      )}
    </Dialog>
  );
}
