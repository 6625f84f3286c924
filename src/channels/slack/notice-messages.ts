import { sectionBlocks, type SlackMessage } from './block-kit.js';
import { handoffMention, type Handoff } from './handoff.js';
import { escapeMrkdwn } from './mrkdwn.js';
import { maxQuestionLength } from './parse-command.js';

/** An ephemeral reply made of one mrkdwn text. */
function ephemeral(mrkdwn: string, fallback: string): SlackMessage {
  return { response_type: 'ephemeral', text: fallback, blocks: sectionBlocks(mrkdwn) };
}

/** Usage, for empty text or `help`. `command` is the command as typed, e.g. `/support`. */
export function helpMessage(command: string): SlackMessage {
  const name = escapeMrkdwn(command);
  return ephemeral(
    [
      '*Ask the Planasonix login troubleshooting guide*',
      `• \`${name} &lt;question&gt;\`: for example \`${name} why do I get 403 from the API?\`. Only you see the answer.`,
      `• \`${name} share &lt;question&gt;\`: posts the answer in this channel for everyone.`,
      `• \`${name} help\`: this message.`,
      'Answers come only from the guide and cite its sections. Never paste passwords, API keys or tokens.',
    ].join('\n'),
    `Usage: ${name} &lt;question&gt;, or ${name} share &lt;question&gt; to post the answer in the channel.`,
  );
}

/** The immediate acknowledgement when the answer takes longer than Slack's 3-second window allows. */
export function lookingUpMessage(): SlackMessage {
  return ephemeral('Looking that up in the login troubleshooting guide…', 'Looking that up…');
}

/** Something failed on our side; says so without details and points to a person. */
export function errorMessage(handoff: Handoff): SlackMessage {
  const mention = handoffMention(handoff);
  const where = mention ? ` If it keeps failing, ask a person in ${mention}.` : '';
  return ephemeral(`Sorry, something went wrong on our side while looking that up. Please try again in a moment.${where}`, 'Sorry, something went wrong. Please try again.');
}

/**
 * The workspace asked more questions than `RATE_LIMIT_SLACK` allows per
 * window. `retryAfterSeconds`: when the window resets (omitted: "in a minute").
 */
export function rateLimitedMessage(retryAfterSeconds?: number): SlackMessage {
  const when = retryAfterSeconds === undefined ? 'in a minute' : `in ${retryAfterSeconds} second${retryAfterSeconds === 1 ? '' : 's'}`;
  return ephemeral(`Your workspace has asked more questions than I can answer right now. Please try again ${when}.`, `Too many questions right now; please try again ${when}.`);
}

/** The question is longer than the answerer accepts. */
export function tooLongMessage(length: number): SlackMessage {
  return ephemeral(`That question is ${length} characters long; please keep it under ${maxQuestionLength} and leave out logs and secrets.`, 'That question is too long.');
}

/** A signed request whose fields could not be read (should not happen with Slack's own requests). */
export function malformedMessage(): SlackMessage {
  return ephemeral("Sorry, I couldn't read that command. Please try again.", "Sorry, I couldn't read that command.");
}

/** Said once when a question contained a secret and `share` was asked: the reply stays private. */
export const keptPrivateNote = 'Your question looked like it contained a secret, so this answer is shown only to you rather than posted in the channel.';
