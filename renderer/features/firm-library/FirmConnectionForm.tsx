import { useEffect, useState, type FormEvent } from 'react';
import { useAppState } from '../../app/store-context';
import { Button } from '../../components/Button';
import { SegmentedControl } from '../../components/SegmentedControl';
import { TextField } from '../../components/TextField';
import { lastReachedText } from './last-reached';
import './firm-library.css';

/**
 * Where the firm library is: host, database, the consultant's own database user and password, and
 * TLS checked against the firm's CA file. The password goes to main, which keeps it with the
 * operating system's protection; it is never shown again, only whether one is kept.
 */
export function FirmConnectionForm() {
  const status = useAppState((s) => s.firmStatus);
  const busy = useAppState((s) => s.firmBusy);
  const error = useAppState((s) => s.firmError);
  const load = useAppState((s) => s.loadFirmStatus);
  const save = useAppState((s) => s.saveFirmSettings);
  const chooseCaFile = useAppState((s) => s.chooseFirmCaFile);
  const forgetPassword = useAppState((s) => s.forgetFirmPassword);
  const test = useAppState((s) => s.testFirm);
  const [host, setHost] = useState('');
  const [port, setPort] = useState('5432');
  const [database, setDatabase] = useState('');
  const [user, setUser] = useState('');
  const [password, setPassword] = useState('');
  const [tls, setTls] = useState<'verify' | 'off'>('verify');

  useEffect(() => {
    void load();
  }, [load]);
  const settings = status?.settings;
  useEffect(() => {
    if (!settings) return;
    setHost(settings.host);
    setPort(String(settings.port));
    setDatabase(settings.database);
    setUser(settings.user);
    setTls(settings.tls);
  }, [settings]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const saved = await save({ host, port: Number(port), database, user, tls }, password === '' ? null : password);
    if (saved) setPassword('');
  };

  return (
    <section className="card firm-connection" aria-labelledby="firm-connection-title">
      <header className="card-header">
        <h2 id="firm-connection-title">Firm library</h2>
      </header>
      <p className="muted-block">
        Publish finished engagements to the firm’s PostgreSQL server, compare a pilot with past audits and search them. Optional: everything else works
        on this laptop without it.
      </p>
      <form className="firm-form" onSubmit={(e) => void submit(e)}>
        <div className="firm-form-row">
          <TextField label="Server" value={host} onChange={(e) => setHost(e.target.value)} placeholder="library.firm.example" required />
          <TextField label="Port" value={port} onChange={(e) => setPort(e.target.value)} inputMode="numeric" className="firm-port" />
        </div>
        <div className="firm-form-row">
          <TextField label="Database" value={database} onChange={(e) => setDatabase(e.target.value)} placeholder="audit_library" required />
          <TextField label="Your database user" value={user} onChange={(e) => setUser(e.target.value)} placeholder="ana_silva" required />
        </div>
        <TextField
          label="Password"
          type="password"
          autoComplete="off"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          hint={status?.hasPassword ? 'A password is kept, protected by this computer’s keychain. Type a new one to replace it.' : 'Kept protected by this computer’s keychain, never in the data file.'}
        />
        <SegmentedControl
          label="Connection security"
          value={tls}
          onChange={setTls}
          options={[
            { value: 'verify', label: 'TLS, server checked against the firm’s CA', symbol: '🔒', tone: 'success' },
            { value: 'off', label: 'No TLS (trusted network only)', symbol: '⚠', tone: 'warning' },
          ]}
        />
        {tls === 'verify' && (
          <p className="firm-ca">
            CA file: <strong>{status?.caFileName ?? 'none chosen'}</strong>{' '}
            <Button variant="ghost" onClick={() => void chooseCaFile()} disabled={!settings || busy}>
              Choose CA file…
            </Button>
            {!settings && <span className="field-hint"> Save the server first.</span>}
          </p>
        )}
        {error && (
          <div className="banner banner-error" role="alert">
            <p>{error}</p>
          </div>
        )}
        <p className="firm-reached" role="status">
          {status?.lastError && !error ? `${status.lastError} ` : ''}
          {lastReachedText(status?.lastReachedAt ?? null)}
        </p>
        <div className="firm-form-actions">
          <Button type="submit" variant="primary" disabled={busy}>
            Save
          </Button>
          <Button onClick={() => void test()} disabled={busy || !settings}>
            {busy ? 'Connecting…' : 'Test connection'}
          </Button>
          {status?.hasPassword && (
            <Button variant="ghost" onClick={() => void forgetPassword()} disabled={busy}>
              Forget password
            </Button>
          )}
        </div>
      </form>
    </section>
  );
}
