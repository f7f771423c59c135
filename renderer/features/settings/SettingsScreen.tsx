import { useAppState } from '../../app/store-context';
import { Button } from '../../components/Button';
import { FirmAdminSection } from '../firm-library/FirmAdminSection';
import { FirmConnectionForm } from '../firm-library/FirmConnectionForm';

/** The app's settings; for now the firm library's connection. */
export function SettingsScreen() {
  const navigate = useAppState((s) => s.navigate);
  return (
    <main className="screen settings-screen" aria-labelledby="settings-title">
      <header className="screen-header">
        <div>
          <h1 id="settings-title">Settings</h1>
          <p className="screen-subtitle">Settings of this laptop, kept beside your data.</p>
        </div>
        <div className="screen-header-actions">
          <Button onClick={() => navigate({ name: 'library' })}>Firm library</Button>
          <Button variant="ghost" onClick={() => navigate({ name: 'engagements' })}>
            ← All engagements
          </Button>
        </div>
      </header>
      <div className="settings-sections">
        <FirmConnectionForm />
        <FirmAdminSection />
      </div>
    </main>
  );
}
