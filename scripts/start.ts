/**
 * `npm start`: builds the index if it is missing or stale (unless
 * INDEX_BUILD_ON_START=false), then serves the API on HOST:PORT (default
 * 127.0.0.1:3000). Logs one `ready` line with the start-up time (ms) and
 * resident memory (MB). SIGHUP reloads the index; SIGTERM/SIGINT shut down
 * gracefully and exit 0.
 *
 * A start-up failure prints one line naming the problem and its fix on
 * stderr (e.g. `error: index_mismatch: The index at … re-run \`npm run ingest\` …`)
 * and exits 1.
 */
import { loadConfig } from '../src/config/index.js';
import { describeStartupError } from '../src/lifecycle/startup-error.js';
import { handleSignals } from '../src/lifecycle/signals.js';
import { startServer } from '../src/server.js';

try {
  const started = performance.now();
  const config = loadConfig();
  const running = await startServer(config);
  const { manifest } = running.pipeline.index;
  running.logger.info(
    {
      url: `http://${config.host}:${running.port}`,
      port: running.port,
      startupMs: Math.round(performance.now() - started),
      chunks: manifest.chunkCount,
      embeddings: `${manifest.embeddings.provider}/${manifest.embeddings.model}`,
      answerer: config.chat.provider === 'none' ? 'extractive' : config.chat.model,
      rssMb: Math.round(process.memoryUsage().rss / 2 ** 20),
    },
    'support-bot ready',
  );
  handleSignals({
    terminate: async (signal) => {
      running.logger.info({ signal }, 'signal received');
      await running.close();
      return 0;
    },
    reload: () => running.reloader.reload('SIGHUP', { force: true }),
  });
} catch (error) {
  console.error(describeStartupError(error));
  process.exit(1);
}
