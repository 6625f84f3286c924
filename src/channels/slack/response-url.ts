import { AppError } from '../../errors.js';
import type { SlackMessage } from './block-kit.js';

/** Sends a message to a command's `response_url`. */
export type PostMessage = (responseUrl: string, message: SlackMessage) => Promise<void>;

/** Options of {@link createResponseUrlPoster}. */
export interface ResponseUrlPosterOptions {
  /** Give up on one POST after this many ms (default 10,000). */
  timeoutMs?: number;
  /** The fetch to use (default the global one). */
  fetch?: typeof fetch;
}

/**
 * A {@link PostMessage} that POSTs the message as JSON to the `response_url`
 * Slack sent with the command ("Sending delayed responses" in Slack's slash
 * command documentation: up to 5 uses within 30 minutes; the bot uses one).
 * The URL comes from the signed request body, so only Slack chooses it.
 *
 * @throws {AppError} `internal` when Slack answers with a non-2xx status, or the
 *   POST fails or times out (the cause holds the network error).
 */
export function createResponseUrlPoster(options: ResponseUrlPosterOptions = {}): PostMessage {
  const send = options.fetch ?? fetch;
  const timeoutMs = options.timeoutMs ?? 10_000;
  return async (responseUrl, message) => {
    let response: Response;
    try {
      response = await send(responseUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json; charset=utf-8' },
        body: JSON.stringify(message),
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (error) {
      throw new AppError('internal', 'Could not deliver the answer to Slack (response_url unreachable or too slow).', { cause: error });
    }
    await response.body?.cancel();
    if (!response.ok) throw new AppError('internal', `Slack refused the delayed answer (response_url answered HTTP ${response.status}).`);
  };
}
