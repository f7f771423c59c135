import { AppError } from '../../../shared/ipc/result';
import type { FirmSettings } from '../../../shared/firm/firm-schemas';

/** Refusals about the library's schema, already in the user's words. */
export class FirmSchemaError extends AppError {
  constructor(message: string) {
    super('firm_unavailable', message);
  }
}

const CERTIFICATE_CODES = new Set([
  'SELF_SIGNED_CERT_IN_CHAIN',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'CERT_HAS_EXPIRED',
  'ERR_TLS_CERT_ALTNAME_INVALID',
]);
const UNREACHABLE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'EPIPE']);

const OFFLINE_NOTE = 'Everything keeps working on this laptop meanwhile.';

/**
 * What went wrong talking to the firm library, in the user's words: which setting to check or whom
 * to ask. The password is never part of the words, whatever the driver said.
 */
export function explainFirmError(error: unknown, settings: Pick<FirmSettings, 'host' | 'port' | 'database' | 'user'>, password: string | null): AppError {
  if (error instanceof AppError) return scrub(error, password);
  const code = String((error as { code?: unknown } | null)?.code ?? '');
  const text = error instanceof Error ? error.message : String(error);
  const where = `${settings.host}:${settings.port}`;
  let message: string;
  if (code === '28P01' || code === '28000') {
    message = `The firm library refused the user “${settings.user}” with this password. Check the user and password in Settings → Firm library, or ask the firm’s administrator.`;
  } else if (code === '3D000') {
    message = `The server at ${where} has no database “${settings.database}”. Check the database name with the firm’s administrator.`;
  } else if (code === '42501') {
    message = `The user “${settings.user}” may not do this in the firm library (it may be an engagement restricted to other consultants, or the user is not one of the firm’s consultants). Ask the firm’s administrator or the engagement’s publisher.`;
  } else if (code === '3F000' || code === '42P01') {
    message = `The database “${settings.database}” holds no firm library yet. Ask the firm’s administrator to set it up (docs/firm-library.md).`;
  } else if (CERTIFICATE_CODES.has(code)) {
    message = `The server’s certificate could not be verified against the firm’s CA file, so nothing was sent. Choose the CA file your administrator gave you in Settings → Firm library.`;
  } else if (/does not support SSL/i.test(text)) {
    message = `The server at ${where} does not offer TLS, and the firm library requires it by default. Ask the firm’s administrator to enable TLS on the server.`;
  } else if (UNREACHABLE_CODES.has(code) || /timeout|terminat|Connection ended|closed/i.test(text) || /^(57P01|57P02|57P03|08\d{3})$/.test(code)) {
    message = `The firm library at ${where} could not be reached. Check that this laptop is on the firm’s network (or VPN) and try again. ${OFFLINE_NOTE}`;
  } else {
    return new AppError('firm_unavailable', `The firm library could not do this${code ? ` (PostgreSQL code ${code})` : ''}. Try again; if it keeps happening, tell the firm’s administrator. ${OFFLINE_NOTE}`, undefined, {
      cause: scrubbedCause(error, password),
    });
  }
  return new AppError('firm_unavailable', message);
}

/** The same words with the password taken out, should a driver ever have echoed it. */
export function scrubSecret(text: string, password: string | null): string {
  return password ? text.split(password).join('•••') : text;
}

function scrub(error: AppError, password: string | null): AppError {
  return password && error.message.includes(password) ? new AppError(error.code, scrubSecret(error.message, password)) : error;
}

function scrubbedCause(error: unknown, password: string | null): Error {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return new Error(scrubSecret(text, password));
}
