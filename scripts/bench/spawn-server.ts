import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';

/** A server process started by {@link spawnServer}. */
export interface SpawnedServer {
  child: ChildProcess;
  /** `http://127.0.0.1:<port>`. */
  url: string;
  /** From spawn to the first `200` of `GET /healthz`, ms. */
  readyMs: number;
  /** Sends SIGTERM and waits for the exit (SIGKILL after 10 s). */
  stop(): Promise<void>;
}

/** How to start a server process. */
export interface SpawnOptions {
  /** Node arguments after the executable, e.g. `['--import', 'tsx', 'scripts/start.ts']`; `{port}` is replaced by the port. */
  args: string[];
  /** The child's complete environment (nothing is inherited); `{port}` is replaced by the port. */
  environment: Record<string, string>;
  cwd: string;
  /** File that receives the child's stdout and stderr (its logs). */
  logFile: string;
  /** Give up when /healthz has not answered 200 after this long (ms). */
  readyTimeoutMs: number;
}

/** A free TCP port on 127.0.0.1 (bound, then released). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/**
 * Starts a server on a free loopback port and polls `GET /healthz` every
 * 10 ms until it answers 200: `readyMs` is the start-up time as a client
 * sees it (process start, module loading, index load, listen).
 *
 * @throws Error (with the log's tail) when the child exits or is not ready within `readyTimeoutMs`.
 */
export async function spawnServer(options: SpawnOptions): Promise<SpawnedServer> {
  const port = String(await freePort());
  const fill = (text: string) => text.replaceAll('{port}', port);
  const log = fs.openSync(options.logFile, 'a');
  const started = performance.now();
  const child = spawn(process.execPath, options.args.map(fill), { cwd: options.cwd, env: Object.fromEntries(Object.entries(options.environment).map(([key, value]) => [key, fill(value)])), stdio: ['ignore', log, log] });
  fs.closeSync(log);
  let exited = false;
  const exit = new Promise<void>((resolve) => child.once('exit', () => ((exited = true), resolve())));
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (exited) return;
    child.kill('SIGTERM');
    const killer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await exit;
    clearTimeout(killer);
  };
  const attempts = Math.ceil(options.readyTimeoutMs / 10);
  for (let attempt = 0; attempt < attempts && !exited; attempt += 1) {
    if (await healthy(url)) return { child, url, readyMs: performance.now() - started, stop };
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  await stop();
  const tail = fs.readFileSync(options.logFile, 'utf8').slice(-2000);
  throw new Error(`server ${options.args.join(' ')} ${exited ? 'exited' : `was not ready after ${options.readyTimeoutMs} ms`}: ${tail.trim()}`);
}

async function healthy(url: string): Promise<boolean> {
  try {
    const response = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(1000) });
    await response.arrayBuffer();
    return response.status === 200;
  } catch {
    return false;
  }
}
