import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../errors.js';
import type { Chunk } from './chunk.js';
import { parseKnowledgePage } from './parse-markdown.js';
import { splitLongChunk } from './split-long.js';

/** One knowledge file, read but not parsed. */
export interface KnowledgeSource {
  /** Path relative to the knowledge directory, with `/` separators. */
  source: string;
  /** SHA-256 of the file's bytes, hex. */
  hash: string;
  /** The file's bytes. */
  bytes: Buffer;
}

/** One knowledge file, parsed. */
export interface KnowledgeFile {
  /** Path relative to the knowledge directory, with `/` separators. */
  source: string;
  /** SHA-256 of the file's bytes, hex. */
  hash: string;
  chunks: Chunk[];
}

/**
 * Reads and hashes every Markdown file under `knowledgeDir` (recursively,
 * sorted by path) without parsing it: enough to tell whether the index is up
 * to date, which is all an unchanged re-run needs.
 *
 * @throws {AppError} `index_missing` when the directory does not exist or has no `.md` file.
 */
export async function readKnowledgeSources(knowledgeDir: string): Promise<KnowledgeSource[]> {
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
      return { source: relative.split(path.sep).join('/'), hash: createHash('sha256').update(bytes).digest('hex'), bytes };
    }),
  );
}

/**
 * Splits one read file into chunks (headings, then long sections with overlap).
 * @throws {AppError} `bad_request` when the page has no front-matter title.
 */
export function parseKnowledgeSource({ source, hash, bytes }: KnowledgeSource): KnowledgeFile {
  return { source, hash, chunks: parseKnowledgePage(bytes.toString('utf8'), source).flatMap((chunk) => splitLongChunk(chunk)) };
}

/**
 * Loads every Markdown file under `knowledgeDir` (recursively, sorted by path)
 * and splits each into chunks: {@link readKnowledgeSources}, then {@link parseKnowledgeSource}.
 *
 * @throws {AppError} `index_missing` when the directory does not exist or has no `.md` file;
 *   `bad_request` when a page has no front-matter title.
 */
export async function loadKnowledge(knowledgeDir: string): Promise<KnowledgeFile[]> {
  return (await readKnowledgeSources(knowledgeDir)).map(parseKnowledgeSource);
}
