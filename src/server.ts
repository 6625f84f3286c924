import type { ServerType } from '@hono/node-server';
import type { Hono } from 'hono';
import { followPipeline } from './index-reload/follow-pipeline.js';
import { createIndexReloader, type IndexReloader, type ReloadOutcome } from './index-reload/index-reloader.js';
import { collectGarbage } from './lifecycle/collect-garbage.js';
import { shutdownGracefully, type ShutdownReport } from './lifecycle/graceful-shutdown.js';
import { listen } from './lifecycle/listen.js';
import { errorLogger } from './observability/error-log.js';
import { createLogger, type Logger } from './observability/logger.js';
import { createMetrics, type Metrics } from './observability/metrics.js';
import { observePipeline } from './observability/observed-answerer.js';
import { recordReloads, reportModelErrors } from './observability/pipeline-events.js';
import { createTicketAssistantFromConfig } from './answer/assist/index.js';
import { createApp } from './channels/http/app.js';
import { chatModelStreamer, type WidgetOptions } from './channels/widget/index.js';
import { createSqliteFeedbackStore } from './feedback/index.js';
import { loadChatModel } from './models/load-chat-model.js';
import type { Config } from './config/index.js';
import { createPipeline, type Pipeline } from './pipeline.js';

/** A running server. */
export interface RunningServer {
  server: ServerType;
  /** The pipeline serving now (changes when the index is reloaded). */
  readonly pipeline: Pipeline;
  /** Actual port (useful with `PORT=0`). */
  port: number;
  logger: Logger;
  metrics: Metrics;
  /** Reloads the index (SIGHUP); also watches INDEX_DIR when INDEX_WATCH_INTERVAL_MS > 0. */
  reloader: IndexReloader;
  /** The HTTP app itself (for `app.request()` in tests). */
  app: Hono;
  /** Graceful shutdown: stops accepting, lets open requests finish (up to SHUTDOWN_TIMEOUT_MS), then closes the stores. Never throws. */
  close(): Promise<ShutdownReport>;
}

/** Seams for tests. */
export interface StartOptions {
  /** Default: JSON lines on stdout at LOG_LEVEL. */
  logger?: Logger;
}

/**
 * Composition root: config → logger, metrics → pipeline (index built if
 * missing or stale, unless INDEX_BUILD_ON_START=false) behind the index
 * reloader → HTTP app with the production middleware → listen on
 * `config.host:config.port`.
 *
 * @throws {AppError} from {@link createPipeline} (index or configuration problems, each naming the fix);
 *   `config_invalid` when the agent-assist questions file is invalid;
 *   the `listen` error (`EADDRINUSE`, …) from {@link listen}.
 */
export async function startServer(config: Config, options: StartOptions = {}): Promise<RunningServer> {
  const { operations } = config;
  const logger = options.logger ?? createLogger(operations.log);
  const metrics = createMetrics();
  const observation = { metrics, logQuestions: operations.log.questions, redactEmails: operations.log.redactEmails };
  const loadPipeline = async (ensureIndex: boolean) => observePipeline(await createPipeline(config, { ensureIndex, onModelError: reportModelErrors(logger, metrics) }), observation);
  const initial = await loadPipeline(operations.index.buildOnStart);
  collectGarbage(); // the load's garbage, before serving (see collectGarbage)
  const recordReload = recordReloads(metrics);
  const onReload = (outcome: ReloadOutcome, serving: Pipeline) => {
    recordReload(outcome, serving);
    if (outcome.status === 'swapped') assistant.forget(); // it holds the old pipeline until its next use
    if (outcome.status !== 'unchanged') collectGarbage(); // the load's garbage and the old pipeline (unless requests still hold it)
  };
  const reloader = createIndexReloader({ initial, indexDir: config.indexDir, load: () => loadPipeline(false), watchIntervalMs: operations.index.watchIntervalMs, logger, onOutcome: onReload });
  metrics.observeIndex(reloader.current().index.manifest);
  const chatModel = await loadChatModel(config.chat);
  const assistant = followPipeline(reloader.current, (pipeline) => createTicketAssistantFromConfig(pipeline, config, chatModel));
  const feedbackStore = createSqliteFeedbackStore({ path: config.feedbackDbPath });
  const widget: WidgetOptions = {
    allowedOrigins: config.allowedOrigins,
    handoffUrl: config.handoffUrl,
    knowledgeDir: config.knowledgeDir,
    ...(chatModel && config.chat.provider !== 'none' ? { streamAnswer: chatModelStreamer({ model: chatModel, extractive: () => reloader.current().extractive, timeoutMs: config.chat.timeoutMs, onModelError: reportModelErrors(logger, metrics) }) } : {}),
  };
  const drain = { draining: false };
  const httpOperations = { logger, metrics, requestTimeoutMs: operations.requestTimeoutMs, rateLimits: operations.rateLimits, trustedProxyHops: operations.trustedProxyHops, drain };
  const app = createApp({ pipeline: reloader.current, answerer: config.chat.provider === 'none' ? 'extractive' : 'llm', maxBodyBytes: config.maxBodyBytes, logError: errorLogger(logger), slack: { ...config.slack, handoffUrl: config.handoffUrl }, assist: { assistant, keys: config.assist.apiKeys, logAuthFailure: (failure) => logger.warn(failure, 'assist authentication failed') }, feedbackStore, widget, operations: httpOperations });
  let listening;
  try {
    listening = await listen(app.fetch, config.host, config.port);
  } catch (error) {
    reloader.close();
    await feedbackStore.close();
    throw error;
  }
  const { server, port } = listening;
  const closers = [
    { name: 'index watcher', close: () => reloader.close() },
    { name: 'feedback store', close: () => feedbackStore.close() },
  ];
  return {
    server,
    get pipeline() {
      return reloader.current();
    },
    port,
    logger,
    metrics,
    reloader,
    app,
    close: () => shutdownGracefully({ server, drain, timeoutMs: operations.shutdownTimeoutMs, closers, logger }),
  };
}
