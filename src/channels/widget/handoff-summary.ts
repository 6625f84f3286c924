import type { AnswerRequest } from '../../answer/types.js';
import { redactSecrets } from '../../redaction/redact-secrets.js';

/** Longest quoted message in a summary, in characters. */
const maxQuoted = 500;
/** Earlier customer messages included. */
const maxEarlier = 5;

const clip = (text: string) => {
  const flat = redactSecrets(text).text.replace(/\s+/g, ' ').trim();
  return flat.length > maxQuoted ? `${flat.slice(0, maxQuoted - 1)}…` : flat;
};

/**
 * The conversation summary the widget offers to paste into the support
 * contact form when the bot abstains: the question and up to five earlier
 * customer messages, each redacted with `redactSecrets` and cut to 500
 * characters. Plain text, never HTML.
 */
export function handoffSummary(request: AnswerRequest): string {
  const earlier = (request.history ?? []).filter((turn) => turn.role === 'user').slice(-maxEarlier);
  const lines = ['Question from the Planasonix help chat:', clip(request.question)];
  if (earlier.length > 0) lines.push('', 'Earlier in the conversation:', ...earlier.map((turn) => `- ${clip(turn.content)}`));
  lines.push('', 'The help bot could not find this in the troubleshooting guide.');
  return lines.join('\n');
}
