import { createLogger, type Logger, type LoggerOptions } from './logger.js';

/** A logger whose lines are kept in memory (tests). */
export interface CapturedLog {
  logger: Logger;
  /** Everything written so far, exactly as it would reach stdout. */
  text(): string;
  /** Each line parsed as JSON. */
  lines(): Record<string, unknown>[];
  /** Lines written so far (also counted when not kept). */
  count(): number;
}

/**
 * A real {@link createLogger} logger that writes to memory instead of stdout.
 *
 * @param options.keep - keep the lines (default true); false only counts them (load tests).
 */
export function captureLog(level: LoggerOptions['level'] = 'info', options: { keep?: boolean } = {}): CapturedLog {
  const written: string[] = [];
  let count = 0;
  const keep = options.keep ?? true;
  const logger = createLogger({
    level,
    destination: {
      write: (line: string) => {
        count += 1;
        if (keep) written.push(line);
      },
    },
  });
  return {
    logger,
    count: () => count,
    text: () => written.join(''),
    lines: () => written.join('').split('\n').filter((line) => line !== '').map((line) => JSON.parse(line) as Record<string, unknown>),
  };
}
