import type { SplitName } from '../dataset/schema.js';
import { metricRows } from '../runner/aggregate.js';
import type { EvalReport } from '../runner/run-eval.js';

/** How {@link metricTable} lays out: aligned plain text for a terminal, or a Markdown table. */
export type TableStyle = 'text' | 'markdown';

/**
 * Prints one figure: ratios with 3 decimals, counts as integers, times in
 * whole ms; `n/a` for `null` (0 ÷ 0) and `–` for a figure not measured.
 */
export function formatFigure(value: number | null | undefined, unit: 'ratio' | 'count' | 'ms'): string {
  if (value === undefined) return '–';
  if (value === null) return 'n/a';
  return unit === 'ratio' ? value.toFixed(3) : String(Math.round(value));
}

/**
 * Lays out rows under a header: first column left-aligned, the rest
 * right-aligned. `markdown` adds pipes and the alignment row.
 */
export function layoutTable(header: readonly string[], rows: ReadonlyArray<readonly string[]>, style: TableStyle): string {
  const widths = header.map((cell, column) => Math.max(cell.length, ...rows.map((row) => (row[column] ?? '').length)));
  const pad = (cell: string, column: number) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!));
  const line = (cells: readonly string[]) => {
    const padded = cells.map(pad);
    return style === 'markdown' ? `| ${padded.join(' | ')} |` : padded.join('  ');
  };
  const rule =
    style === 'markdown'
      ? `| ${widths.map((width, column) => (column === 0 ? `:${'-'.repeat(width - 1)}` : `${'-'.repeat(width - 1)}:`)).join(' | ')} |`
      : widths.map((width) => '-'.repeat(width)).join('  ');
  return [line(header), rule, ...rows.map(line)].join('\n');
}

/**
 * The metric × configuration table of one split. Rows no configuration
 * measured (e.g. `faithfulness` without a chat model) are left out.
 */
export function metricTable(report: EvalReport, split: SplitName, style: TableStyle): string {
  const header = ['metric', ...report.configs.map((config) => config.name)];
  const rows = metricRows
    .map(({ key, unit }) => [key, ...report.configs.map((config) => formatFigure(config.splits[split]?.figures[key], unit))])
    .filter((row) => row.slice(1).some((cell) => cell !== 'n/a' && cell !== '–'));
  return layoutTable(header, rows, style);
}
