import type { AnswerResult, Citation } from '../../answer/types.js';
import { contextBlock, maxBlocks, sectionBlocks, splitMrkdwn, type Block, type SlackMessage } from './block-kit.js';
import { handoffMention, type Handoff } from './handoff.js';
import { escapeMrkdwn, markdownToMrkdwn, mrkdwnLink } from './mrkdwn.js';
import type { Visibility } from './parse-command.js';

/** How to present an answer. */
export interface AnswerMessageOptions {
  visibility: Visibility;
  handoff: Handoff;
  /** A note shown in italics above the answer (plain text; escaped here). */
  notice?: string;
}

/** The Sources list every cited answer ends with (`sourcesList` in `answer/citations.ts`); Slack gets its own, with links. */
const sourcesHeading = '\n\n**Sources**\n';

/** Shown in place of the blocks that did not fit in one message. */
const shortenedNote = '_…the rest of this answer did not fit in one Slack message._';

/** The answer without its trailing Markdown Sources list. */
export function answerBody(answer: string): string {
  const at = answer.lastIndexOf(sourcesHeading);
  return (at === -1 ? answer : answer.slice(0, at)).trim();
}

/** `*Sources*` then one `[n] <url|Section path>` line per citation (plain section path when the guide page has no URL). */
export function sourcesMrkdwn(citations: Citation[]): string {
  const lines = citations.map((citation) => `[${citation.n}] ${citation.url ? mrkdwnLink(citation.url, citation.section) : escapeMrkdwn(citation.section)}`);
  return `*Sources*\n${lines.join('\n')}`;
}

/** The context line: where the answer came from and how it was written. */
function provenance(result: AnswerResult): string {
  if (result.abstained) return 'Checked against the Planasonix login troubleshooting guide: it does not cover this, so nothing was guessed.';
  const titles = [...new Set(result.citations.map((citation) => citation.title))].map((title) => `_${escapeMrkdwn(title)}_`);
  const how = result.degraded ? "the chat model was unavailable, so these are the guide's own words" : result.answerer === 'llm' ? 'written by a chat model from the cited sections only' : "quoted from the guide's own steps";
  return `From the Planasonix guide ${titles.join(', ') || '_Login failures_'} · [n] marks the section each point comes from · ${how}`;
}

/**
 * Turns an answer into a Block Kit reply: the answer in mrkdwn section
 * blocks (≤ 3,000 characters each), a hand-off line when the bot abstained
 * and a support channel is known, a divider and the Sources as links to the
 * guide sections, then a context line saying it came from the guide.
 * Never more than 50 blocks: a longer answer is shortened, with a note.
 */
export function answerMessage(result: AnswerResult, options: AnswerMessageOptions): SlackMessage {
  const body = markdownToMrkdwn(answerBody(result.answer));
  const mention = handoffMention(options.handoff);
  const tail: Block[] = [];
  if (result.abstained && mention) tail.push(...sectionBlocks(`A person can help: ask in ${mention}.`));
  if (result.citations.length > 0) tail.push({ type: 'divider' }, ...sectionBlocks(sourcesMrkdwn(result.citations)));
  tail.push(contextBlock(provenance(result)));
  const head = options.notice ? sectionBlocks(`_${escapeMrkdwn(options.notice)}_`) : [];
  let bodyBlocks = sectionBlocks(body);
  const room = maxBlocks - head.length - tail.length;
  if (bodyBlocks.length > room) bodyBlocks = [...bodyBlocks.slice(0, room - 1), ...sectionBlocks(shortenedNote)];
  const fallback = result.abstained ? "The Planasonix login guide doesn't cover this question; please ask a person." : (splitMrkdwn(body)[0] ?? '');
  return { response_type: options.visibility, text: fallback, blocks: [...head, ...bodyBlocks, ...tail] };
}
