// Runs Electronegativity over the Electron source and the built app, offline, and fails on any
// finding that is not listed with a reason in electronegativity-baseline.json. Its CLI exits 0
// even with findings, so the SARIF output is what is judged.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');
const require = createRequire(import.meta.url);
const cli = require.resolve('@doyensec/electronegativity/dist/index.js');
const electronVersion = JSON.parse(readFileSync(path.join(root, 'node_modules/electron/package.json'), 'utf8')).version;
const baseline = JSON.parse(readFileSync(path.join(import.meta.dirname, 'electronegativity-baseline.json'), 'utf8'));

const scans = [
  { scan: 'source', input: 'electron' },
  { scan: 'built', input: 'dist' },
];

const outDir = mkdtempSync(path.join(tmpdir(), 'electronegativity-'));
const findings = [];
try {
  for (const { scan, input } of scans) {
    const output = path.join(outDir, `${scan}.sarif`);
    execFileSync(
      process.execPath,
      [cli, '-i', input, '-e', electronVersion, '-x', 'AvailableSecurityFixesGlobalCheck', '-r', '-v', 'false', '-o', output],
      { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] },
    );
    const sarif = JSON.parse(readFileSync(output, 'utf8'));
    for (const result of sarif.runs[0].results) {
      const location = result.locations?.[0]?.physicalLocation;
      findings.push({
        scan,
        rule: result.ruleId,
        file: location?.artifactLocation?.uri ?? '',
        line: location?.region?.startLine ?? 0,
        message: result.message?.text ?? '',
      });
    }
  }
} finally {
  rmSync(outDir, { recursive: true, force: true });
}

const key = (f) => `${f.scan} ${f.rule} ${f.file}`;
const allowed = new Set(baseline.map(key));
const unexpected = findings.filter((f) => !allowed.has(key(f)));
const seen = new Set(findings.map(key));
const stale = baseline.filter((b) => !seen.has(key(b)));

console.log(`Electronegativity: ${findings.length} findings, ${findings.length - unexpected.length} reviewed in the baseline.`);
for (const f of unexpected) console.log(`  NEW  [${f.scan}] ${f.rule} ${f.file}:${f.line} ${f.message}`);
for (const b of stale) console.log(`  STALE baseline entry no longer found: [${b.scan}] ${b.rule} ${b.file} (remove it)`);

if (unexpected.length > 0 || stale.length > 0) {
  console.log('Electronegativity gate failed: review each new finding, fix it or add it to the baseline with a reason.');
  process.exit(1);
}
console.log('Electronegativity gate passed.');
