import type { Chunk } from '../../ingest/chunk.js';

/** A section to write up, with its citation number. */
export interface CitedSection {
  chunk: Chunk;
  n: number;
}

/**
 * Writes one section's part of an extractive answer: its lead sentences,
 * then its steps as bullets, each ending with `[n]`. Only text the section
 * itself contains; a section with no text is named as a cause with no steps.
 */
export function composeSection({ chunk, n }: CitedSection): string {
  const heading = chunk.headingPath[chunk.headingPath.length - 1] ?? chunk.section;
  const lines = [`**${heading}**`];
  if (chunk.steps.length === 0 && chunk.lead.length === 0) {
    const parent = chunk.headingPath.length > 2 ? ` under ${chunk.headingPath[chunk.headingPath.length - 2]}` : '';
    lines.push(`The guide lists ${heading.toLowerCase()}${parent} as a cause of login failures, but it gives no steps for it. [${n}]`);
    return lines.join('\n');
  }
  for (const sentence of chunk.lead) lines.push(`${sentence} [${n}]`);
  for (const step of chunk.steps) lines.push(`- ${step} [${n}]`);
  return lines.join('\n');
}

/**
 * The reply when the guide does not cover the question: says so plainly and
 * offers the hand-off. Contains no citation.
 */
export function abstention(handoffUrl: string): string {
  return [
    "I couldn't find this in the Planasonix login troubleshooting guide, so I won't guess.",
    `Please contact support (${handoffUrl}) and a person will help. Include what you were doing and the exact error message, but never a password or API key.`,
  ].join('\n\n');
}

/**
 * The reply to a message that reports a login problem but says nothing about
 * which ("I can't log in"): asks for the exact error and lists the topics the
 * guide covers (the top-level sections of the loaded pages, so it follows the
 * knowledge files). Contains no citation and no step.
 */
export function clarification(chunks: Chunk[]): string {
  const topics = [...new Set(chunks.map((chunk) => chunk.headingPath[1]).filter((heading): heading is string => heading !== undefined && !/^related topics$/i.test(heading)))];
  return [
    'I can help with that. What exactly happens when you try? The exact error message (or HTTP status code) tells me which fix applies.',
    `The guide covers: ${topics.join('; ')}.`,
  ].join('\n\n');
}
