/** Longest question, in characters (the `AnswerRequest` contract: 1–4,000). */
export const maxQuestionLength = 4000;

/** Who sees the reply: only the person who asked (default), or the whole channel (`share`). */
export type Visibility = 'ephemeral' | 'in_channel';

/** What the text after the slash command asks for. */
export type ParsedCommand =
  /** Empty text, `help` or `?`: show usage. */
  | { kind: 'help' }
  /** A question longer than {@link maxQuestionLength}. */
  | { kind: 'too_long'; length: number }
  /** A question; `share <question>` asks for an `in_channel` reply. */
  | { kind: 'ask'; question: string; visibility: Visibility };

/**
 * Reads the text after the command: `""`, `help` or `?` → help;
 * `share <question>` → an in-channel question (`share` alone → help);
 * anything else → a question only the asker sees.
 */
export function parseCommandText(text: string): ParsedCommand {
  const trimmed = text.trim();
  if (trimmed === '' || /^(help|\?)$/i.test(trimmed)) return { kind: 'help' };
  const share = /^share(?:\s+([\s\S]*))?$/i.exec(trimmed);
  const question = share ? (share[1] ?? '').trim() : trimmed;
  if (question === '') return { kind: 'help' };
  if (question.length > maxQuestionLength) return { kind: 'too_long', length: question.length };
  return { kind: 'ask', question, visibility: share ? 'in_channel' : 'ephemeral' };
}
