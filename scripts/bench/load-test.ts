import autocannon from 'autocannon';
import { processMemory } from './machine.js';

/** What one load test measured. */
export interface LoadFigures {
  /** Mean completed requests per second. */
  requestsPerSecond: number;
  /** Latency percentiles, ms (autocannon's HDR histogram). */
  p50Ms: number;
  p99Ms: number;
  requests: number;
  /** Connection errors + timeouts + non-2xx answers: should be 0. */
  failures: number;
  /** Highest resident memory of the server process sampled during the load (every 100 ms), MiB; undefined without /proc. */
  peakRssMib?: number;
}

/** Load-test settings. */
export interface LoadOptions {
  url: string;
  /** Concurrent connections (bounded). */
  connections: number;
  /** Length of the test, seconds (bounded). */
  durationSeconds: number;
  /** Questions sent in turn as `POST /v1/chat` bodies. */
  questions: string[];
  /** Server process whose memory to sample. */
  pid?: number;
}

/**
 * `POST /v1/chat` with autocannon on loopback: `connections` clients send
 * the questions in turn for `durationSeconds`, each waiting for its answer
 * (no pipelining). Samples the server's resident memory meanwhile.
 */
export async function loadTest(options: LoadOptions): Promise<LoadFigures> {
  let peakRssMib: number | undefined;
  const sample = () => {
    const memory = options.pid ? processMemory(options.pid) : undefined;
    if (memory) peakRssMib = Math.max(peakRssMib ?? 0, memory.currentMib);
  };
  const sampler = setInterval(sample, 100);
  try {
    const result = await autocannon({
      url: options.url,
      connections: options.connections,
      duration: options.durationSeconds,
      timeout: 30,
      requests: options.questions.map((question) => ({ method: 'POST', path: '/v1/chat', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ question }) })),
    });
    sample();
    return {
      requestsPerSecond: result.requests.average,
      p50Ms: result.latency.p50,
      p99Ms: result.latency.p99,
      requests: result.requests.total,
      failures: result.errors + result.timeouts + result.non2xx,
      ...(peakRssMib === undefined ? {} : { peakRssMib }),
    };
  } finally {
    clearInterval(sampler);
  }
}
