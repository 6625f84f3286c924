import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { AppError } from '../../errors.js';
import type { Pipeline } from '../../pipeline.js';
import { chatRoutes } from './chat/route.js';
import { createErrorHandler } from './error-handler.js';
import { healthRoutes } from './health-route.js';
import { channelRateLimits, useOperations, useRateLimits, type HttpOperations } from './middleware/operations.js';
import { assistRoutes, type AssistRouteDependencies } from '../assist/route.js';
import { slackRoutes, type SlackOptions } from '../slack/route.js';
import { apiCors, widgetRoutes, type WidgetOptions } from '../widget/index.js';
import { createMemoryFeedbackStore, withAnswerIds, type FeedbackStore } from '../../feedback/index.js';

/** Routes that take only POST: another method on them gets 405 with `Allow: POST` (RFC 9110 §15.5.6), not 404. */
const postOnlyRoutes = new Set(['/v1/chat', '/v1/chat/stream', '/v1/feedback', '/v1/assist', '/slack/commands']);

/** What the HTTP app needs. */
export interface AppDependencies {
  /** Returns the current pipeline (a getter, so an index reload can swap it). */
  pipeline: () => Pipeline;
  /** Which answerer the pipeline uses, for /healthz. */
  answerer: 'extractive' | 'llm';
  /** Largest accepted request body, in bytes. */
  maxBodyBytes: number;
  /** Receives unexpected errors (default console.error). */
  logError?: (message: string, error: unknown) => void;
  /** Agent assist (`POST /v1/assist`, staff API keys); the route is mounted only when given. */
  assist?: AssistRouteDependencies;
  /** Slack slash command (`POST /slack/commands`); without a signing secret it answers 503. */
  slack?: SlackOptions;
  /** Access log, metrics (`GET /metrics`), request timeout, rate limits, drain; absent: only the request id. */
  operations?: HttpOperations;
  /** Keeps answers (for feedback and the gaps report) and ratings; default: in memory, lost on restart. */
  feedbackStore?: FeedbackStore;
  /** The chat widget: CORS origins, hand-off URL, answer streaming, guide pages (see `channels/widget`). */
  widget?: WidgetOptions;
}

/**
 * The Hono app: routes are thin (validate, call `answer/`, return JSON);
 * errors become `{error: {code, message}}` in one handler; unknown routes 404 JSON, a known route with the wrong method 405.
 */
export function createApp(dependencies: AppDependencies): Hono {
  const app = new Hono();
  useOperations(app, dependencies.operations);
  // Before the body limit and rate limits, so a browser on an allowed origin can read their errors too.
  app.use('/v1/*', apiCors(dependencies.widget?.allowedOrigins ?? []));
  app.use(
    '*',
    bodyLimit({
      maxSize: dependencies.maxBodyBytes,
      onError: () => {
        throw new AppError('payload_too_large', `The request body is larger than ${dependencies.maxBodyBytes} bytes. Shorten the question (at most 4000 characters) or the history.`);
      },
    }),
  );
  useRateLimits(app, dependencies.operations);
  // Assist and Slack count requests only once the key or signature is verified, so these limiters run inside their routes.
  const limits = channelRateLimits(dependencies.operations);
  app.route('/', healthRoutes(dependencies.pipeline, dependencies.answerer));
  const logError = dependencies.logError ?? ((message: string, error: unknown) => console.error(message, error));
  const feedbackStore = dependencies.feedbackStore ?? createMemoryFeedbackStore();
  app.route('/', chatRoutes(() => withAnswerIds(dependencies.pipeline().answerer, feedbackStore, { logError })));
  app.route('/', widgetRoutes({ ...dependencies.widget, pipeline: dependencies.pipeline, store: feedbackStore, logError }));
  if (dependencies.assist) app.route('/', assistRoutes({ ...dependencies.assist, rateLimit: limits.assist }));
  app.route('/', slackRoutes(() => dependencies.pipeline().answerer, { logError: dependencies.logError, ...dependencies.slack, rateLimit: limits.slack }));
  app.notFound((context) => {
    if (postOnlyRoutes.has(context.req.path)) {
      context.header('Allow', 'POST');
      throw new AppError('method_not_allowed', `${context.req.method} is not allowed on ${context.req.path}: send POST with a JSON body (see README § HTTP API).`);
    }
    throw new AppError('not_found', 'No such route. The API has POST /v1/chat, POST /v1/chat/stream, POST /v1/feedback, POST /v1/assist (staff) and GET /healthz.');
  });
  app.onError(createErrorHandler(dependencies.logError));
  return app;
}
