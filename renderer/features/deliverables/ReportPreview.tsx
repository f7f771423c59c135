import { NO_CITED_EVIDENCE, type BarChart, type Citation, type Report, type ReportFinding } from '../../../shared/report/report-schema';

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
      <h5>
        <span className={`report-pill report-sev-${finding.severity}`}>{finding.severityLabel}</span>
        <span className="report-ref">{finding.ref}</span> {finding.title}
      </h5>
      <p className="report-pre">{finding.detail}</p>
      <Citations list={finding.citations} />
    </div>
  );
}

function Empty({ children }: { children: string }) {
  return <p className="report-empty">{children}</p>;
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
  const { cover, summary, pathToShip, appendices } = report;
  const noFindings = report.findingsRecorded ? 'No finding was recorded in this area.' : 'No findings have been recorded yet.';
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
          <dt>Facilitators</dt>
          <dd>{cover.facilitators.join(', ') || 'Not recorded'}</dd>
          <dt>Prepared</dt>
          <dd>{cover.preparedOn}</dd>
        </dl>
      </section>
      <section>
        <h3>Executive summary</h3>
        <div className="report-callout">
          <p className="report-kicker">Recommendation</p>
          {summary.recommendation ? (
            <>
              <p className="report-verdict">{summary.recommendation.verdict}</p>
              <p className="report-pre">{summary.recommendation.rationale}</p>
            </>
          ) : (
            <Empty>No recommendation has been recorded yet.</Empty>
          )}
        </div>
        <h4>Pilot-purgatory diagnostic</h4>
        <p>{summary.diagnostic.headline}</p>
        <Table headers={['Cause', 'Rating']} rows={summary.diagnostic.causes.map((c) => [c.title, c.rating])} />
        <h4>Readiness at a glance</h4>
        <p>{summary.readinessText}</p>
        <p>{summary.mlTestScoreText}</p>
        <h4>Top findings</h4>
        {summary.topFindings.length ? summary.topFindings.map((f) => <Finding key={f.id} finding={f} />) : <Empty>{report.findingsRecorded ? 'No critical or high-severity finding was recorded.' : 'No findings have been recorded yet.'}</Empty>}
      </section>
      {report.chapters.map((ch, i) => (
        <section key={ch.area}>
          <h3>
            {i + 1}. {ch.title}
          </h3>
          <p className="report-question">{ch.question}</p>
          <p className="report-meta">{ch.readinessText}</p>
          <h4>Findings by severity</h4>
          {ch.findings.length ? ch.findings.map((f) => <Finding key={f.id} finding={f} />) : <Empty>{noFindings}</Empty>}
        </section>
      ))}
      <section>
        <h3>Readiness and the ML Test Score</h3>
        <Chart chart={report.readiness.chart} />
        <Chart chart={report.readiness.mlChart} />
        <p>{report.readiness.mlBand}</p>
      </section>
      <section>
        <h3>Cost and error model</h3>
        {report.cost.scenarios.length === 0 && <Empty>No cost scenario has been modelled yet.</Empty>}
        {report.cost.scenarios.map((s) => (
          <div key={s.name}>
            <h4>Scenario: {s.name}</h4>
            <Table headers={['Measure', 'Value']} rows={s.headline.map((h) => [h.label, h.value])} />
            <Chart chart={s.costChart} />
          </div>
        ))}
      </section>
      <section>
        <h3>Path to ship</h3>
        <h4>Roadmap</h4>
        {pathToShip.roadmap.rows ? <Table headers={['Phase', 'Step', 'Owner', 'Timing']} rows={pathToShip.roadmap.rows.map((r) => [r.phase, r.title, r.owner, r.timing])} /> : <Empty>The roadmap has not been recorded yet.</Empty>}
        <h4>Operating model (RACI)</h4>
        {pathToShip.raci.rows ? (
          <Table headers={['Activity', 'Responsible', 'Accountable', 'Consulted', 'Informed']} rows={pathToShip.raci.rows.map((r) => [r.activity, r.responsible, r.accountable, r.consulted, r.informed])} />
        ) : (
          <Empty>The operating model has not been recorded yet.</Empty>
        )}
      </section>
      {appendices.evidence && (
        <section>
          <h3>Appendix: Evidence notes</h3>
          {appendices.evidence.length ? (
            <Table headers={['Ref', 'When', 'Speaker', 'Note']} rows={appendices.evidence.map((n) => [n.ref, `${n.dayLabel}, ${n.time}`, n.speaker, n.text])} />
          ) : (
            <Empty>{NO_CITED_EVIDENCE}</Empty>
          )}
        </section>
      )}
      {appendices.participants && (
        <section>
          <h3>Appendix: Participants</h3>
          {appendices.participants.length ? (
            <Table headers={['Name', 'Role', 'Organisation', 'Attended']} rows={appendices.participants.map((p) => [p.name, p.role, p.organisation, p.days])} />
          ) : (
            <Empty>No participant was recorded.</Empty>
          )}
        </section>
      )}
      {appendices.agenda && (
        <section>
          <h3>Appendix: Agenda</h3>
          {appendices.agenda.map((d) => (
            <div key={d.day}>
              <h4>{d.label}</h4>
              {d.sessions.length ? <Table headers={['Time', 'Session', 'Area']} rows={d.sessions.map((s) => [s.time, s.title, s.area])} /> : <Empty>No session planned.</Empty>}
            </div>
          ))}
        </section>
      )}
    </article>
  );
}
