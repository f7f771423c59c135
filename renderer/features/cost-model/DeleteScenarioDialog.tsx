import { useState } from 'react';
import type { CostScenario } from '../../../shared/domain/cost-scenario';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { errorMessage } from '../../lib/api-client';
import { useAppState } from '../../app/store-context';

export function DeleteScenarioDialog(props: { scenario: CostScenario | null; onClose: () => void }) {
  const remove = useAppState((s) => s.deleteCostScenario);
  const notify = useAppState((s) => s.notify);
  const [error, setError] = useState<string | null>(null);
  const scenario = props.scenario;

  const close = () => {
    setError(null);
    props.onClose();
  };

  const confirm = async () => {
    if (!scenario) return;
    try {
      await remove(scenario.id);
      notify({ tone: 'success', message: `Deleted scenario “${scenario.name}”.` });
      close();
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  return (
    <Dialog
      open={scenario !== null}
      title="Delete scenario?"
      onClose={close}
      onSubmit={() => void confirm()}
      footer={
        <>
          <Button onClick={close} autoFocus>
            Cancel
          </Button>
          <Button type="submit" variant="danger">
            Delete scenario
          </Button>
        </>
      }
    >
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {scenario && (
        <p>
          The scenario <strong>{scenario.name}</strong> and all its numbers will be removed. This cannot be undone.
        </p>
      )}
    </Dialog>
  );
}
