/**
 * Where the firm library's password is kept: main keeps it encrypted with the operating system's
 * protection (Electron safeStorage) in a file of its own, never in the SQLite file.
 */
export interface SecretStore {
  get(name: string): string | null;
  set(name: string, value: string): void;
  delete(name: string): void;
}

export const FIRM_PASSWORD_SECRET = 'firm-library-password';

/** Secrets held only for as long as the process lives: a headless core's, and the tests'. */
export function createMemorySecretStore(): SecretStore {
  const secrets = new Map<string, string>();
  return {
    get: (name) => secrets.get(name) ?? null,
    set: (name, value) => void secrets.set(name, value),
    delete: (name) => void secrets.delete(name),
  };
}
