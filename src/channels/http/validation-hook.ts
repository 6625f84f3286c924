import type { core } from 'zod';
import { AppError } from '../../errors.js';

/** Most problems named in one message. */
const maxProblems = 5;

/**
 * `@hono/zod-validator` hook: a failed validation throws
 * `AppError('validation_failed')` (400) whose message names each bad field
 * (at most five) and ends with exactly one period, e.g.
 * `Invalid request: question: Ask a question (1–4000 characters).` or
 * `Invalid request: question: The question is longer than 4000 characters: …; history: Too big: expected array to have <=20 items.`
 */
export function validationHook(result: { success: boolean; error?: core.$ZodError }): void {
  if (result.success || !result.error) return;
  // Schema messages may end with their own period; drop it so the joined sentence ends with one.
  const problems = result.error.issues.slice(0, maxProblems).map((issue) => `${issue.path.join('.') || 'body'}: ${issue.message.trim().replace(/\.+$/, '')}`);
  throw new AppError('validation_failed', `Invalid request: ${problems.join('; ')}.`);
}
