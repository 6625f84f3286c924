import { parseArgs } from 'node:util';

/** Command-line options shared by the fit scripts. */
export interface FitCliOptions {
  /** L2 penalty λ ≥ 0 (`--l2`, default 1). */
  l2: number;
  /** Where the fitted JSON goes (`--out`). */
  out: string;
}

/**
 * Parses `--l2` and `--out` from `process.argv`.
 * @param script - the npm script name, for the usage line (e.g. `fit:reranker`).
 * @param defaultOut - the JSON file the bundled code imports.
 * @throws Error with a usage line when `--l2` is not a number ≥ 0 or an option is unknown.
 */
export function parseFitOptions(script: string, defaultOut: string): FitCliOptions {
  const usage = `Usage: npm run ${script} -- [--l2 1] [--out ${defaultOut}]`;
  let values: { l2: string; out: string };
  try {
    ({ values } = parseArgs({ options: { l2: { type: 'string', default: '1' }, out: { type: 'string', default: defaultOut } } }));
  } catch (error) {
    throw new Error(`${(error as Error).message}\n${usage}`);
  }
  const l2 = Number(values.l2);
  if (!/^\d+(\.\d+)?$/.test(values.l2.trim()) || !Number.isFinite(l2)) throw new Error(`--l2 takes a number ≥ 0, got "${values.l2}"\n${usage}`);
  return { l2, out: values.out };
}
