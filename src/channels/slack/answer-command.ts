import type { Answerer } from '../../answer/types.js';
import { redactSecrets } from '../../redaction/redact-secrets.js';
import { answerMessage } from './answer-message.js';
import type { SlackMessage } from './block-kit.js';
import type { Handoff } from './handoff.js';
import { errorMessage, keptPrivateNote } from './notice-messages.js';
import type { Visibility } from './parse-command.js';

/** A question from a slash command. */
export interface CommandQuestion {
  question: string;
  visibility: Visibility;
}

/** What {@link answerCommand} needs. */
export interface AnswerCommandOptions {
  /** The redacting answerer (the pipeline's `answerer`): secrets never reach retrieval, a model or the reply. */
  answerer: Answerer;
  handoff: Handoff;
  /** Receives failures; never given the question text. */
  logError: (message: string, error: unknown) => void;
}

/**
 * Answers one slash-command question as a Block Kit message. Never rejects:
 * a failure of the answerer becomes an ephemeral "something went wrong"
 * message (logged without the question). A `share` question that contains
 * a secret is answered privately instead, since an `in_channel` reply also
 * shows the command text to the channel.
 */
export async function answerCommand({ question, visibility }: CommandQuestion, options: AnswerCommandOptions): Promise<SlackMessage> {
  try {
    const result = await options.answerer.answer({ question });
    const keptPrivate = visibility === 'in_channel' && redactSecrets(question).found.length > 0;
    return answerMessage(result, { visibility: keptPrivate ? 'ephemeral' : visibility, handoff: options.handoff, ...(keptPrivate ? { notice: keptPrivateNote } : {}) });
  } catch (error) {
    options.logError('slack: answering a slash command failed', error);
    return errorMessage(options.handoff);
  }
}
