/**
 * Prometheus metrics (prom-client), served at `GET /metrics` in the text
 * exposition format 0.0.4. Names follow Prometheus' naming guide: a
 * `support_bot_` prefix, base units (seconds), `_total` on counters.
 */
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

import type { Manifest } from '../vector-index/manifest.js';

/** Request latency buckets, in seconds: from a cached health check to a slow chat model. */
export const latencyBucketsSeconds = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 20, 30];

/** The service's metrics, all in one {@link Registry}. */
export interface Metrics {
  registry: Registry;
  /** Finished HTTP requests by route pattern (e.g. `/v1/chat`, `unmatched`), method and status. */
  httpRequests: Counter<'route' | 'method' | 'status'>;
  /** HTTP request latency in seconds, same labels. */
  httpDuration: Histogram<'route' | 'method' | 'status'>;
  /** Answers given, by answerer (`extractive`, `llm`). */
  answers: Counter<'answerer'>;
  /** Answers where the guide did not cover the question. */
  abstentions: Counter;
  /** Answers where the chat model failed and the extractive answer was sent. */
  degradedAnswers: Counter;
  /** Chat model failures by code (`model_timeout`, `model_unavailable`). */
  modelErrors: Counter<'code'>;
  /** Requests refused with 429, by limiter (`chat`, `assist`, `slack`). */
  rateLimited: Counter<'limiter'>;
  /** Index reload attempts by outcome (`swapped`, `rejected`, `unchanged`). */
  indexReloads: Counter<'outcome'>;
  /** Chunks in the index being served. */
  indexChunks: Gauge;
  /** How long building the served index took, in seconds (from its manifest). */
  indexBuildSeconds: Gauge;
  /** When the served index was built, in seconds since the Unix epoch. */
  indexBuiltAt: Gauge;
  /** Sets the index gauges from the manifest of the index now served. */
  observeIndex(manifest: Manifest): void;
}

/**
 * Creates a fresh registry with the service's metrics.
 *
 * @param options.defaultMetrics - also collect Node.js process metrics (memory, CPU, event-loop lag, GC; default true).
 */
export function createMetrics(options: { defaultMetrics?: boolean } = {}): Metrics {
  const registry = new Registry();
  if (options.defaultMetrics ?? true) collectDefaultMetrics({ register: registry, prefix: 'support_bot_' });
  const registers = [registry];
  const httpLabels = ['route', 'method', 'status'] as const;
  const metrics: Omit<Metrics, 'observeIndex'> = {
    registry,
    httpRequests: new Counter({ name: 'support_bot_http_requests_total', help: 'HTTP requests by route, method and status.', labelNames: httpLabels, registers }),
    httpDuration: new Histogram({ name: 'support_bot_http_request_duration_seconds', help: 'HTTP request latency in seconds.', labelNames: httpLabels, buckets: latencyBucketsSeconds, registers }),
    answers: new Counter({ name: 'support_bot_answers_total', help: 'Answers given, by answerer.', labelNames: ['answerer'], registers }),
    abstentions: new Counter({ name: 'support_bot_abstentions_total', help: 'Answers where the guide did not cover the question.', registers }),
    degradedAnswers: new Counter({ name: 'support_bot_degraded_answers_total', help: 'Answers from the guide after the chat model failed.', registers }),
    modelErrors: new Counter({ name: 'support_bot_model_errors_total', help: 'Chat model failures by error code.', labelNames: ['code'], registers }),
    rateLimited: new Counter({ name: 'support_bot_rate_limited_total', help: 'Requests refused with 429, by limiter.', labelNames: ['limiter'], registers }),
    indexReloads: new Counter({ name: 'support_bot_index_reloads_total', help: 'Index reload attempts by outcome.', labelNames: ['outcome'], registers }),
    indexChunks: new Gauge({ name: 'support_bot_index_chunks', help: 'Chunks in the served index.', registers }),
    indexBuildSeconds: new Gauge({ name: 'support_bot_index_build_duration_seconds', help: 'Build time of the served index, in seconds.', registers }),
    indexBuiltAt: new Gauge({ name: 'support_bot_index_built_timestamp_seconds', help: 'When the served index was built (Unix time, seconds).', registers }),
  };
  return {
    ...metrics,
    observeIndex(manifest) {
      metrics.indexChunks.set(manifest.chunkCount);
      metrics.indexBuildSeconds.set(manifest.buildMs / 1000);
      metrics.indexBuiltAt.set(Date.parse(manifest.builtAt) / 1000);
    },
  };
}
