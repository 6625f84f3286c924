/**
 * `npm run ask -- "question"`: answers one question on the command line, with sources.
 * Options: `--json` prints the full AnswerResult (without retrieved chunks).
 */
import { parseArgs } from 'node:util';
import { loadConfig } from '../src/config/index.js';
import { createPipeline } from '../src/pipeline.js';
import { runCli } from './run-cli.js';

await runCli(async () => {
  const { positionals, values } = parseArgs({ allowPositionals: true, options: { json: { type: 'boolean', default: false } } });
  const question = positionals.join(' ').trim();
  if (question === '') throw new Error('Usage: npm run ask -- "your question" [--json]');
  const pipeline = await createPipeline(loadConfig());
  const { retrieved, ...result } = await pipeline.answerer.answer({ question });
  if (values.json) console.log(JSON.stringify(result, null, 2));
  else console.log(`${result.answer}\n\n(abstained: ${result.abstained}, answerer: ${result.answerer}${result.degraded ? ', degraded' : ''}; top sections: ${retrieved.slice(0, 3).map((item) => `${item.chunk.id} ${item.score.toFixed(4)}`).join(', ')})`);
});
