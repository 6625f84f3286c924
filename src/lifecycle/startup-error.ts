import { isAppError } from '../errors.js';

/**
 * One line for an error that stopped start-up, naming the problem and its
 * fix: an AppError's `code: message` (config, index and embeddings errors
 * already name their fix), or for the common `listen` failures a sentence
 * naming the variable to change. Line breaks are flattened.
 */
export function describeStartupError(error: unknown): string {
  return `error: ${explain(error)}`.replace(/\s*\n\s*/g, ' ');
}

function explain(error: unknown): string {
  if (isAppError(error)) return `${error.code}: ${error.message}`;
  const fields = (typeof error === 'object' && error !== null ? error : {}) as { code?: unknown; address?: unknown; port?: unknown; message?: unknown };
  const where = `${String(fields.address ?? 'the address')}:${String(fields.port ?? '?')}`;
  switch (fields.code) {
    case 'EADDRINUSE':
      return `port_in_use: ${where} is already in use; stop the other process or set PORT to a free port.`;
    case 'EACCES':
      return `port_forbidden: not allowed to listen on ${where}; use a PORT above 1023 or run with the needed privilege.`;
    case 'EADDRNOTAVAIL':
      return `host_unavailable: ${String(fields.address ?? 'HOST')} is not an address of this machine; set HOST to 127.0.0.1 (local) or 0.0.0.0 (all interfaces).`;
    default:
      return `startup_failed: ${typeof fields.message === 'string' ? fields.message : String(error)}`;
  }
}
