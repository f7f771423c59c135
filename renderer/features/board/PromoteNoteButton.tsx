import { useState } from 'react';
import type { AuditArea } from '../../../shared/domain/audit-areas';
import type { Finding } from '../../../shared/domain/finding';
import type { Note } from '../../../shared/domain/note';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { SelectField } from '../../components/fields';
import { useAppState } from '../../app/store-context';
import { errorMessage } from '../../lib/api-client';
import { AREA_OPTIONS } from './labels';

/**
 * "Promote to finding" for a note anywhere (the capture timeline uses it): one click when the note
 * has an area, otherwise a short question for the area. Says so when done, with a way to the board.
 */
export function PromoteNoteButton(props: { note: Note; onPromoted?: (finding: Finding) => void; className?: string }) {
  const promoteNote = useAppState((s) => s.promoteNote);
  const notify = useAppState((s) => s.notify);
  const navigate = useAppState((s) => s.navigate);
  const [asking, setAsking] = useState(false);
  const [area, setArea] = useState<AuditArea>('problem-fit');
  const [busy, setBusy] = useState(false);

  const promote = async (chosen: AuditArea | null) => {
    setBusy(true);
    try {
      const finding = await promoteNote(props.note.id, chosen);
      setAsking(false);
      notify({
        tone: 'success',
        message: `Note ${props.note.ref} is now a finding on the board.`,
        action: { label: 'Open board', run: () => navigate({ name: 'workspace', engagementId: finding.engagementId, section: 'board' }) },
      });
      props.onPromoted?.(finding);
    } catch (error) {
      notify({ tone: 'error', message: errorMessage(error) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Button
        variant="ghost"
        className={props.className}
        disabled={busy}
        aria-label={`Promote note ${props.note.ref} to a finding`}
        onClick={() => (props.note.area ? void promote(null) : setAsking(true))}
      >
        Promote to finding
      </Button>
      <Dialog
        open={asking}
        title={`Promote ${props.note.ref} to a finding`}
        onClose={() => setAsking(false)}
        onSubmit={() => void promote(area)}
        footer={
          <>
            <Button onClick={() => setAsking(false)}>Cancel</Button>
            <Button type="submit" variant="primary" disabled={busy}>
              Promote
            </Button>
          </>
        }
      >
        <p>This note has no audit area yet. Which question does the finding answer?</p>
        <SelectField label="Area" data-autofocus value={area} onChange={(e) => setArea(e.target.value as AuditArea)} options={AREA_OPTIONS} />
      </Dialog>
    </>
  );
}
