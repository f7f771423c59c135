// Runs Electronegativity over the Electron source and the built app, offline, and fails when a
// rule finds more in a file than electronegativity-baseline.json allows with a reason (or fewer:
// the baseline then says more than is true). Its CLI exits 0 even with findings, so the SARIF
// output is what is judged.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { compareWithBaseline, describeComparison } from './baseline-compare.mjs';

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

const comparison = compareWithBaseline(findings, baseline);
const reviewed = findings.length - comparison.unexpected.reduce((sum, group) => sum + group.found - group.allowed, 0);
console.log(`Electronegativity: ${findings.length} findings, ${reviewed} reviewed in the baseline.`);
for (const line of describeComparison(comparison)) console.log(line);
if (!comparison.passed) process.exit(1);
