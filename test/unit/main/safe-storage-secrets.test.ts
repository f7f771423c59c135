import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSafeStorageSecrets, type Encryptor } from '../../../electron/main/safe-storage-secrets';
import { useTempDir } from '../helpers/temp-dir';

const tempDir = useTempDir();

/** Stands in for Electron's safeStorage: a reversible scrambling, so a test can tell plain text from what is stored. */
function encryptor(available = true): Encryptor {
  const flip = (bytes: Buffer) => Buffer.from(bytes.map((b) => b ^ 0x5a));
  return {
    isEncryptionAvailable: () => available,
    encryptString: (plain) => flip(Buffer.from(plain, 'utf8')),
    decryptString: (encrypted) => flip(encrypted).toString('utf8'),
  };
}

describe('the firm library password in main', () => {
  it('is stored only encrypted, in a file of its own, read back and deleted', () => {
    const folder = path.join(tempDir(), 'secrets');
    const secrets = createSafeStorageSecrets(folder, encryptor());
    expect(secrets.get('firm-library-password')).toBeNull();
    secrets.set('firm-library-password', 'correct horse battery');
    const files = readdirSync(folder);
    expect(files).toEqual(['firm-library-password.bin']);
    expect(readFileSync(path.join(folder, files[0]!)).includes(Buffer.from('correct horse'))).toBe(false);
    expect(secrets.get('firm-library-password')).toBe('correct horse battery');
    secrets.delete('firm-library-password');
    expect(secrets.get('firm-library-password')).toBeNull();
  });

  it('is refused, not written in the clear, where the system offers no protected storage', () => {
    const folder = path.join(tempDir(), 'secrets');
    const secrets = createSafeStorageSecrets(folder, encryptor(false));
    expect(() => secrets.set('firm-library-password', 'plain')).toThrow(/no protected storage for passwords/);
    expect(secrets.get('firm-library-password')).toBeNull();
  });
});
