import { zValidator } from '@hono/zod-validator';
import { Hono, type MiddlewareHandler } from 'hono';
import { createMiddleware } from 'hono/factory';
import type { Answerer } from '../../answer/types.js';
import { answerCommand } from './answer-command.js';
import { createSlackErrorHandler } from './error-handler.js';
import type { Handoff } from './handoff.js';
import { helpMessage, lookingUpMessage, malformedMessage, tooLongMessage } from './notice-messages.js';
import { parseCommandText } from './parse-command.js';
import { RecentRequests } from './recent-requests.js';
import { rejectRepeats } from './reject-repeats.js';
import { defaultDeferAfterMs, replyWithinDeadline, responseUrlLifetimeMs } from './reply-within-deadline.js';
import { createResponseUrlPoster, type PostMessage } from './response-url.js';
import { slashCommandSchema } from './schema.js';
import { answerSslCheck, verifySlackRequest } from './verify-request.js';

/** Slack settings and seams. Everything is optional: with no signing secret the route answers 503. */
export interface SlackOptions {
  /** `SLACK_SIGNING_SECRET`; unset → `POST /slack/commands` answers 503 `not_configured`. */
  signingSecret?: string;
  /** `SLACK_HANDOFF_CHANNEL`: where abstentions and errors send people (channel ID or `#name`). */
  handoffChannel?: string;
  /** Support contact page, used when no hand-off channel is set. */
  handoffUrl?: string;
  /** Reply inline when the answer is ready within this many ms, else acknowledge and POST it to `response_url` (default 2,000). */
  deferAfterMs?: number;
  /** Delivers delayed answers (default: JSON POST to `response_url`, 10 s timeout). */
  postMessage?: PostMessage;
  /** Current time in ms since the epoch (default `Date.now`). */
  now?: () => number;
  /** Receives failures (default `console.error`); never given question text. */
  logError?: (message: string, error: unknown) => void;
  /** Per-workspace rate limit, run after the signature check (see `channelRateLimits`); absent: none. */
  rateLimit?: MiddlewareHandler;
}

/**
 * `POST /slack/commands`: Slack's slash-command protocol. In order: an
 * `ssl_check=1` probe gets an empty 200; the signature is verified (401/503,
 * see `verify-request.ts`); a repeat of an invocation is not answered again;
 * the workspace's rate limit is counted (only signed requests count, keyed on
 * their `team_id`; over it, an ephemeral "try again in N seconds" with status
 * 200, see `error-handler.ts`); the form is validated; then empty text or
 * `help` gets usage, and a question
 * gets a Block Kit answer, inline when ready within `deferAfterMs`, else an
 * ephemeral "looking that up…" and the answer via `response_url`.
 */
export function slackRoutes(answerer: () => Answerer, options: SlackOptions = {}) {
  const now = options.now ?? Date.now;
  const logError = options.logError ?? ((message: string, error: unknown) => console.error(message, error));
  const handoff: Handoff = { channel: options.handoffChannel, url: options.handoffUrl };
  const postMessage = options.postMessage ?? createResponseUrlPoster();
  const recent = new RecentRequests({ ttlMs: responseUrlLifetimeMs, maxEntries: 10_000 });
  const validForm = zValidator('form', slashCommandSchema, (result, context) => (result.success ? undefined : context.json(malformedMessage(), 200)));

  const limit = options.rateLimit ?? createMiddleware(async (_context, next) => next());

  const app = new Hono();
  app.onError(createSlackErrorHandler(handoff, logError));
  app.post('/slack/commands', answerSslCheck, verifySlackRequest({ signingSecret: options.signingSecret, now }), rejectRepeats(recent, now), limit, validForm, async (context) => {
    const command = context.req.valid('form');
    const parsed = parseCommandText(command.text);
    if (parsed.kind === 'help') return context.json(helpMessage(command.command));
    if (parsed.kind === 'too_long') return context.json(tooLongMessage(parsed.length));
    const pending = answerCommand(parsed, { answerer: answerer(), handoff, logError });
    const message = await replyWithinDeadline(pending, {
      deferAfterMs: options.deferAfterMs ?? defaultDeferAfterMs,
      acknowledgement: lookingUpMessage(),
      deliver: (late) => postMessage(command.response_url, late),
      deliverByMs: now() + responseUrlLifetimeMs,
      now,
      logError,
    });
    return context.json(message);
  });
  return app;
}
