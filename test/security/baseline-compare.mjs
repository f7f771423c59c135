// The gate's judgement, apart from running the scanner, so it can be tested with made-up findings.
// A baseline entry allows an exact number of findings of one rule in one file: lines shift with
// every edit, but a count still catches one more unsandboxed window or openExternal in a file.

const BASELINE_FILE = 'test/security/electronegativity-baseline.json';

const keyOf = (entry) => `${entry.scan} ${entry.rule} ${entry.file}`;
const label = (entry) => `[${entry.scan}] ${entry.rule} ${entry.file}`;

/** Throws, in words, on an entry without a positive whole count or listed twice. */
function allowedCounts(baseline) {
  const allowed = new Map();
  for (const entry of baseline) {
    if (!Number.isInteger(entry.count) || entry.count < 1) {
      throw new Error(`${BASELINE_FILE}: ${label(entry)} needs a "count", the number of findings it allows (a whole number, 1 or more).`);
    }
    if (allowed.has(keyOf(entry))) throw new Error(`${BASELINE_FILE}: ${label(entry)} is listed twice; keep one entry and add up the counts.`);
    allowed.set(keyOf(entry), entry);
  }
  return allowed;
}

export function compareWithBaseline(findings, baseline) {
  const allowed = allowedCounts(baseline);
  const found = new Map();
  for (const finding of findings) {
    const key = keyOf(finding);
    found.set(key, [...(found.get(key) ?? []), finding]);
  }
  const unexpected = [...found].flatMap(([key, group]) => {
    const allows = allowed.get(key)?.count ?? 0;
    return group.length > allows ? [{ scan: group[0].scan, rule: group[0].rule, file: group[0].file, found: group.length, allowed: allows, findings: group }] : [];
  });
  const stale = baseline.flatMap((entry) => {
    const count = found.get(keyOf(entry))?.length ?? 0;
    return count < entry.count ? [{ scan: entry.scan, rule: entry.rule, file: entry.file, found: count, allowed: entry.count }] : [];
  });
  return { passed: unexpected.length === 0 && stale.length === 0, unexpected, stale };
}

/** What the gate prints after its summary line: each difference and what to do about it. */
export function describeComparison({ passed, unexpected, stale }) {
  if (passed) return ['Electronegativity gate passed.'];
  const lines = [];
  for (const group of unexpected) {
    lines.push(`  NEW  ${label(group)}: ${group.found} found, the baseline allows ${group.allowed}. All of them (the scan cannot tell which is new):`);
    for (const f of group.findings) lines.push(`       ${f.file}:${f.line} ${f.message}`);
  }
  for (const entry of stale) {
    lines.push(
      `  STALE ${label(entry)}: the baseline allows ${entry.allowed} but ${entry.found} ${entry.found === 1 ? 'was' : 'were'} found; ` +
        (entry.found === 0 ? 'remove the entry.' : `lower its count to ${entry.found}.`),
    );
  }
  lines.push('Electronegativity gate failed.');
  if (unexpected.length > 0) {
    lines.push(
      `  For a NEW finding: fix it. Only if you have reviewed it and it is safe, add one to that entry's "count" in ${BASELINE_FILE} ` +
        '(or add an entry with count 1) and extend its "reason" to say why this one is safe.',
    );
  }
  if (stale.length > 0) lines.push(`  For a STALE entry: a reviewed finding is gone, so make ${BASELINE_FILE} match, as said above.`);
  return lines;
}
