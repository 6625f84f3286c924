import { Hono } from 'hono';
import type { Pipeline } from '../../pipeline.js';

/** Body of `GET /healthz`. */
export interface Health {
  status: 'ok';
  index: { loaded: true; chunks: number; builtAt: string; embeddings: { provider: string; model: string; dimensions: number } };
  answerer: 'extractive' | 'llm';
}

/** `GET /healthz` → 200 with the loaded index's chunk count, build time and embeddings. */
export function healthRoutes(pipeline: () => Pipeline, answerer: 'extractive' | 'llm') {
  return new Hono().get('/healthz', (context) => {
    const { manifest } = pipeline().index;
    return context.json<Health>({ status: 'ok', index: { loaded: true, chunks: manifest.chunkCount, builtAt: manifest.builtAt, embeddings: manifest.embeddings }, answerer });
  });
}
