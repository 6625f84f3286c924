/**
 * Test helper: the real server (`startServer`, the production composition)
 * on 127.0.0.1 with an ephemeral port, its index and feedback database in a
 * fresh temporary directory, and its log captured in memory.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { loadConfig, type Config } from '../config/index.js';
import { captureLog, type CapturedLog } from '../observability/captured-log.js';
import { startServer, type RunningServer } from '../server.js';

/** A running test server. */
export interface TestServer {
  running: RunningServer;
  config: Config;
  /** `http://127.0.0.1:<port>` */
  url: string;
  log: CapturedLog;
  /** The temporary directory holding `index/` and `feedback.sqlite`. */
  root: string;
}

/**
 * Starts the server with offline defaults (no chat model, no index watching)
 * plus `overrides` (environment variables).
 *
 * @param options.keepLog - keep log lines in memory (default true; false for load tests, which only count them).
 */
export async function startTestServer(overrides: Record<string, string> = {}, options: { keepLog?: boolean } = {}): Promise<TestServer> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'support-bot-server-'));
  const config = loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    INDEX_DIR: path.join(root, 'index'),
    FEEDBACK_DB_PATH: path.join(root, 'feedback.sqlite'),
    EMBEDDINGS_CACHE_DIR: process.env.EMBEDDINGS_CACHE_DIR ?? '.cache',
    INDEX_WATCH_INTERVAL_MS: '0',
    ...overrides,
  });
  const log = captureLog(config.operations.log.level, { keep: options.keepLog ?? true });
  const running = await startServer(config, { logger: log.logger });
  return { running, config, url: `http://127.0.0.1:${running.port}`, log, root };
}
