import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { AppError } from '../../errors.js';
import type { Pipeline } from '../../pipeline.js';
import { chatRoutes } from './chat/route.js';
import { createErrorHandler } from './error-handler.js';
import { healthRoutes } from './health-route.js';

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
}

/**
 * The Hono app: routes are thin (validate, call `answer/`, return JSON);
 * errors become `{error: {code, message}}` in one handler; unknown routes 404 JSON.
 */
export function createApp(dependencies: AppDependencies): Hono {
  const app = new Hono();
  app.use(
    '*',
    bodyLimit({
      maxSize: dependencies.maxBodyBytes,
      onError: () => {
        throw new AppError('payload_too_large', `The request body is larger than ${dependencies.maxBodyBytes} bytes. Shorten the question (at most 4000 characters) or the history.`);
      },
    }),
  );
  app.route('/', healthRoutes(dependencies.pipeline, dependencies.answerer));
  app.route('/', chatRoutes(() => dependencies.pipeline().answerer));
  app.notFound(() => {
    throw new AppError('not_found', 'No such route. The API has POST /v1/chat and GET /healthz.');
  });
  app.onError(createErrorHandler(dependencies.logError));
  return app;
}
