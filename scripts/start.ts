/**
 * `npm start`: builds the index if it is missing or stale, then serves the API
 * on HOST:PORT (default 127.0.0.1:3000). Prints one line when ready, with the
 * start-up time (ms) and resident memory (MB).
 */
import { loadConfig } from '../src/config/index.js';
import { startServer } from '../src/server.js';
import { runCli } from './run-cli.js';

await runCli(async () => {
  const started = performance.now();
  const config = loadConfig();
  const running = await startServer(config);
  const { manifest } = running.pipeline.index;
  const rssMb = (process.memoryUsage().rss / 2 ** 20).toFixed(0);
  console.log(
    `support-bot ready on http://${config.host}:${running.port} in ${(performance.now() - started).toFixed(0)} ms ` +
      `(${manifest.chunkCount} chunks, ${manifest.embeddings.provider}/${manifest.embeddings.model}, answerer ${config.chat.provider === 'none' ? 'extractive' : config.chat.model}, rss ${rssMb} MB)`,
  );
  const stop = () => {
    console.log('shutting down: finishing open requests');
    running.close().then(() => process.exit(0), () => process.exit(1));
    setTimeout(() => process.exit(0), 10_000).unref();
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
});
