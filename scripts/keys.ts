/**
 * `npm run keys -- create --scope assist:read [--scope …] [--id NAME]`: prints
 * a new staff API key for POST /v1/assist (shown once; give it to the tool
 * that calls the API) and the `ASSIST_API_KEYS` entry to add to the server's
 * configuration (the key's SHA-256 hash; the key itself is never stored).
 * `npm run keys -- hash` reads a key from stdin and prints its SHA-256 hash.
 * Revoke a key by removing its entry and restarting the server.
 */
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { apiKeyScopePattern } from '../src/config/assist-api-keys.js';
import { generateApiKey, hashApiKey } from '../src/channels/assist/api-keys.js';
import { runCli } from './run-cli.js';

const usage = 'Usage: npm run keys -- create --scope assist:read [--scope …] [--id NAME]  |  npm run keys -- hash < key.txt';

await runCli(async () => {
  const { positionals, values } = parseArgs({ allowPositionals: true, options: { scope: { type: 'string', multiple: true }, id: { type: 'string' } } });
  const [command] = positionals;
  if (command === 'hash') {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    console.log(hashApiKey(Buffer.concat(chunks).toString('utf8').trim()));
    return;
  }
  if (command !== 'create') throw new Error(usage);
  const scopes = values.scope ?? [];
  if (scopes.length === 0) throw new Error(`Give at least one --scope (e.g. --scope assist:read). ${usage}`);
  const bad = scopes.find((scope) => !apiKeyScopePattern.test(scope));
  if (bad) throw new Error(`Scope "${bad}" must look like "assist:read".`);
  const generated = generateApiKey(values.id ?? `key-${randomBytes(3).toString('hex')}`, scopes);
  console.log(`API key (shown once; give it to the caller, never commit it):\n  ${generated.key}\n`);
  console.log(`SHA-256: ${generated.sha256}\n`);
  console.log(`Add this line to ASSIST_API_KEYS (one entry per line) and restart the server:\n  ${generated.entry}`);
});
