import type { Chunk } from './chunk.js';

/** Text embedded for a chunk: its heading path, the parent's lead (context) and its own text. */
export function embeddingText(chunk: Chunk): string {
  return [chunk.headingPath.slice(1).join(' — '), chunk.context.split('\n').slice(1).join(' '), chunk.text].filter(Boolean).join('\n');
}
