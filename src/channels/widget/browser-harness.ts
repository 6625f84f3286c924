/**
 * For the widget's browser tests: the real server on 127.0.0.1 (port 0, fresh
 * index and feedback database in a temporary folder, offline answerer) and
 * Debian's headless Chromium driven by playwright-core. Tests only.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

import { loadConfig } from '../../config/index.js';
import { startServer, type RunningServer } from '../../server.js';

/** Where `apt-get install -y chromium` puts the browser. */
export const chromiumPath = '/usr/bin/chromium';

/** A running test server. */
export interface TestServer {
  running: RunningServer;
  /** e.g. `http://127.0.0.1:41234` */
  origin: string;
  /** The SQLite file the server stores answers and feedback in. */
  feedbackDbPath: string;
  handoffUrl: string;
}

/** Starts the real server with the offline defaults, whatever the environment says. */
export async function startTestServer(): Promise<TestServer> {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'support-bot-widget-'));
  const feedbackDbPath = path.join(directory, 'feedback.sqlite');
  const handoffUrl = 'https://support.planasonix.com/contact';
  const config = loadConfig({
    HOST: '127.0.0.1',
    PORT: '0',
    INDEX_DIR: path.join(directory, 'index'),
    FEEDBACK_DB_PATH: feedbackDbPath,
    HANDOFF_URL: handoffUrl,
    LOG_LEVEL: 'warn',
    EMBEDDINGS_CACHE_DIR: process.env.EMBEDDINGS_CACHE_DIR ?? '.cache',
  });
  const running = await startServer(config);
  return { running, origin: `http://127.0.0.1:${running.port}`, feedbackDbPath, handoffUrl };
}

/**
 * Launches headless Chromium with a fresh profile (no sandbox: CI runs as root).
 *
 * @throws {Error} naming the install command when Chromium is missing.
 */
export async function launchChromium(): Promise<BrowserContext> {
  if (!fs.existsSync(chromiumPath)) {
    throw new Error(`The widget's browser tests need Chromium at ${chromiumPath}: run "apt-get update && apt-get install -y chromium" (as .ci/run does).`);
  }
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'support-bot-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    viewport: { width: 1100, height: 760 },
  });
  context.setDefaultTimeout(10_000);
  return context;
}
