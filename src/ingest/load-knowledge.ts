import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../errors.js';
import type { Chunk } from './chunk.js';
import { parseKnowledgePage } from './parse-markdown.js';
import { splitLongChunk } from './split-long.js';

/** One knowledge file, parsed. */
export interface KnowledgeFile {
  /** Path relative to the knowledge directory, with `/` separators. */
  source: string;
  /** SHA-256 of the file's bytes, hex. */
  hash: string;
  chunks: Chunk[];
}

/**
 * Loads every Markdown file under `knowledgeDir` (recursively, sorted by path)
 * and splits each into chunks (headings, then long sections with overlap).
 *
 * @throws {AppError} `index_missing` when the directory does not exist or has no `.md` file;
 *   `bad_request` when a page has no front-matter title.
 */
export async function loadKnowledge(knowledgeDir: string): Promise<KnowledgeFile[]> {
  let entries: string[];
  try {
    entries = (await fs.readdir(knowledgeDir, { recursive: true })).map(String);
  } catch (error) {
    throw new AppError('index_missing', `Knowledge directory ${knowledgeDir} cannot be read: set KNOWLEDGE_DIR to the folder that holds the guide's Markdown.`, { cause: error });
  }
  const markdownFiles = entries.filter((entry) => entry.toLowerCase().endsWith('.md')).sort();
  if (markdownFiles.length === 0) {
    throw new AppError('index_missing', `Knowledge directory ${knowledgeDir} has no .md files.`);
  }
  return Promise.all(
    markdownFiles.map(async (relative) => {
      const bytes = await fs.readFile(path.join(knowledgeDir, relative));
      const source = relative.split(path.sep).join('/');
      const chunks = parseKnowledgePage(bytes.toString('utf8'), source).flatMap((chunk) => splitLongChunk(chunk));
      return { source, hash: createHash('sha256').update(bytes).digest('hex'), chunks };
    }),
  );
}
