import type { BarChart, Citation, Report, ReportFinding } from '../../../shared/report/report-schema';

/*
 * The report drawn from its model with React. The app's CSP (no inline styles, no frames) keeps
 * the printable HTML out of an iframe, so the preview renders the same model the PDF and Word
 * files are made from; React escapes every string.
 */

const ROW = 26;
const LABEL = 170;
const VALUE = 110;

function Chart({ chart }: { chart: BarChart }) {
  const width = 600;
  const plot = width - LABEL - VALUE;
  const height = chart.bars.length * ROW + 8;
  return (
    <figure className="report-figure">
      <h4>{chart.title}</h4>
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-label={chart.title} className="report-chart">
        {chart.bars.map((bar, i) => {
          const y = 4 + i * ROW;
          const length = bar.value === null || chart.max <= 0 ? 0 : Math.max(0, Math.min(1, bar.value / chart.max)) * plot;
          return (
            <g key={bar.label}>
              <text x={LABEL - 10} y={y + 17} textAnchor="end">
                {bar.label}
              </text>
              <rect x={LABEL} y={y + 6} width={plot} height={14} className="report-chart-track" />
              {bar.value === null ? (
                <rect x={LABEL} y={y + 6} width={plot} height={14} className="report-chart-unscored" />
              ) : (
                <rect x={LABEL} y={y + 6} width={length} height={14} className="report-chart-bar" />
              )}
              <text x={LABEL + plot + 10} y={y + 17}>
                {bar.valueText}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption>{chart.caption}</figcaption>
    </figure>
  );
}

function Citations({ list }: { list: Citation[] }) {
  if (list.length === 0) return <p className="report-meta">No client-visible evidence cited.</p>;
  return <p className="report-meta">Evidence: {list.map((c) => c.ref).join(', ')}</p>;
}

function Finding({ finding }: { finding: ReportFinding }) {
  return (
    <div className="report-finding">
      <h4>
        <span className={`report-pill report-sev-${finding.severity}`}>{finding.severityLabel}</span>
        <span className="report-ref">{finding.ref}</span> {finding.title}
      </h4>
      <p className="report-pre">{finding.detail}</p>
      <Citations list={finding.citations} />
    </div>
  );
}

function Table({ headers, rows }: { headers: string[]; rows: string[][] }) {
  return (
    <table className="report-table">
      <thead>
        <tr>
          {headers.map((h) => (
            <th key={h} scope="col">
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, i) => (
          <tr key={i}>
            {row.map((cell, j) => (
              <td key={j} className="report-pre">
                {cell}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function ReportPreview({ report }: { report: Report }) {
  const { cover, summary, pathToShip, followUp, appendices } = report;
  const withOverdue = (x: { status: string; overdue: boolean }) => `${x.status}${x.overdue ? ' (overdue)' : ''}`;
  return (
    <article className="report-preview" aria-label="Report preview">
      <section className="report-cover">
        <p className="report-kicker">AI Automation Audit · Final report</p>
        <h2>{cover.pilotName}</h2>
        <p className="report-subtitle">{cover.clientName}</p>
        <dl>
          <dt>Audit week</dt>
          <dd>{cover.dates}</dd>
          {cover.venue && (
            <>
              <dt>Venue</dt>
              <dd>{cover.venue}</dd>
            </>
          )}
          {cover.facilitators.length > 0 && (
            <>
              <dt>Facilitators</dt>
              <dd>{cover.facilitators.join(', ')}</dd>
            </>
          )}
          <dt>Prepared</dt>
          <dd>{cover.preparedOn}</dd>
        </dl>
      </section>
      <section>
        <h3>Executive summary</h3>
        {summary.recommendation && (
          <div className="report-callout">
            <p className="report-kicker">Recommendation</p>
            <p className="report-verdict">{summary.recommendation.verdict}</p>
            <p className="report-pre">{summary.recommendation.rationale}</p>
          </div>
        )}
        {summary.money && (
          <>
            <h4>Cost · scenario “{summary.money.scenario}”</h4>
            <Table headers={['Measure', 'Value']} rows={summary.money.figures.map((f) => [f.label, f.value])} />
            <h4>Errors at production volume</h4>
            <Table headers={['Measure', 'Value']} rows={summary.money.errors.map((f) => [f.label, f.value])} />
          </>
        )}
        {report.readiness.chart && <Chart chart={report.readiness.chart} />}
        {[summary.readinessText, summary.mlTestScoreText, summary.diagnostic?.headline].map((t) => t && <p key={t}>{t}</p>)}
        {summary.topFindings.length > 0 && (
          <>
            <h4>Top findings</h4>
            <ul className="report-top">
              {summary.topFindings.map((f) => (
                <li key={f.id}>
                  <span className={`report-pill report-sev-${f.severity}`}>{f.severityLabel}</span>
                  <span className="report-ref">{f.ref}</span> {f.title}
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
      {report.chapters.map((ch, i) => (
        <section key={ch.area}>
          <h3>
            {i + 1}. {ch.title}
          </h3>
          <p className="report-question">{ch.question}</p>
          {ch.readinessText && <p className="report-meta">{ch.readinessText}</p>}
          {ch.findings.map((f) => (
            <Finding key={f.id} finding={f} />
          ))}
        </section>
      ))}
      {(report.readiness.chart || report.readiness.mlChart || summary.diagnostic) && (
        <section>
          <h3>Readiness and the ML Test Score</h3>
          {report.readiness.chart && <Chart chart={report.readiness.chart} />}
          {report.readiness.mlChart && <Chart chart={report.readiness.mlChart} />}
          {report.readiness.mlBand && <p>{report.readiness.mlBand}</p>}
          {summary.diagnostic && (
            <>
              <h4>Pilot-purgatory diagnostic</h4>
              <p>{summary.diagnostic.headline}</p>
              <Table headers={['Cause', 'Rating']} rows={summary.diagnostic.causes.map((c) => [c.title, c.rating])} />
            </>
          )}
        </section>
      )}
      {report.cost.scenarios.length > 0 && (
        <section>
          <h3>Cost and error model</h3>
          {report.cost.scenarios.map((s) => (
            <div key={s.name}>
              <h4>Scenario: {s.name}</h4>
              <Table headers={['Measure', 'Value']} rows={s.headline.map((h) => [h.label, h.value])} />
              <Chart chart={s.costChart} />
            </div>
          ))}
        </section>
      )}
      {report.benchmark && (
        <section>
          <h3>Compared with the firm’s past audits</h3>
          <p>
            {report.benchmark.audits} past audits of {report.benchmark.pilotKind}, as the firm’s library computed on {report.benchmark.computedAt.slice(0, 10)}.
          </p>
          <Table
            headers={['Number', 'This pilot', 'Median', 'Middle half', 'Position', 'Audits']}
            rows={report.benchmark.rows.map((x) => [x.label, x.value, x.median, x.middle, x.position, String(x.audits)])}
          />
        </section>
      )}
      {(pathToShip.roadmap.rows || pathToShip.raci.rows) && (
        <section>
          <h3>Path to ship</h3>
          {pathToShip.roadmap.rows && (
            <>
              <h4>Roadmap</h4>
              <Table
                headers={['Phase', 'Owner', 'Timing', 'Milestones', 'Exit criteria']}
                rows={pathToShip.roadmap.rows.map((r) => [[r.phase, r.findings].filter(Boolean).join('\n'), r.owner, r.timing, r.milestones.join('\n') || '—', r.exitCriteria.join('\n') || '—'])}
              />
            </>
          )}
          {pathToShip.raci.rows && (
            <>
              <h4>Operating model (RACI)</h4>
              <Table headers={['Activity', 'Responsible', 'Accountable', 'Consulted', 'Informed']} rows={pathToShip.raci.rows.map((r) => [r.activity, r.responsible, r.accountable, r.consulted, r.informed])} />
            </>
          )}
        </section>
      )}
      {(followUp.actions.length > 0 || followUp.decisions.length > 0) && (
        <section>
          <h3>Actions and decisions</h3>
          {followUp.actions.length > 0 && (
            <>
              <h4>Actions</h4>
              <Table headers={['Ref', 'Action', 'Owner', 'Due', 'Status']} rows={followUp.actions.map((x) => [x.ref, x.text, x.owner, x.due, withOverdue(x)])} />
            </>
          )}
          {followUp.decisions.length > 0 && (
            <>
              <h4>Decisions</h4>
              <Table headers={['Ref', 'Decision', 'Status']} rows={followUp.decisions.map((x) => [x.ref, x.text, withOverdue(x)])} />
            </>
          )}
        </section>
      )}
      {appendices.evidence && (
        <section>
          <h3>Appendix: Evidence notes</h3>
          <Table headers={['Ref', 'When', 'Speaker', 'Note']} rows={appendices.evidence.map((n) => [n.ref, `${n.dayLabel}, ${n.time}`, n.speaker, n.text])} />
        </section>
      )}
      {appendices.participants && (
        <section>
          <h3>Appendix: Participants</h3>
          <Table headers={['Name', 'Role', 'Organisation', 'Attended']} rows={appendices.participants.map((p) => [p.name, p.role, p.organisation, p.days])} />
        </section>
      )}
      {appendices.agenda && (
        <section>
          <h3>Appendix: Agenda</h3>
          {appendices.agenda.map((d) => (
            <div key={d.day}>
              <h4>{d.label}</h4>
              <Table headers={['Time', 'Session', 'Area']} rows={d.sessions.map((s) => [s.time, [s.title, ...s.questions.map((q) => `• ${q}`)].join('\n'), s.area])} />
            </div>
          ))}
        </section>
      )}
    </article>
  );
}
