import type { Chunk } from '../ingest/chunk.js';

/**
 * For unit tests: a chunk of a one-page guide titled "Guide" (`guide.md`), under heading `heading`
 * (id and anchor `heading`, section `Guide › heading`, context `Guide`, no text, steps or lead),
 * with `fields` replacing any of those.
 */
export function testChunk(heading: string, fields: Partial<Chunk> = {}): Chunk {
  return {
    id: heading,
    source: 'guide.md',
    title: 'Guide',
    headingPath: ['Guide', heading],
    section: `Guide › ${heading}`,
    anchor: heading,
    text: '',
    context: 'Guide',
    steps: [],
    lead: [],
    ...fields,
  };
}
