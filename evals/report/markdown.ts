import type { CaseResult } from '../runner/case-result.js';
import type { EvalReport } from '../runner/run-eval.js';
import { describeMiss, type Miss, type Thresholds } from '../runner/thresholds.js';
import { metricTable } from './table.js';

/** Longest answer excerpt shown for a failed case, in characters. */
const excerptLength = 400;

/** The threshold check as the Markdown report shows it. */
export interface ThresholdSummary {
  thresholds: Thresholds;
  /** `undefined` when the run did not include the thresholds' config and split. */
  misses?: Miss[];
}

/**
 * `evals/reports/latest.md`: the run's configurations, one metric table per
 * split, the threshold check, then every failed case of the default
 * configuration (question, what was expected, what came back, why it failed).
 */
export function markdownReport(report: EvalReport, defaultConfig: string, check?: ThresholdSummary): string {
  const lines = [`# Eval report`, '', `Run ${report.startedAt}, ${Math.round(report.totalMs)} ms in all.`, ''];
  for (const config of report.configs) lines.push(`- \`${config.name}\`: ${config.description} (pipeline built in ${Math.round(config.buildMs)} ms)`);
  for (const split of report.splits) lines.push('', `## ${split}`, '', metricTable(report, split, 'markdown'));
  if (check) {
    lines.push('', `## Thresholds (${check.thresholds.config} on ${check.thresholds.split})`, '');
    if (check.misses === undefined) lines.push('Not checked: this run did not include that configuration and split.');
    else if (check.misses.length === 0) lines.push('All bars met.');
    else lines.push(...check.misses.map((miss) => `- MISSED: ${describeMiss(miss)}`));
  }
  const chosen = report.configs.find((config) => config.name === defaultConfig);
  if (chosen) {
    for (const split of report.splits) {
      const failed = chosen.splits[split]?.cases.filter((item) => item.failures.length > 0) ?? [];
      lines.push('', `## Failures: \`${defaultConfig}\` on ${split} (${failed.length})`);
      for (const item of failed) lines.push('', ...caseSection(item));
    }
  }
  return `${lines.join('\n')}\n`;
}

function caseSection(item: CaseResult): string[] {
  const missed = item.coverage?.points.filter((point) => !point.matched).map((point) => point.point) ?? [];
  const excerpt = item.answer.length > excerptLength ? `${item.answer.slice(0, excerptLength)}…` : item.answer;
  return [
    `### ${item.id} (${item.kind}${item.tags.length > 0 ? `; ${item.tags.join(', ')}` : ''})`,
    '',
    `- **Question:** ${oneLine(item.question)}`,
    `- **Expected:** ${item.expectAbstain ? 'abstention' : `sections ${item.expectedSections.join(', ')}; points ${item.expectedPoints.map((point) => `"${point}"`).join(', ')}`}`,
    `- **Got:** ${item.abstained ? 'abstained' : 'answered'}; top sections ${item.rankedSections.slice(0, 3).join(', ') || 'none'}; cited ${item.citedSections.join(', ') || 'none'}`,
    ...(missed.length > 0 ? [`- **Missed points:** ${missed.map((point) => `"${point}"`).join(', ')}`] : []),
    `- **Why:**`,
    ...item.failures.map((reason) => `  - ${oneLine(reason)}`),
    '',
    '<details><summary>Answer</summary>',
    '',
    '```markdown',
    excerpt.replace(/```/g, "'''"),
    '```',
    '',
    '</details>',
  ];
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
