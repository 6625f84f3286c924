import { describe, expect, it } from 'vitest';
import type { SlackMessage } from './block-kit.js';
import { replyWithinDeadline } from './reply-within-deadline.js';

const message = (text: string): SlackMessage => ({ response_type: 'ephemeral', text });
const later = <T>(value: T, ms: number) => new Promise<T>((resolve) => setTimeout(() => resolve(value), ms));

describe('replyWithinDeadline', () => {
  it('drops an answer that is ready only after response_url has expired, and logs it', async () => {
    const delivered: SlackMessage[] = [];
    const errors: string[] = [];
    const reply = await replyWithinDeadline(later(message('answer'), 30), {
      deferAfterMs: 5,
      acknowledgement: message('ack'),
      deliver: async (late) => void delivered.push(late),
      deliverByMs: 1000,
      now: () => 1001,
      logError: (text) => errors.push(text),
    });
    expect(reply.text).toBe('ack');
    for (let attempt = 0; attempt < 100 && errors.length === 0; attempt += 1) await later(undefined, 5);
    expect(delivered).toEqual([]);
    expect(errors).toEqual(['slack: delivering a delayed answer failed']);
  });

  it('returns a ready answer inline without delivering it', async () => {
    const delivered: SlackMessage[] = [];
    const reply = await replyWithinDeadline(Promise.resolve(message('answer')), {
      deferAfterMs: 1000,
      acknowledgement: message('ack'),
      deliver: async (late) => void delivered.push(late),
      deliverByMs: Number.MAX_SAFE_INTEGER,
      now: Date.now,
      logError: () => undefined,
    });
    expect(reply.text).toBe('answer');
    expect(delivered).toEqual([]);
  });
});
