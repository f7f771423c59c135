import type { CostScenario } from '../../../shared/domain/cost-scenario';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useAppState } from '../../app/store-context';

export function DeleteScenarioDialog(props: { scenario: CostScenario | null; onClose: () => void }) {
  const remove = useAppState((s) => s.deleteCostScenario);
  const notify = useAppState((s) => s.notify);
  const scenario = props.scenario;

  return (
    <ConfirmDialog
      open={scenario !== null}
      title="Delete scenario?"
      confirmLabel="Delete scenario"
      onClose={props.onClose}
      onConfirm={async () => {
        if (!scenario) return;
        await remove(scenario.id);
        notify({ tone: 'success', message: `Deleted scenario “${scenario.name}”.` });
      }}
    >
      {scenario && (
        <p>
          The scenario <strong>{scenario.name}</strong> and all its numbers will be removed. This cannot be undone.
        </p>
      )}
    </ConfirmDialog>
  );
}
