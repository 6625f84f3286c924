import type { SlackMessage } from './block-kit.js';

/** Slack shows an error when a slash command gets no HTTP reply within this many ms. */
export const slackReplyWindowMs = 3000;
/** Default wait for the answer before acknowledging instead, in ms: leaves ~1 s of the window for the network. */
export const defaultDeferAfterMs = 2000;
/** A `response_url` accepts messages for this long after the command, in ms (Slack: 30 minutes). */
export const responseUrlLifetimeMs = 30 * 60 * 1000;

/** How to reply in time. */
export interface DeadlineOptions {
  /** Reply inline when the answer is ready within this many ms. */
  deferAfterMs: number;
  /** Sent inline when the answer is late (an ephemeral "looking that up…"). */
  acknowledgement: SlackMessage;
  /** Delivers the late answer (a POST to the command's `response_url`). */
  deliver: (message: SlackMessage) => Promise<void>;
  /** When the `response_url` stops accepting messages, in ms since the epoch; a later answer is dropped (and logged). */
  deliverByMs: number;
  /** Current time in ms since the epoch. */
  now: () => number;
  /** Receives delivery failures. */
  logError: (message: string, error: unknown) => void;
}

/**
 * Returns the message to send in the HTTP reply: the answer itself when it
 * is ready within `deferAfterMs`, else the acknowledgement, in which case the
 * answer is delivered once, when ready, through `deliver`. Exactly one answer
 * reaches Slack either way.
 *
 * @param pending - the answer; expected never to reject (failures already turned into an error message).
 */
export async function replyWithinDeadline(pending: Promise<SlackMessage>, options: DeadlineOptions): Promise<SlackMessage> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<undefined>((resolve) => {
    timer = setTimeout(resolve, options.deferAfterMs, undefined);
  });
  const first = await Promise.race([pending, late]).finally(() => clearTimeout(timer));
  if (first) return first;
  void pending
    .then((message) => {
      if (options.now() > options.deliverByMs) throw new Error('the answer was ready after response_url expired (30 minutes)');
      return options.deliver(message);
    })
    .catch((error: unknown) => options.logError('slack: delivering a delayed answer failed', error));
  return options.acknowledgement;
}
