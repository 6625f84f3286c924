import { parseArgs } from 'node:util';
import { tierNames, type TierName } from './tiers.js';

/** Parsed command line of `npm run bench`. */
export interface BenchCommand {
  tiers: TierName[];
  runs: number;
  connections: number;
  durationSeconds: number;
  embeddingTable: boolean;
  /** Directory for the JSON and Markdown results. */
  outDir: string;
  profile: boolean;
  keep: boolean;
  help: boolean;
}

/** Usage text of `npm run bench`. */
export const usage = `Usage: npm run bench -- [--tiers guide,1k,10k] [--full] [--runs 3] [--connections 10] [--duration 5] [--no-embedding-table] [--out data/bench] [--profile] [--keep]
  --tiers      corpus sizes to measure: ${tierNames.join(', ')} (default guide,1k,10k)
  --full       all tiers, including 100k (several minutes; ~2 GB of memory and 0.4 GB of disk)
  --runs       repetitions of every measurement; medians are reported (1–20, default 3)
  --connections, --duration   HTTP load: concurrent connections (1–100, default 10) and seconds per test (1–60, default 5)
  --profile    write CPU profiles of each child phase (node --cpu-prof) to <out>/profiles
  --keep       keep the scratch corpora, indexes and server logs (path printed at the end)`;

/**
 * Parses `npm run bench` arguments.
 * @throws Error naming the bad flag or value (with the usage text).
 */
export function parseBenchArguments(argv: string[]): BenchCommand {
  const { values } = parseArgs({
    args: argv,
    options: {
      tiers: { type: 'string', default: 'guide,1k,10k' },
      tier: { type: 'string' },
      full: { type: 'boolean', default: false },
      runs: { type: 'string', default: '3' },
      connections: { type: 'string', default: '10' },
      duration: { type: 'string', default: '5' },
      'no-embedding-table': { type: 'boolean', default: false },
      out: { type: 'string', default: 'data/bench' },
      profile: { type: 'boolean', default: false },
      keep: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const requested = values.full ? [...tierNames] : (values.tier ?? values.tiers).split(',').map((name) => name.trim()).filter(Boolean);
  const unknown = requested.filter((name) => !(tierNames as readonly string[]).includes(name));
  if (unknown.length > 0 || requested.length === 0) throw new Error(`--tiers takes ${tierNames.join(', ')}; got "${unknown.join(',') || '(none)'}"\n${usage}`);
  return {
    tiers: tierNames.filter((name) => requested.includes(name)),
    runs: integer('--runs', values.runs, 1, 20),
    connections: integer('--connections', values.connections, 1, 100),
    durationSeconds: integer('--duration', values.duration, 1, 60),
    embeddingTable: !values['no-embedding-table'],
    outDir: values.out,
    profile: values.profile,
    keep: values.keep,
    help: values.help,
  };
}

function integer(flag: string, text: string, minimum: number, maximum: number): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < minimum || value > maximum) throw new Error(`${flag} must be an integer from ${minimum} to ${maximum}, got "${text}"\n${usage}`);
  return value;
}
