import { useState } from 'react';
import type { Participant } from '../../../shared/domain/participant';
import { RACI_ROLES, type IntegrationSystem, type RaciAssignment, type RaciRole } from '../../../shared/domain/path-to-ship';
import { checkRaci, RACI_PROBLEM_TEXT, RACI_ROLE_LABELS, raciRowKey, raciRows } from '../../../shared/path-to-ship/raci';
import { Button } from '../../components/Button';
import { TextField } from '../../components/TextField';
import { errorMessage } from '../../lib/api-client';
import { apiFieldErrors } from '../../lib/field-errors';
import { useAppState } from '../../app/store-context';
import { participantRole } from './path-labels';

/** Who owns running the system in production, as a RACI chart with its gaps named in words. */
export function OperatingModelPanel(props: {
  engagementId: string;
  participants: readonly Participant[];
  systems: readonly IntegrationSystem[];
  raci: readonly RaciAssignment[];
}) {
  const setRaci = useAppState((s) => s.setRaci);
  const saveSystem = useAppState((s) => s.saveSystem);
  const deleteSystem = useAppState((s) => s.deleteSystem);
  const notify = useAppState((s) => s.notify);
  const [systemName, setSystemName] = useState('');
  const [systemError, setSystemError] = useState<string | undefined>();
  const rows = raciRows(props.systems);
  const checks = new Map(checkRaci(rows, props.raci).map((c) => [c.key, c]));
  const gaps = [...checks.values()].filter((c) => c.problems.length > 0).length;
  const fail = (error: unknown) => notify({ tone: 'error', message: errorMessage(error) });

  const roleOf = (key: string, participantId: string) =>
    props.raci.find((a) => raciRowKey(a.responsibility, a.systemId) === key && a.participantId === participantId)?.role ?? '';

  const addSystem = async () => {
    try {
      await saveSystem({ engagementId: props.engagementId, name: systemName });
      setSystemName('');
      setSystemError(undefined);
    } catch (error) {
      setSystemError(apiFieldErrors(error)?.name ?? errorMessage(error));
    }
  };

  const removeSystem = (system: IntegrationSystem) => deleteSystem(system.id).catch(fail);

  return (
    <section className="ps-card" aria-labelledby="ps-ops-title">
      <header className="ps-card-header">
        <div>
          <h2 id="ps-ops-title" className="ps-card-title">
            Operating model
          </h2>
          <p className="ps-card-sub">
            Who runs it once it ships. Every responsibility needs someone Responsible and exactly one Accountable owner.
          </p>
        </div>
        <p className={`ps-gap-summary${gaps ? ' has-gaps' : ''}`} role="status">
          {gaps === 0 ? '✓ Every responsibility is owned' : `⚠ ${gaps} of ${rows.length} responsibilities have a gap`}
        </p>
      </header>
      {props.participants.length === 0 ? (
        <p className="ps-muted">
          No participants yet. Add the client’s people in <a href={`#/engagements/${props.engagementId}/setup`}>Setup</a>, then assign
          who is Responsible, Accountable, Consulted and Informed here.
        </p>
      ) : (
        <div className="ps-raci-scroll">
          <table className="ps-raci" aria-label="RACI">
            <thead>
              <tr>
                <th scope="col">Responsibility</th>
                <th scope="col">Status</th>
                {props.participants.map((p) => (
                  <th key={p.id} scope="col" className="ps-raci-person">
                    <span className="ps-raci-name">{p.name}</span>
                    <span className="ps-raci-role">{participantRole(p)}</span>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => {
                const check = checks.get(row.key)!;
                return (
                  <tr key={row.key} className={check.problems.length ? 'has-gap' : undefined} data-testid="raci-row">
                    <th scope="row">
                      <span className="ps-raci-resp">{row.label}</span>
                      <span className="ps-raci-detail">{row.detail}</span>
                    </th>
                    <td className="ps-raci-status">
                      {check.problems.length === 0 ? (
                        <span className="ps-ok">✓ Owned</span>
                      ) : (
                        <ul className="ps-gaps" aria-label={`Gaps in ${row.label}`}>
                          {check.problems.map((problem) => (
                            <li key={problem} className="ps-flag">
                              ⚠ {RACI_PROBLEM_TEXT[problem]}
                            </li>
                          ))}
                        </ul>
                      )}
                    </td>
                    {props.participants.map((p) => {
                      const role = roleOf(row.key, p.id);
                      return (
                        <td key={p.id} className="ps-raci-cell">
                          <select
                            aria-label={`${row.label}: ${p.name}`}
                            className={role ? `role-${role}` : 'role-none'}
                            value={role}
                            onChange={(e) =>
                              void setRaci({
                                engagementId: props.engagementId,
                                responsibility: row.responsibility,
                                systemId: row.systemId,
                                participantId: p.id,
                                role: e.target.value === '' ? null : (e.target.value as RaciRole),
                              }).catch(fail)
                            }
                          >
                            <option value="">–</option>
                            {RACI_ROLES.map((r) => (
                              <option key={r} value={r}>
                                {RACI_ROLE_LABELS[r]}
                              </option>
                            ))}
                          </select>
                        </td>
                      );
                    })}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <p className="ps-legend">
        <strong>R</strong> Responsible: does the work · <strong>A</strong> Accountable: answers for it, one per row · <strong>A/R</strong>{' '}
        both · <strong>C</strong> Consulted · <strong>I</strong> Informed
      </p>
      <div className="ps-systems">
        <h3 className="ps-subhead">Systems it integrates with</h3>
        {props.systems.length > 0 && (
          <ul className="ps-system-list" aria-label="Systems">
            {props.systems.map((s) => (
              <li key={s.id}>
                {s.name}
                <Button variant="ghost" className="btn-danger-text" aria-label={`Remove ${s.name}`} onClick={() => void removeSystem(s)}>
                  Remove
                </Button>
              </li>
            ))}
          </ul>
        )}
        <form
          className="ps-system-form"
          onSubmit={(e) => {
            e.preventDefault();
            void addSystem();
          }}
        >
          <TextField
            label="System name"
            placeholder="SAP S/4HANA, Salesforce…"
            value={systemName}
            error={systemError}
            onChange={(e) => setSystemName(e.target.value)}
          />
          <Button type="submit">Add system</Button>
        </form>
      </div>
    </section>
  );
}
