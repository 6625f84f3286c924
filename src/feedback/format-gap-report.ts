import type { GapReport } from './gap-report.js';

/** Longest question or comment quoted, in characters. */
const quoteLength = 160;

const quote = (text: string) => {
  const line = text.replace(/\s+/g, ' ').trim();
  return `"${line.length > quoteLength ? `${line.slice(0, quoteLength - 1)}…` : line}"`;
};

/**
 * The gaps report as plain text for a terminal: unanswered topics with
 * example questions, rated-down answers with their comments and cited
 * sections, and the sections most often rated down.
 *
 * @param period - describes the time range, e.g. `the last 30 days`.
 */
export function formatGapReport(report: GapReport, period: string): string {
  const lines: string[] = [`Guide gaps, ${period}`, ''];
  lines.push(`Unanswered topics (${report.unansweredCount} questions the bot could not answer)`);
  if (report.topics.length === 0) lines.push('  none');
  for (const [position, topic] of report.topics.entries()) {
    lines.push(`  ${position + 1}. ${topic.topic}: ${topic.questions} question${topic.questions === 1 ? '' : 's'}`);
    for (const example of topic.examples) lines.push(`       ${quote(example)}`);
  }
  lines.push('', `Answers rated down (newest first)`);
  if (report.ratedDown.length === 0) lines.push('  none');
  for (const { answer, feedback } of report.ratedDown) {
    lines.push(`  ${feedback.createdAt.toISOString().slice(0, 16).replace('T', ' ')}  ${quote(answer.question)}`);
    lines.push(`       cited: ${answer.citedSections.join(', ') || 'nothing (abstained)'}; answerer: ${answer.answerer}${answer.degraded ? ' (degraded)' : ''}; id ${answer.answerId}`);
    if (feedback.comment) lines.push(`       comment: ${quote(feedback.comment)}`);
  }
  if (report.sections.length > 0) {
    lines.push('', 'Sections in rated-down answers');
    for (const { section, downvotes } of report.sections) lines.push(`  ${String(downvotes).padStart(4)}  ${section}`);
  }
  return lines.join('\n');
}
