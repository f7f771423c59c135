import { useEffect, useState } from 'react';
import type { CostScenario } from '../../../shared/domain/cost-scenario';
import { FormDialog } from '../../components/FormDialog';
import { TextField } from '../../components/TextField';
import { ApiError, errorMessage } from '../../lib/api-client';
import { useAppState } from '../../app/store-context';

export function RenameScenarioDialog(props: { scenario: CostScenario | null; onClose: () => void }) {
  const rename = useAppState((s) => s.renameCostScenario);
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    setName(props.scenario?.name ?? '');
    setError(null);
  }, [props.scenario]);

  const submit = async () => {
    if (!props.scenario) return;
    try {
      await rename(props.scenario.id, name);
      props.onClose();
    } catch (e) {
      setError(e instanceof ApiError ? (e.fields.name ?? e.message) : errorMessage(e));
    }
  };

  return (
    <FormDialog
      open={props.scenario !== null}
      title="Rename scenario"
      onClose={props.onClose}
      onSubmit={() => void submit()}
      submitLabel="Save"
    >
      <TextField label="Scenario name" value={name} error={error ?? undefined} autoFocus onChange={(e) => setName(e.target.value)} />
    </FormDialog>
  );
}
