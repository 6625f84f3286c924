import { Embeddings } from '@langchain/core/embeddings';
import { describe, expect, it } from 'vitest';
import { ExemplarIndex, noExemplarVote } from './exemplar-index.js';

/** Bag-of-words embeddings over a fixed vocabulary: one axis per word, other words ignored. */
class AxisEmbeddings extends Embeddings {
  constructor(private readonly vocabulary: string[]) {
    super({});
  }
  async embedDocuments(texts: string[]): Promise<number[][]> {
    return texts.map((text) => this.vocabulary.map((word) => text.split(' ').filter((token) => token === word).length));
  }
  async embedQuery(text: string): Promise<number[]> {
    return (await this.embedDocuments([text]))[0]!;
  }
}

const embeddings = new AxisEmbeddings(['clock', 'skew', 'phone', 'price', 'plan']);
const bank = {
  exemplars: [
    { question: 'clock skew', section: 'guide/clock-skew' },
    { question: 'clock', section: 'guide/clock-skew' },
    { question: 'phone', section: 'guide/mfa' },
    { question: 'price plan', topic: 'pricing' },
    { question: 'price', topic: 'pricing' },
    { question: 'plan', topic: 'pricing' },
  ],
};

async function evidenceFor(message: string) {
  const index = await ExemplarIndex.build(bank, embeddings);
  return index.evidence(message, await embeddings.embedQuery(message));
}

describe('ExemplarIndex', () => {
  it('votes with the five nearest exemplars by cosine, with the margin between the nearest answered and unanswered one', async () => {
    const { embedding } = await evidenceFor('clock skew');
    // "clock skew" is nearest (cosine 1), then "clock" (0.707); "phone" and the pricing rows are orthogonal (0).
    expect(embedding.margin).toBeCloseTo(1, 10);
    // The five nearest: the two clock rows, then three of the four orthogonal rows in scan order (phone, price plan, price).
    expect(embedding.answeredShare).toBeCloseTo(3 / 5, 10);
  });

  it('gives each answering section its best cosine and best ln(1 + BM25) with the message', async () => {
    const { sections } = await evidenceFor('clock skew');
    expect([...sections.keys()].sort()).toEqual(['guide/clock-skew', 'guide/mfa']);
    expect(sections.get('guide/clock-skew')!.cosine).toBeCloseTo(1, 10);
    expect(sections.get('guide/clock-skew')!.words).toBeGreaterThan(0);
    // "phone" is orthogonal and shares no word: listed by its cosine of 0, no word match.
    expect(sections.get('guide/mfa')).toEqual({ cosine: 0, words: 0 });
  });

  it('gives a negative cosine margin when an unanswered exemplar is nearer', async () => {
    const { embedding } = await evidenceFor('price plan clock');
    // cos(query, "price plan") = 2/√6 ≈ 0.816; cos(query, "clock") = 1/√3 ≈ 0.577.
    expect(embedding.margin).toBeCloseTo(1 / Math.sqrt(3) - 2 / Math.sqrt(6), 10);
  });

  it('votes by BM25 with only the exemplars that share a word, so a name the embeddings lack still counts', async () => {
    // "keycloak" is not in the embeddings' vocabulary: the embedding vote has nothing to go on.
    const index = await ExemplarIndex.build({ exemplars: [...bank.exemplars, { question: 'keycloak clock', section: 'guide/clock-skew' }] }, embeddings);
    const { embedding, words } = index.evidence('keycloak', await embeddings.embedQuery('keycloak'));
    expect(embedding).toEqual(noExemplarVote);
    expect(words.answeredShare).toBe(1);
    expect(words.margin).toBeGreaterThan(0);
    const pricing = (await evidenceFor('price plan')).words;
    // Three exemplars share a word, all unanswered.
    expect(pricing.answeredShare).toBe(0);
    expect(pricing.margin).toBeLessThan(0);
  });

  it('says nothing about a message with no known or shared word', async () => {
    expect(await evidenceFor('hello there')).toEqual({ embedding: noExemplarVote, words: noExemplarVote, sections: new Map() });
  });
});
