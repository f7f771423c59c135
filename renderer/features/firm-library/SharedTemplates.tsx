import { useEffect, useState } from 'react';
import { useAppState } from '../../app/store-context';
import { Button } from '../../components/Button';
import { Select } from '../../components/Select';

/** The firm's shared agenda templates: share one of yours, or take a copy of one into your templates. */
export function SharedTemplates() {
  const shared = useAppState((s) => s.sharedTemplates);
  const load = useAppState((s) => s.loadSharedTemplates);
  const share = useAppState((s) => s.shareTemplate);
  const take = useAppState((s) => s.useSharedTemplate);
  const mine = useAppState((s) => s.templates);
  const loadMine = useAppState((s) => s.loadTemplates);
  const notify = useAppState((s) => s.notify);
  const own = mine.filter((t) => !t.builtIn).map((t) => ({ value: t.id, label: t.name }));
  const [chosen, setChosen] = useState('');

  useEffect(() => {
    void load();
    void loadMine();
  }, [load, loadMine]);

  const onShare = async () => {
    const template = chosen || own[0]?.value;
    if (!template) return;
    const refused = await share(template);
    notify(refused ? { tone: 'error', message: refused } : { tone: 'success', message: 'The template is shared with the firm.' });
  };
  const onTake = async (id: string) => {
    const outcome = await take(id);
    notify({ tone: outcome.ok ? 'success' : 'error', message: outcome.message });
  };

  return (
    <section aria-labelledby="shared-templates-title" className="library-templates">
      <h2 id="shared-templates-title">Shared agenda templates</h2>
      {own.length > 0 && (
        <div className="library-finding-actions">
          <Select label="Share one of yours" options={own} value={chosen || own[0]!.value} onChange={(e) => setChosen(e.target.value)} />
          <Button onClick={() => void onShare()}>Share with the firm</Button>
        </div>
      )}
      {shared.state === 'error' && (
        <div className="banner banner-error" role="alert">
          <p>{shared.message}</p>
        </div>
      )}
      {shared.state === 'ready' &&
        (shared.value.length === 0 ? (
          <p className="muted-block">No agenda template is shared in the firm library yet.</p>
        ) : (
          <ul className="library-findings">
            {shared.value.map((t) => (
              <li key={t.id} className="library-finding">
                <h3>{t.name}</h3>
                <p className="library-hit-meta">
                  {t.dayCount} days · {t.sessionCount} sessions · shared by {t.sharedBy}
                </p>
                {t.description && <p>{t.description}</p>}
                <div className="library-finding-actions">
                  <Button onClick={() => void onTake(t.id)} aria-label={`Add “${t.name}” to my templates`}>
                    Add to my templates
                  </Button>
                </div>
              </li>
            ))}
          </ul>
        ))}
    </section>
  );
}
