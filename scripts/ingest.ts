/**
 * `npm run ingest [-- --force]`: knowledge/ → chunks → embeddings → index under
 * INDEX_DIR. Does no work when nothing changed; prints what it did.
 */
import { parseArgs } from 'node:util';
import { loadConfig } from '../src/config/index.js';
import { ensureIndex } from '../src/ingest/ensure-index.js';
import { createEmbeddings } from '../src/models/embeddings.js';
import { runCli } from './run-cli.js';

await runCli(async () => {
  const { values } = parseArgs({ options: { force: { type: 'boolean', default: false } } });
  const config = loadConfig();
  const { embeddings, descriptor } = await createEmbeddings(config.embeddings);
  const report = await ensureIndex({ knowledgeDir: config.knowledgeDir, indexDir: config.indexDir, embeddings, descriptor, force: values.force });
  const what = report.status === 'unchanged' ? 'index up to date, nothing to do' : `index written: ${report.embedded} chunks embedded, ${report.reused} reused, ${report.removed} removed`;
  console.log(`${what} (${report.chunkCount} chunks, ${descriptor.provider}/${descriptor.model}, ${report.elapsedMs.toFixed(0)} ms) → ${config.indexDir}`);
});
