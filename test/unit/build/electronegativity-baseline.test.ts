import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compareWithBaseline, describeComparison, type BaselineEntry, type Finding } from '../../security/baseline-compare.mjs';

const realBaseline = JSON.parse(readFileSync(new URL('../../security/electronegativity-baseline.json', import.meta.url), 'utf8')) as BaselineEntry[];

/** Exactly the findings the real baseline allows, at made-up lines. */
function findingsAllowedBy(baseline: readonly BaselineEntry[]): Finding[] {
  return baseline.flatMap((entry) =>
    Array.from({ length: entry.count }, (_, i) => ({ scan: entry.scan, rule: entry.rule, file: entry.file, line: 10 * (i + 1), message: 'Reviewed' })),
  );
}

const extra = (rule: string, file = 'main/main.ts'): Finding => ({ scan: 'source', rule, file, line: 999, message: `Review ${rule}` });

describe('the Electronegativity gate', () => {
  it('passes the findings its baseline allows, wherever their lines moved', () => {
    const comparison = compareWithBaseline(findingsAllowedBy(realBaseline), realBaseline);
    expect(comparison.passed).toBe(true);
    expect(describeComparison(comparison)).toEqual(['Electronegativity gate passed.']);
  });

  it.each(['OPEN_EXTERNAL_JS_CHECK', 'SANDBOX_JS_CHECK'])('fails on one more %s in a file the baseline already covers, and says what to do', (rule) => {
    const comparison = compareWithBaseline([...findingsAllowedBy(realBaseline), extra(rule)], realBaseline);

    expect(comparison.passed).toBe(false);
    const allowed = realBaseline.find((e) => e.scan === 'source' && e.rule === rule && e.file === 'main/main.ts')!.count;
    expect(comparison.unexpected).toMatchObject([{ scan: 'source', rule, file: 'main/main.ts', found: allowed + 1, allowed }]);
    const report = describeComparison(comparison).join('\n');
    expect(report).toContain(`NEW  [source] ${rule} main/main.ts: ${allowed + 1} found, the baseline allows ${allowed}`);
    expect(report).toContain('main/main.ts:999');
    expect(report).toMatch(/fix it\. Only if you have reviewed it and it is safe, add one to that entry's "count"/);
  });

  it('fails on a rule in a file the baseline does not list at all', () => {
    const comparison = compareWithBaseline([...findingsAllowedBy(realBaseline), extra('NODE_INTEGRATION_JS_CHECK', 'main/other-window.ts')], realBaseline);
    expect(comparison.unexpected).toMatchObject([{ rule: 'NODE_INTEGRATION_JS_CHECK', file: 'main/other-window.ts', found: 1, allowed: 0 }]);
  });

  it('fails when a reviewed finding is gone, asking for the count to be lowered or the entry removed', () => {
    const twice = realBaseline.find((e) => e.count === 2)!;
    const findings = findingsAllowedBy(realBaseline);
    const oneFewer = findings.filter((f) => f !== findings.find((g) => g.scan === twice.scan && g.rule === twice.rule && g.file === twice.file));
    const comparison = compareWithBaseline(oneFewer, realBaseline);
    expect(comparison.passed).toBe(false);
    expect(describeComparison(comparison).join('\n')).toContain(`STALE [${twice.scan}] ${twice.rule} ${twice.file}: the baseline allows 2 but 1 was found; lower its count to 1.`);

    const gone = findings.filter((f) => f.rule !== 'SANDBOX_JS_CHECK');
    expect(describeComparison(compareWithBaseline(gone, realBaseline)).join('\n')).toContain('but 0 were found; remove the entry.');
  });

  it('refuses a baseline entry without a count, naming it', () => {
    const { count: _dropped, ...uncounted } = realBaseline[0]!;
    expect(() => compareWithBaseline([], [uncounted as BaselineEntry])).toThrow(/needs a "count"/);
  });
});
