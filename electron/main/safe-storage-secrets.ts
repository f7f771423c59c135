import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { SecretStore } from '../core/firm/secret-store';
import { AppError } from '../../shared/ipc/result';

/** Electron's safeStorage, as far as this store uses it. */
export interface Encryptor {
  isEncryptionAvailable(): boolean;
  encryptString(plain: string): Buffer;
  decryptString(encrypted: Buffer): string;
}

/**
 * Secrets encrypted with the operating system's protection (Keychain, DPAPI, the Secret Service),
 * one file each in `folder` beside the data file but never in it. Where the system offers no
 * protection the secret is refused rather than written in the clear.
 */
export function createSafeStorageSecrets(folder: string, encryptor: Encryptor): SecretStore {
  const file = (name: string) => path.join(folder, `${name}.bin`);
  return {
    get(name) {
      let encrypted: Buffer;
      try {
        encrypted = readFileSync(file(name));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw error;
      }
      return encryptor.decryptString(encrypted);
    },
    set(name, value) {
      if (!encryptor.isEncryptionAvailable()) {
        throw new AppError('firm_unavailable', 'This computer offers no protected storage for passwords (on Linux, a keyring such as GNOME Keyring or KWallet), so the password was not kept. Unlock or install a keyring and enter it again.');
      }
      mkdirSync(folder, { recursive: true });
      writeFileSync(`${file(name)}.tmp`, encryptor.encryptString(value), { mode: 0o600 });
      renameSync(`${file(name)}.tmp`, file(name));
    },
    delete(name) {
      rmSync(file(name), { force: true });
    },
  };
}
