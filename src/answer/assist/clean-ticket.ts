/**
 * Strips email-thread noise from a pasted ticket so that only what the
 * customer wrote in the newest messages is triaged: quoted replies (`>` lines,
 * RFC 3676 §4.5), attribution lines ("On Mon, … wrote:"), forwarded-message
 * headers (From:/Sent:/To:/Subject:), signatures (after `-- `, RFC 3676 §4.3,
 * or a short sign-off block such as "Thanks,\nJane"), mobile footers,
 * greetings, and earlier messages sent by Planasonix staff (a `From:` header
 * naming planasonix). Lines are rejoined into sentences: list items and short lines
 * become sentences of their own; long, hard-wrapped lines are joined.
 */

import { reportsProblem } from '../problem-report.js';

const quoted = /^\s*>/;
const attribution = /^.{0,200}\bwrote:\s*$/i;
const attributionStart = /^\s*On\s.{0,200}[^.?!]$/i;
const headerLine = /^\s*(?:from|sent|to|cc|bcc|date|subject|reply-to):\s/i;
const staffSender = /^\s*from:.*planasonix/i;
const messageSeparator = /^\s*-{2,}\s*(?:original message|forwarded message)\s*-{2,}\s*$/i;
const signatureDelimiter = /^-- ?$/;
const footer = /^\s*(?:sent from my \w+|get outlook for \w+)/i;
const closing = /^\s*(?:thanks|thank you|many thanks|thanks again|thanks in advance|thx|best|best regards|kind regards|warm regards|regards|cheers|sincerely|all the best)\b[^.?!]{0,30}[,.!]?\s*$/i;
const greetingPrefix = /^\s*(?:hi|hello|hey|dear|greetings|good (?:morning|afternoon|evening))\b(?:\s+[\p{L}'-]+){0,3}\s*[,:;!.]\s*/iu;
const greetingOnly = /^\s*(?:hi|hello|hey|dear|greetings|good (?:morning|afternoon|evening))\b(?:\s+[\p{L}'-]+){0,3}\s*$/iu;
const phoneNumber = /^[+()\d\s./-]{6,}$/;
const listMarker = /^\s*(?:[-*•+]|\d{1,2}[.)])\s+/;
const terminal = /[.!?:;]$/;
/** Lines shorter than this (characters) are sentences of their own; longer ones are treated as hard-wrapped. */
const shortLine = 50;
/** A sign-off is followed by at most this many short lines (name, title, company, phone). */
const signOffLines = 6;

/**
 * Cleans a ticket (see module doc). When every line is quoted, the quoted text is cleaned instead.
 *
 * @param ticket - the ticket text (already redacted of secrets), at most 20,000 characters.
 * @returns the customer's own text as sentences separated by newlines; `''` when nothing is left.
 */
export function cleanTicket(ticket: string): string {
  const lines = ticket.replace(/\r\n?/g, '\n').split('\n');
  const kept = keptLines(lines);
  if (kept.every((line) => line.trim() === '') && lines.some((line) => quoted.test(line))) {
    return cleanTicket(lines.filter((line) => quoted.test(line)).map((line) => line.replace(/^\s*>\s?/, '')).join('\n'));
  }
  return toSentences(kept);
}

/** True when a new message starts at `index`: an attribution (also one wrapped over two lines), a header or a separator. */
function isBoundary(lines: string[], index: number): boolean {
  const line = lines[index]!;
  if (attribution.test(line) || headerLine.test(line) || messageSeparator.test(line)) return true;
  return attributionStart.test(line) && attribution.test(lines[index + 1] ?? '');
}

function keptLines(lines: string[]): string[] {
  const kept: string[] = [];
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index]!;
    if (staffSender.test(line)) {
      let bodyStart = index + 1;
      while (bodyStart < lines.length && headerLine.test(lines[bodyStart]!)) bodyStart += 1;
      index = nextBoundary(lines, bodyStart) - 1;
      continue;
    }
    if (quoted.test(line) || headerLine.test(line) || messageSeparator.test(line) || footer.test(line) || (greetingOnly.test(line) && !reportsProblem(line))) continue;
    if (attribution.test(line)) continue;
    if (isBoundary(lines, index)) {
      index += 1;
      continue;
    }
    const blockEnd = signatureEnd(lines, index);
    if (blockEnd !== undefined) {
      index = blockEnd - 1;
      continue;
    }
    kept.push(line.replace(greetingPrefix, ''));
  }
  return kept;
}

/** When a signature or sign-off block starts at `start`, the index of the line after it; else undefined. */
function signatureEnd(lines: string[], start: number): number | undefined {
  const line = lines[start]!;
  const end = nextBoundary(lines, start + 1);
  if (signatureDelimiter.test(line)) return end;
  if (!closing.test(line)) return undefined;
  const rest = lines.slice(start + 1, end).map((candidate) => candidate.trim()).filter((candidate) => candidate !== '');
  const signOff = rest.length <= signOffLines && rest.every((candidate) => candidate.length < shortLine + 10 && !/[.?!]$/.test(candidate) && (phoneNumber.test(candidate) || !reportsProblem(candidate)));
  return signOff ? end : start + 1;
}

/** Index of the first boundary line (attribution, header, separator) at or after `start`, or `lines.length`. */
function nextBoundary(lines: string[], start: number): number {
  let end = start;
  while (end < lines.length && !isBoundary(lines, end)) end += 1;
  return end;
}

function toSentences(lines: string[]): string {
  const sentences: string[] = [];
  let buffer = '';
  const flush = () => {
    const trimmed = buffer.trim();
    // A capital letter lets the sentence segmenter split list items and short lines ("…loop. my password…" is one sentence to it).
    const text = trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
    if (text !== '') sentences.push(terminal.test(text) ? text : `${text}.`);
    buffer = '';
  };
  for (const line of lines) {
    const text = line.trim();
    if (text === '') {
      flush();
      continue;
    }
    const item = listMarker.test(text);
    if (item) flush();
    buffer += ` ${text.replace(listMarker, '')}`;
    if (item || text.length < shortLine || terminal.test(text)) flush();
  }
  flush();
  return sentences.join('\n');
}
