/**
 * `npm run report -- gaps [--days N] [--limit N] [--json]`: what the guide
 * fails to answer, from the feedback database (`FEEDBACK_DB_PATH`, default
 * `data/feedback.sqlite`): the most frequent topics of questions the bot
 * abstained on, and the answers customers rated down with their comments.
 * `--days` keeps the last N days (default all), `--limit` the top N (default 10).
 */
import fs from 'node:fs';
import { parseArgs } from 'node:util';

import { loadConfig } from '../src/config/index.js';
import { buildGapReport, createSqliteFeedbackStore, formatGapReport } from '../src/feedback/index.js';
import { runCli } from './run-cli.js';

const usage = 'Usage: npm run report -- gaps [--days N] [--limit N] [--json]';

await runCli(async () => {
  const { positionals, values } = parseArgs({ allowPositionals: true, options: { days: { type: 'string' }, limit: { type: 'string', default: '10' }, json: { type: 'boolean', default: false } } });
  if (positionals[0] !== 'gaps' || positionals.length !== 1) throw new Error(usage);
  const days = values.days === undefined ? undefined : Number(values.days);
  const limit = Number(values.limit);
  if ((days !== undefined && !(days > 0)) || !Number.isInteger(limit) || limit < 1) throw new Error(`--days must be a positive number and --limit a positive whole number. ${usage}`);

  const { feedbackDbPath } = loadConfig();
  if (!fs.existsSync(feedbackDbPath)) {
    console.log(`No feedback database at ${feedbackDbPath} yet: the server creates it when it gives its first answer (set FEEDBACK_DB_PATH if it lives elsewhere).`);
    return;
  }
  const store = createSqliteFeedbackStore({ path: feedbackDbPath, fileMustExist: true });
  try {
    const since = days === undefined ? undefined : new Date(Date.now() - days * 24 * 60 * 60 * 1000);
    const report = await buildGapReport(store, { since, limit });
    console.log(values.json ? JSON.stringify(report, null, 2) : formatGapReport(report, days === undefined ? 'all time' : `the last ${days} days`));
  } finally {
    await store.close();
  }
});
