import { AppError } from '../../errors.js';
import type { WordVectorTable } from './cache-format.js';
import { quantizeSymmetric } from './quantize.js';
import { readWinkJson } from './wink-json-reader.js';

/**
 * Turns the wink-embeddings JSON into a quantised {@link WordVectorTable}.
 *
 * - Vocabulary order is the JSON's `words` array (frequency order, most
 *   frequent first); each word is lowercased, and when two words lowercase to
 *   the same string only the first (most frequent) is kept.
 * - Only the first `dimensions` numbers of each vector are kept; wink appends
 *   the L2 norm and the word index after them.
 * - Vectors for words not in `words` (or dropped as duplicates) are ignored.
 *
 * @param bytes - the UTF-8 JSON document.
 * @throws {AppError} `internal` when `words`/`dimensions` are missing or come
 *   after `vectors`, a vector is shorter than `dimensions`, or a word has no vector.
 */
export function convertWinkJson(bytes: Uint8Array): WordVectorTable {
  let table: WordVectorTable | undefined;
  let filled: Uint8Array | undefined;

  readWinkJson(bytes, (fields) => {
    const dimensions = fields['dimensions'];
    const sourceWords = fields['words'];
    if (typeof dimensions !== 'number' || !Number.isInteger(dimensions) || dimensions <= 0 || !Array.isArray(sourceWords)) {
      throw new AppError('internal', 'wink-embeddings JSON must give `dimensions` and `words` before `vectors`.');
    }
    const rowBySourceWord = new Map<string, number>();
    const seenLowercase = new Set<string>();
    const words: string[] = [];
    for (const sourceWord of sourceWords) {
      if (typeof sourceWord !== 'string') continue;
      const word = sourceWord.toLowerCase();
      if (seenLowercase.has(word) || word.includes('\n') || word === '') continue;
      seenLowercase.add(word);
      rowBySourceWord.set(sourceWord, words.length);
      words.push(word);
    }
    const current: WordVectorTable = {
      words,
      dimensions,
      scales: new Float32Array(words.length),
      components: new Int8Array(words.length * dimensions),
    };
    const currentFilled = new Uint8Array(words.length);
    table = current;
    filled = currentFilled;
    return (sourceWord, values, length) => {
      const row = rowBySourceWord.get(sourceWord);
      if (row === undefined) return;
      if (length < dimensions) {
        throw new AppError('internal', `Vector for ${JSON.stringify(sourceWord)} has ${length} numbers, expected at least ${dimensions}.`);
      }
      current.scales[row] = quantizeSymmetric(values, dimensions, current.components, row * dimensions);
      currentFilled[row] = 1;
    };
  });

  if (table === undefined || filled === undefined) {
    throw new AppError('internal', 'wink-embeddings JSON has no `vectors` object.');
  }
  const missingRow = filled.indexOf(0);
  if (missingRow !== -1) {
    throw new AppError('internal', `wink-embeddings JSON has no vector for ${JSON.stringify(table.words[missingRow])}.`);
  }
  return table;
}
