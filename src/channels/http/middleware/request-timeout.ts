import { createMiddleware } from 'hono/factory';

import { AppError } from '../../../errors.js';

/**
 * Middleware: a request that has no response after `timeoutMs` ms gets 503
 * `request_timeout` (through the shared error handler). Like Hono's own
 * `hono/timeout`, it cannot cancel the work already started; the late result
 * is dropped. The chat model has its own, shorter deadline (CHAT_TIMEOUT_MS),
 * after which the answer from the guide is sent, so this one only fires when
 * something else hangs.
 *
 * @param timeoutMs - milliseconds, > 0.
 * @throws {AppError} `request_timeout` (503) when the deadline passes first.
 */
export function requestTimeout(timeoutMs: number) {
  return createMiddleware(async (_context, next) => {
    let timer: NodeJS.Timeout | undefined;
    const expired = new Promise<never>((_resolve, reject) => {
      timer = setTimeout(() => reject(new AppError('request_timeout', `The request took longer than ${timeoutMs} ms. Please try again in a moment.`)), timeoutMs);
    });
    try {
      await Promise.race([next(), expired]);
    } finally {
      clearTimeout(timer);
    }
  });
}
