import { useState } from 'react';
import { useAppState } from '../../app/store-context';
import { Button } from '../../components/Button';
import { TextField } from '../../components/TextField';

/**
 * For the firm's administrator, on the server entered above: run the library's migrations and add
 * consultants, with the administrator's own database role. Its password is used for the action
 * and forgotten; creating the database and backing it up are in docs/firm-library.md.
 */
export function FirmAdminSection() {
  const migrate = useAppState((s) => s.adminMigrate);
  const addConsultant = useAppState((s) => s.adminAddConsultant);
  const configured = useAppState((s) => s.firmStatus?.settings != null);
  const [adminUser, setAdminUser] = useState('');
  const [adminPassword, setAdminPassword] = useState('');
  const [consultant, setConsultant] = useState('');
  const [consultantPassword, setConsultantPassword] = useState('');
  const [outcome, setOutcome] = useState<{ ok: boolean; message: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const admin = { user: adminUser, password: adminPassword };
  const run = async (action: () => Promise<{ ok: boolean; message: string }>) => {
    setBusy(true);
    setOutcome(await action());
    setBusy(false);
  };

  return (
    <details className="card firm-admin">
      <summary>For the firm’s administrator</summary>
      <p className="muted-block">
        Sets up or upgrades the library on the server above, and adds consultants, with your administrator role. The password is used once and not
        kept. Creating the database and backing it up: see docs/firm-library.md.
      </p>
      <div className="firm-form">
        <div className="firm-form-row">
          <TextField label="Administrator role" value={adminUser} onChange={(e) => setAdminUser(e.target.value)} autoComplete="off" />
          <TextField label="Administrator password" type="password" value={adminPassword} onChange={(e) => setAdminPassword(e.target.value)} autoComplete="off" />
        </div>
        <div className="firm-form-actions">
          <Button onClick={() => void run(() => migrate(admin))} disabled={busy || !configured || !adminUser || !adminPassword}>
            Run the migrations
          </Button>
        </div>
        <div className="firm-form-row">
          <TextField label="New consultant (database user)" value={consultant} onChange={(e) => setConsultant(e.target.value)} autoComplete="off" />
          <TextField label="Their password" type="password" value={consultantPassword} onChange={(e) => setConsultantPassword(e.target.value)} autoComplete="off" />
        </div>
        <div className="firm-form-actions">
          <Button onClick={() => void run(() => addConsultant(admin, consultant, consultantPassword))} disabled={busy || !configured || !adminUser || !adminPassword || !consultant}>
            Add consultant
          </Button>
        </div>
        {outcome && (
          <div className={outcome.ok ? 'banner' : 'banner banner-error'} role={outcome.ok ? 'status' : 'alert'}>
            <p>{outcome.message}</p>
          </div>
        )}
      </div>
    </details>
  );
}
