import { createMiddleware } from 'hono/factory';
import { AppError } from '../../errors.js';
import type { RecentRequests } from './recent-requests.js';

/**
 * Middleware (after signature verification) that lets each slash-command
 * invocation through once. An invocation is `team_id` + `trigger_id` (unique
 * per command typed), or the signature when Slack sent no trigger. A repeat
 * carrying `X-Slack-Retry-Num` is Slack retrying: it gets an empty 200, so
 * Slack stops, and no second answer. A repeat without it is a replay of a
 * captured request inside the 5-minute signature window.
 *
 * @param now - current time in ms since the epoch.
 * @throws {AppError} `unauthorized` (401) for a replay.
 */
export function rejectRepeats(recent: RecentRequests, now: () => number) {
  return createMiddleware(async (context, next) => {
    const form = new URLSearchParams(new TextDecoder().decode(await context.req.arrayBuffer()));
    const trigger = form.get('trigger_id');
    const key = trigger ? `${form.get('team_id') ?? ''}:${trigger}` : `signature:${context.req.header('x-slack-signature') ?? ''}`;
    if (recent.remember(key, now())) return next();
    if (context.req.header('x-slack-retry-num') !== undefined) return context.body(null, 200);
    throw new AppError('unauthorized', 'This Slack request was already received (replayed).');
  });
}
