import { useState } from 'react';
import { Button } from '../../components/Button';
import { useAppState } from '../../app/store-context';
import { RepairDialog } from './RepairDialog';

/**
 * What the background check of a large data file found, above every screen: damage, with the
 * repair, or a check that could not run. A passed or running check shows nothing, so capture is
 * never interrupted by it.
 */
export function DataCheckBanner() {
  const check = useAppState((s) => s.dataCheck);
  const [repairing, setRepairing] = useState(false);
  const [dismissed, setDismissed] = useState(false);

  if (!check || check.state === 'passed' || check.state === 'running') return null;
  if (check.state === 'not-run' && dismissed) return null;
  return (
    <div className="data-check-banner-wrap">
      {check.state === 'damaged' ? (
        <div className="banner banner-error data-check-banner" role="alert">
          <p>
            <strong>Your data file is damaged.</strong> {check.message}
          </p>
          <Button variant="primary" onClick={() => setRepairing(true)}>
            Repair now…
          </Button>
        </div>
      ) : (
        <div className="banner banner-warning data-check-banner" role="status">
          <p>{check.message}</p>
          <Button onClick={() => setDismissed(true)}>Dismiss</Button>
        </div>
      )}
      <RepairDialog open={repairing} onClose={() => setRepairing(false)} />
    </div>
  );
}
