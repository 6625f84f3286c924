import type { core } from 'zod';
import { AppError } from '../../errors.js';

/**
 * `@hono/zod-validator` hook: a failed validation throws
 * `AppError('validation_failed')` (400) whose message names each bad field,
 * e.g. `question: Too big: expected string to have <=4000 characters`.
 */
export function validationHook(result: { success: boolean; error?: core.$ZodError }): void {
  if (result.success || !result.error) return;
  const problems = result.error.issues.slice(0, 5).map((issue) => `${issue.path.join('.') || 'body'}: ${issue.message}`);
  throw new AppError('validation_failed', `Invalid request: ${problems.join('; ')}.`);
}
