import { isAppError } from '../src/errors.js';

/**
 * Runs a command-line entry point: on failure prints one line naming the
 * problem and its fix (an AppError's message, else the error's) and exits 1.
 */
export async function runCli(main: () => Promise<void>): Promise<void> {
  try {
    await main();
  } catch (error) {
    const message = isAppError(error) ? `${error.code}: ${error.message}` : error instanceof Error ? error.message : String(error);
    console.error(`error: ${message}`);
    process.exitCode = 1;
  }
}
