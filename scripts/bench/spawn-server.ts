import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';

/** A server process started by {@link spawnServer}. */
export interface SpawnedServer {
  /** The process spawned (for `npm start`, npm itself; the server is a descendant in its process group). */
  child: ChildProcess;
  /** `http://127.0.0.1:<port>`. */
  url: string;
  /** From spawn to the first `200` of `GET /healthz`, ms. */
  readyMs: number;
  /** The file receiving its stdout and stderr. */
  logFile: string;
  /** Sends SIGTERM to the child's process group and waits for the child's exit (SIGKILL to the group after 10 s). */
  stop(): Promise<void>;
}

/** How to start a server process. */
export interface SpawnOptions {
  /** The executable (default: this Node.js), e.g. `npm`. */
  command?: string;
  /** Arguments after the executable, e.g. `['dist/server/start.mjs']` or `['start']`; `{port}` is replaced by the port. */
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
 * Starts a server on a free loopback port, in a process group of its own
 * (so `npm start` and the server under it are stopped together), and polls
 * `GET /healthz` every 10 ms until it answers 200: `readyMs` is the start-up
 * time as a client sees it (process start, module loading, index load, listen).
 *
 * @throws Error (with the log's tail) when the child exits or is not ready within `readyTimeoutMs`.
 */
export async function spawnServer(options: SpawnOptions): Promise<SpawnedServer> {
  const port = String(await freePort());
  const fill = (text: string) => text.replaceAll('{port}', port);
  const log = fs.openSync(options.logFile, 'a');
  const started = performance.now();
  const child = spawn(options.command ?? process.execPath, options.args.map(fill), { cwd: options.cwd, env: Object.fromEntries(Object.entries(options.environment).map(([key, value]) => [key, fill(value)])), stdio: ['ignore', log, log], detached: true });
  fs.closeSync(log);
  let exited = false;
  const exit = new Promise<void>((resolve) => child.once('exit', () => ((exited = true), resolve())));
  const url = `http://127.0.0.1:${port}`;
  /** Sends `signal` to the child's process group; false when no process of it is left. */
  const signalGroup = (signal: NodeJS.Signals | 0) => {
    try {
      process.kill(-child.pid!, signal);
      return true;
    } catch {
      return false;
    }
  };
  const stop = async () => {
    signalGroup('SIGTERM');
    const killer = setTimeout(() => signalGroup('SIGKILL'), 10_000);
    await exit;
    // npm exits before the server under it has shut down: wait for the rest of the group (at most 10 s).
    for (let waited = 0; waited < 10_000 && signalGroup(0); waited += 20) await new Promise((resolve) => setTimeout(resolve, 20));
    clearTimeout(killer);
  };
  const attempts = Math.ceil(options.readyTimeoutMs / 10);
  for (let attempt = 0; attempt < attempts && !exited; attempt += 1) {
    if (await healthy(url)) return { child, url, readyMs: performance.now() - started, logFile: options.logFile, stop };
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  await stop();
  const tail = fs.readFileSync(options.logFile, 'utf8').slice(-2000);
  throw new Error(`server ${[options.command ?? 'node', ...options.args].join(' ')} ${exited ? 'exited' : `was not ready after ${options.readyTimeoutMs} ms`}: ${tail.trim()}`);
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
