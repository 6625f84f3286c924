import { describe, expect, it } from 'vitest';
import type { Chunk } from '../ingest/chunk.js';
import { shareChunkStrings } from './share-strings.js';

const chunks = (): Chunk[] => [
  {
    id: 'guide/api-keys',
    source: 'guide.md',
    title: 'Guide',
    headingPath: ['Guide', 'API keys'],
    section: 'Guide › API keys',
    anchor: 'api-keys',
    text: 'The key was rotated, or there is a typo in the header.\n- Confirm the `Authorization` scheme.\n- Create a new key under Settings.',
    context: 'Keys are per workspace.',
    steps: ['Confirm the Authorization scheme.', 'Create a new key under Settings.'],
    lead: ['The key was rotated, or there is a typo in the header.'],
  },
  {
    id: 'guide/sso',
    source: 'guide.md',
    title: 'Guide',
    headingPath: ['Guide', 'SSO'],
    section: 'Guide › SSO',
    anchor: 'sso',
    text: '',
    context: 'Keys are per workspace.',
    steps: [],
    lead: [],
  },
];

describe('shareChunkStrings', () => {
  it('leaves every value unchanged, including steps that are not verbatim in the text', () => {
    const shared = shareChunkStrings(chunks());
    expect(shared).toEqual(chunks());
    expect(shared[0]?.steps).toEqual(['Confirm the Authorization scheme.', 'Create a new key under Settings.']);
  });
});
