import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATABASE_FILE_NAME } from '../../../electron/core/start-app-core';
import { TRUSTED, useTestRuntime } from '../helpers/core';
import { useTempDir } from '../helpers/temp-dir';

const tempDir = useTempDir();
const start = useTestRuntime();

describe("the window's answer to a quit", () => {
  it('reaches main with the data open', async () => {
    let answers = 0;
    const { runtime, dispatch } = start({ userDataDir: tempDir(), onReadyToQuit: () => answers++ });
    expect(runtime.mode()).toBe('normal');
    expect(await dispatch(TRUSTED, 'app:ready-to-quit', {})).toEqual({ ok: true, value: {} });
    expect(answers).toBe(1);
  });

  it('reaches main on the recovery screen too, so a damaged file never holds up quitting', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, DATABASE_FILE_NAME), 'not a database at all, just words '.repeat(200));
    let answers = 0;
    const { runtime, dispatch } = start({ userDataDir: dir, onReadyToQuit: () => answers++ });
    expect(runtime.mode()).toBe('recovery');
    expect(await dispatch(TRUSTED, 'app:ready-to-quit', {})).toEqual({ ok: true, value: {} });
    expect(answers).toBe(1);
  });

  it('comes only from the app window', async () => {
    let answers = 0;
    const { dispatch } = start({ userDataDir: tempDir(), onReadyToQuit: () => answers++ });
    const result = await dispatch({ url: 'https://elsewhere.example/', isMainFrame: true }, 'app:ready-to-quit', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(answers).toBe(0);
  });
});
