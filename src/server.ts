import { serve, type ServerType } from '@hono/node-server';
import { createApp } from './channels/http/app.js';
import type { Config } from './config/index.js';
import { createPipeline, type Pipeline } from './pipeline.js';

/** A running server. */
export interface RunningServer {
  server: ServerType;
  pipeline: Pipeline;
  /** Actual port (useful with `PORT=0`). */
  port: number;
  /** Stops accepting connections and resolves when open ones have finished. */
  close(): Promise<void>;
}

/**
 * Composition root: config → pipeline (index built if missing or stale) →
 * HTTP app → listen on `config.host:config.port`.
 *
 * @throws {AppError} from {@link createPipeline} (index or configuration problems, each naming the fix).
 */
export async function startServer(config: Config): Promise<RunningServer> {
  const pipeline = await createPipeline(config);
  const app = createApp({ pipeline: () => pipeline, answerer: config.chat.provider === 'none' ? 'extractive' : 'llm', maxBodyBytes: config.maxBodyBytes });
  const server = await new Promise<ServerType>((resolve) => {
    const listening = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, () => resolve(listening));
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  return {
    server,
    pipeline,
    port,
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
