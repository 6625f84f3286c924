import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig, type Config } from '../config/index.js';
import { createPipeline, type Pipeline, type PipelineOptions } from '../pipeline.js';

/**
 * Test helper: the real pipeline over the real guide, with its index built in
 * a fresh temporary directory (so tests never touch `data/`) and the offline
 * defaults (no chat model), whatever the environment says.
 *
 * @param overrides - environment variables to set on top of the defaults.
 */
export async function createTestPipeline(overrides: Record<string, string> = {}, options: PipelineOptions = {}): Promise<{ pipeline: Pipeline; config: Config; indexDir: string }> {
  const indexDir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'support-bot-test-')), 'index');
  const config = loadConfig({ INDEX_DIR: indexDir, EMBEDDINGS_CACHE_DIR: process.env.EMBEDDINGS_CACHE_DIR ?? '.cache', ...overrides });
  return { pipeline: await createPipeline(config, options), config, indexDir };
}
