import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cycles, importGraph } from '../../../build/check-import-cycles.mjs';
import { useTempDir } from '../helpers/temp-dir';

const tempDir = useTempDir();

function project(files: Record<string, string>): string[] {
  const dir = tempDir();
  return Object.entries(files).map(([name, text]) => {
    const file = path.join(dir, name);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
    return file;
  });
}

const names = (found: string[][]) => found.map((c) => c.map((f) => path.basename(f)));

describe('the import-cycle check run by npm run lint', () => {
  it('finds modules that import each other at run time, through index files and re-exports too', () => {
    const files = project({
      'a.ts': "import { b } from './b';\nexport const a = 1;",
      'b.ts': "export { c as b } from './lib';",
      'lib/index.ts': "import { a } from '../a';\nexport const c = a;",
      'alone.ts': "import { a } from './a';",
    });
    expect(names(cycles(importGraph(files)))).toEqual([['a.ts', 'b.ts', 'index.ts']]);
  });

  it('leaves out type-only imports, which vanish at run time', () => {
    const files = project({
      'store.ts': "import { slice } from './slice';\nexport type State = { n: number };",
      'slice.ts': "import type { State } from './store';\nexport const slice = (s: State) => s;",
    });
    expect(cycles(importGraph(files))).toEqual([]);
  });
});
