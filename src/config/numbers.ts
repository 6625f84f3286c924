import { z } from 'zod';

/**
 * Numeric environment variables, read strictly: only plain decimal
 * notation, optionally surrounded by whitespace. `z.coerce.number()` (i.e.
 * `Number(value)`) also takes `1e3`, `0x10`, `0b1`, `Infinity`; someone who
 * writes `PORT=0x10` or `RETRIEVAL_K=1e3` has most likely made a mistake, so
 * those stop start-up with a `config_invalid` error naming the variable and
 * the form expected (e.g. `PORT: must be a whole number in plain decimal
 * digits such as 30; …`). Range errors keep zod's wording
 * (`Too big: expected number to be <=50`).
 */

/** Digits only: `3000`, ` 30 `. */
const wholeNumberForm = /^\s*\d+\s*$/;
/** Digits with an optional fraction: `1`, `0.5`, `.5`. */
const decimalNumberForm = /^\s*(?:\d+(?:\.\d+)?|\.\d+)\s*$/;

const notAccepted = '1e3, 0x10, 1_000, +1, -1 and Infinity are not accepted';
export const wholeNumberMessage = `must be a whole number in plain decimal digits such as 30; ${notAccepted}`;
export const decimalNumberMessage = `must be a number ≥ 0 in plain decimal notation such as 0.5 or 2; ${notAccepted}`;

/** Inclusive bounds of a numeric variable. */
export interface NumberBounds {
  /** Smallest allowed value (default 0). */
  min?: number;
  /** Largest allowed value (default: none). */
  max?: number;
}

/**
 * A whole-number variable (ports, counts, milliseconds): decimal digits only.
 *
 * @returns a schema from the variable's string to a safe integer within `bounds`.
 */
export function wholeNumber({ min = 0, max }: NumberBounds = {}) {
  const bounded = z.number().int().min(min);
  return z
    .string()
    .regex(wholeNumberForm, wholeNumberMessage)
    .transform(Number)
    .pipe(max === undefined ? bounded : bounded.max(max));
}

/**
 * A non-negative variable that may have a fraction (weights, shares):
 * decimal digits with an optional `.` and fraction.
 *
 * @returns a schema from the variable's string to a finite number within `bounds`.
 */
export function decimalNumber({ min = 0, max }: NumberBounds = {}) {
  const bounded = z.number().min(min);
  return z
    .string()
    .regex(decimalNumberForm, decimalNumberMessage)
    .transform(Number)
    .pipe(max === undefined ? bounded : bounded.max(max));
}
