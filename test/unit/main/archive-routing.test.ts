import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  ARCHIVE_EXTENSION,
  archivePathFromArgv,
  createOpenedPathQueue,
} from '../../../electron/main/archive-routing';

describe('archivePathFromArgv', () => {
  it('finds the archive a double-click passed on Windows and Linux', () => {
    expect(archivePathFromArgv(['C:\\Program Files\\Audit Workshop\\Audit Workshop.exe', 'D:\\Mail\\Acme week.auditweek'])).toBe(
      'D:\\Mail\\Acme week.auditweek',
    );
    expect(archivePathFromArgv(['/opt/Audit Workshop/audit-workshop', '--no-sandbox', '/home/ana/Acme.AUDITWEEK'])).toBe('/home/ana/Acme.AUDITWEEK');
  });

  it('finds it after the app folder in development and after Chromium switches a second instance adds', () => {
    expect(archivePathFromArgv(['/usr/bin/electron', '.', '/tmp/a.auditweek', '--allow-file-access-from-files'])).toBe('/tmp/a.auditweek');
  });

  it('ignores a launch without an archive, other files and switches that merely end like one', () => {
    expect(archivePathFromArgv(['/usr/bin/electron', '.'])).toBeNull();
    expect(archivePathFromArgv(['/app', '/home/ana/notes.docx'])).toBeNull();
    expect(archivePathFromArgv(['/app', '--open=x.auditweek'])).toBeNull();
    expect(archivePathFromArgv(['/path/to/weird.auditweek'])).toBeNull();
  });
});

describe('createOpenedPathQueue', () => {
  it('holds paths that arrive before the window and hands them over in order once it is ready', () => {
    const handled: string[] = [];
    const queue = createOpenedPathQueue((p) => handled.push(p));
    queue.open('/a.auditweek');
    queue.open('/b.auditweek');
    expect(handled).toEqual([]);
    queue.ready();
    expect(handled).toEqual(['/a.auditweek', '/b.auditweek']);
    queue.open('/c.auditweek');
    expect(handled).toEqual(['/a.auditweek', '/b.auditweek', '/c.auditweek']);
  });
});

describe('the file association', () => {
  it('registers the same extension main routes', () => {
    const require = createRequire(import.meta.url);
    const config = require(path.resolve(__dirname, '../../../build/electron-builder.config.cjs')) as { fileAssociations: { ext: string }[] };
    expect(config.fileAssociations.map((a) => a.ext)).toEqual([ARCHIVE_EXTENSION]);
  });
});
