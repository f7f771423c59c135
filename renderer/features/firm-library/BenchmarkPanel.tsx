import { useEffect, useId } from 'react';
import { benchmarkRows } from '../../../shared/firm/benchmark-rows';
import type { Benchmark } from '../../../shared/firm/firm-schemas';
import { useAppState } from '../../app/store-context';
import { Button } from '../../components/Button';
import './firm-library.css';

function BenchmarkTable(props: { benchmark: Benchmark; metrics: readonly string[] }) {
  const rows = benchmarkRows(props.benchmark, props.metrics);
  if (rows.length === 0) return <p className="muted-block">None of the past audits of this kind has these numbers yet.</p>;
  return (
    <table className="table benchmark-table">
      <thead>
        <tr>
          <th scope="col">Number</th>
          <th scope="col">This pilot</th>
          <th scope="col">Median</th>
          <th scope="col">Middle half</th>
          <th scope="col">Position</th>
          <th scope="col">Audits</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((m) => (
          <tr key={m.metric}>
            <td>{m.label}</td>
            <td className="benchmark-position">{m.value}</td>
            <td>{m.median}</td>
            <td>{m.middle}</td>
            <td>{m.position}</td>
            <td>{m.audits}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * This pilot's numbers against the firm's past audits of the same kind of pilot, computed on the
 * firm's server; off the firm's network, the last comparison cached on this laptop, saying so.
 */
export function BenchmarkPanel(props: { engagementId: string; metrics: readonly string[]; title: string }) {
  const publication = useAppState((s) => s.publications[props.engagementId]);
  const loadPublication = useAppState((s) => s.loadPublication);
  const benchmark = useAppState((s) => s.benchmarks[props.engagementId]);
  const loadBenchmark = useAppState((s) => s.loadBenchmark);
  const navigate = useAppState((s) => s.navigate);
  const titleId = useId();

  useEffect(() => {
    void loadPublication(props.engagementId);
  }, [props.engagementId, loadPublication]);
  const published = publication != null;
  useEffect(() => {
    if (published) void loadBenchmark(props.engagementId);
  }, [published, props.engagementId, loadBenchmark]);

  if (publication === undefined) return null;
  return (
    <section className="card firm-benchmark" aria-labelledby={titleId}>
      <header className="card-header">
        <h2 id={titleId}>{props.title}</h2>
        {published && (
          <div className="card-header-actions">
            <Button variant="ghost" onClick={() => void loadBenchmark(props.engagementId)} disabled={benchmark?.state === 'loading'}>
              Refresh
            </Button>
          </div>
        )}
      </header>
      {!published && (
        <p className="muted-block">
          Publish this engagement to the firm library (on{' '}
          <a href={`#/engagements/${props.engagementId}/deliverables`} onClick={(e) => (e.preventDefault(), navigate({ name: 'workspace', engagementId: props.engagementId, section: 'deliverables' }))}>
            Deliverables
          </a>
          ) to compare it with the firm’s past audits of the same kind of pilot.
        </p>
      )}
      {benchmark?.state === 'loading' && <p className="loading">Comparing with the firm’s past audits…</p>}
      {benchmark?.state === 'error' && (
        <div className="banner banner-warning" role="status">
          <p>{benchmark.message}</p>
        </div>
      )}
      {benchmark?.state === 'ready' && (
        <>
          <p className="library-hit-meta" role="status">
            {benchmark.value.audits} past audits of {benchmark.value.pilotKind}
            {benchmark.value.fromCache
              ? ` · offline: as the library computed it on ${new Date(benchmark.value.fetchedAt).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' })}`
              : ''}
            {Object.keys(benchmark.value.recommendations).length > 0 &&
              ` · recommended: ${Object.entries(benchmark.value.recommendations).map(([decision, n]) => `${decision} ${n}`).join(', ')}`}
            {` · shipped ${benchmark.value.shipped.yes}, did not ship ${benchmark.value.shipped.no}`}
          </p>
          <BenchmarkTable benchmark={benchmark.value} metrics={props.metrics} />
        </>
      )}
    </section>
  );
}
