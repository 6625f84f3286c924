import path from 'node:path';
import { Hono } from 'hono';

import type { FeedbackStore } from '../../feedback/feedback-store.js';
import type { Pipeline } from '../../pipeline.js';
import { assetRoutes } from './asset-routes.js';
import { feedbackRoutes } from './feedback-route.js';
import { singlePieceStreamer, type AnswerStreamer } from './stream-answer.js';
import { streamRoutes } from './stream-route.js';

/** Widget settings, from config. All optional. */
export interface WidgetOptions {
  /** Origins whose pages may call `/v1/*` from a browser (`ALLOWED_ORIGINS`); default none (same origin only). */
  allowedOrigins?: string[];
  /** Support contact page offered when the bot abstains (`HANDOFF_URL`); default `https://support.planasonix.com/contact`. */
  handoffUrl?: string;
  /** Streams answers; default: the pipeline's answerer in one piece (`chatModelStreamer` streams model tokens). */
  streamAnswer?: AnswerStreamer;
  /** Absolute path of the knowledge directory, for `/guide/…`; default `./knowledge`. */
  knowledgeDir?: string;
}

/** What {@link widgetRoutes} needs besides {@link WidgetOptions}. */
export interface WidgetDependencies extends WidgetOptions {
  pipeline: () => Pipeline;
  store: FeedbackStore;
  logError: (message: string, error: unknown) => void;
}

/**
 * Everything the chat widget uses: `POST /v1/chat/stream`, `POST /v1/feedback`,
 * `GET /widget.js`, the demo page `GET /` and `GET /guide/<page>`.
 * CORS for `/v1/*` is applied by the app (`apiCors`), before its body limit.
 */
export function widgetRoutes(dependencies: WidgetDependencies): Hono {
  const streamAnswer = dependencies.streamAnswer ?? singlePieceStreamer(() => dependencies.pipeline().answerer);
  const handoffUrl = dependencies.handoffUrl ?? 'https://support.planasonix.com/contact';
  const app = new Hono();
  app.route('/', streamRoutes(() => ({ streamAnswer, store: dependencies.store, handoffUrl, logError: dependencies.logError })));
  app.route('/', feedbackRoutes(() => dependencies.store));
  app.route('/', assetRoutes({ chunks: () => dependencies.pipeline().chunks, knowledgeDir: dependencies.knowledgeDir ?? path.resolve('knowledge') }));
  return app;
}
