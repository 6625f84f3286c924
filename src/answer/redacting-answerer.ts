import { redactSecrets } from '../redaction/redact-secrets.js';
import type { AnswerRequest, AnswerResult, Answerer } from './types.js';

/** Note added to an answer when the question held something that looked like a secret. */
export const secretNotice =
  'Note: your message contained something that looks like a password, API key or token. I removed it and did not use it. Never share secrets in chat; if it was real, rotate it now.';

/**
 * Wraps an answerer so that secrets in the question and history (API keys,
 * bearer tokens, passwords, private keys) are redacted before anything else
 * sees them: retrieval, the chat model, logs. When something was redacted,
 * the answer starts with {@link secretNotice}.
 */
export function withRedaction(inner: Answerer): Answerer {
  return {
    async answer(request: AnswerRequest): Promise<AnswerResult> {
      const { redacted, found } = redactRequest(request);
      const result = await inner.answer(redacted);
      return found ? { ...result, answer: `${secretNotice}\n\n${result.answer}` } : result;
    },
  };
}

/** `request` with secrets redacted from the question and every history turn; `found` when the question held one. */
export function redactRequest(request: AnswerRequest): { redacted: AnswerRequest; found: boolean } {
  const question = redactSecrets(request.question);
  const history = request.history?.map((turn) => ({ role: turn.role, content: redactSecrets(turn.content).text }));
  return { redacted: { question: question.text, ...(history ? { history } : {}) }, found: question.found.length > 0 };
}
