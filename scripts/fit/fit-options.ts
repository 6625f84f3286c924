import { parseArgs } from 'node:util';

/** Command-line options shared by the fit scripts. */
export interface FitCliOptions {
  /** L2 penalty λ ≥ 0 (`--l2`); undefined when not given (each script has its default). */
  l2?: number;
  /** Where the fitted JSON goes (`--out`). */
  out: string;
  /** Fit on the first N dev cases only (`--cases N`, in dataset order); undefined = every dev case. */
  cases?: number;
}

/**
 * Parses `--l2`, `--out` and `--cases` from `process.argv`.
 * @param script - the npm script name, for the usage line (e.g. `fit:reranker`).
 * @param defaultOut - the JSON file the bundled code imports.
 * @throws Error with a usage line when `--l2` is not a number ≥ 0, `--cases` not a whole number ≥ 1, or an option is unknown.
 */
export function parseFitOptions(script: string, defaultOut: string): FitCliOptions {
  const usage = `Usage: npm run ${script} -- [--l2 λ] [--cases N] [--out ${defaultOut}]`;
  let values: { l2?: string; out: string; cases?: string };
  try {
    ({ values } = parseArgs({ options: { l2: { type: 'string' }, out: { type: 'string', default: defaultOut }, cases: { type: 'string' } } }));
  } catch (error) {
    throw new Error(`${(error as Error).message}\n${usage}`);
  }
  const options: FitCliOptions = { out: values.out };
  if (values.cases !== undefined) {
    if (!/^\s*[1-9]\d*\s*$/.test(values.cases)) throw new Error(`--cases takes a whole number ≥ 1, got "${values.cases}"\n${usage}`);
    options.cases = Number(values.cases);
  }
  if (values.l2 === undefined) return options;
  const l2 = Number(values.l2);
  if (!/^\d+(\.\d+)?$/.test(values.l2.trim()) || !Number.isFinite(l2)) throw new Error(`--l2 takes a number ≥ 0, got "${values.l2}"\n${usage}`);
  return { ...options, l2 };
}
