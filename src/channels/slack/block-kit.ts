/**
 * The Block Kit subset the bot sends, with Slack's limits
 * (https://api.slack.com/reference/block-kit/blocks): at most 50 blocks per
 * message, at most 3,000 characters in a section's text object, at most 10
 * elements in a context block.
 */

/** Most blocks in one message. */
export const maxBlocks = 50;
/** Longest text in a section or context text object, in characters. */
export const maxTextLength = 3000;
/** Most elements in a context block. */
export const maxContextElements = 10;

/** A `mrkdwn` text object. */
export interface MrkdwnText {
  type: 'mrkdwn';
  text: string;
}

/** The blocks the bot uses. */
export type Block =
  | { type: 'section'; text: MrkdwnText }
  | { type: 'context'; elements: MrkdwnText[] }
  | { type: 'divider' };

/** A slash-command reply, inline or via `response_url`. */
export interface SlackMessage {
  /** `ephemeral`: only the person who typed the command sees it; `in_channel`: everyone in the channel. */
  response_type: 'ephemeral' | 'in_channel';
  /** Plain fallback for notifications and clients that cannot show blocks. */
  text: string;
  blocks?: Block[];
}

/**
 * Splits mrkdwn into pieces of at most `limit` characters: between
 * paragraphs when it can, else between lines, else between words, else
 * (one word longer than `limit`) at `limit`, never inside a `<…>` link or an
 * `&amp;`-style entity.
 */
export function splitMrkdwn(text: string, limit: number = maxTextLength): string[] {
  const pieces: string[] = [];
  let rest = text.trim();
  while (rest.length > limit) {
    const window = rest.slice(0, limit + 1);
    let cut = Math.max(window.lastIndexOf('\n\n'), 0);
    if (cut === 0) cut = Math.max(window.lastIndexOf('\n'), 0);
    if (cut === 0) cut = Math.max(window.lastIndexOf(' '), 0);
    if (cut === 0) {
      cut = limit;
      const open = window.lastIndexOf('<', cut - 1);
      if (open > 0 && !window.slice(open, cut).includes('>')) cut = open;
      const entity = window.lastIndexOf('&', cut - 1);
      if (entity > cut - 6 && entity > 0 && !window.slice(entity, cut).includes(';')) cut = entity;
    }
    pieces.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).trimStart();
  }
  if (rest !== '') pieces.push(rest);
  return pieces;
}

/** Section blocks holding `text`, split so each stays within {@link maxTextLength}. */
export function sectionBlocks(text: string): Block[] {
  return splitMrkdwn(text).map((piece) => ({ type: 'section', text: { type: 'mrkdwn', text: piece } }));
}

/** A context block with one mrkdwn element (cut to {@link maxTextLength}). */
export function contextBlock(text: string): Block {
  return { type: 'context', elements: [{ type: 'mrkdwn', text: splitMrkdwn(text)[0] ?? '' }] };
}
