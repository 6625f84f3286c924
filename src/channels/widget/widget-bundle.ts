import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

import { AppError } from '../../errors.js';

/** The widget's browser entry point (TypeScript, type-checked with the rest of `src`). */
const entryPoint = fileURLToPath(new URL('./client/main.ts', import.meta.url));

/**
 * Bundles the browser widget (`client/`) into one self-contained, minified
 * script (an IIFE, no globals) with esbuild. Takes ~30 ms; callers cache it.
 *
 * @throws {AppError} `internal` when the bundle cannot be built (the esbuild message is the cause).
 */
export async function bundleWidget(): Promise<string> {
  try {
    const result = await build({
      entryPoints: [entryPoint],
      bundle: true,
      format: 'iife',
      platform: 'browser',
      target: ['chrome100', 'firefox100', 'safari15', 'edge100'],
      minify: true,
      legalComments: 'none',
      charset: 'utf8',
      write: false,
      logLevel: 'silent',
    });
    return result.outputFiles[0]!.text;
  } catch (error) {
    throw new AppError('internal', 'The chat widget script could not be built.', { cause: error });
  }
}

/** {@link bundleWidget}, built once on first use; a failed build is retried on the next call. */
export function cachedWidgetBundle(): () => Promise<string> {
  let script: Promise<string> | undefined;
  return () => {
    script ??= bundleWidget().catch((error: unknown) => {
      script = undefined;
      throw error;
    });
    return script;
  };
}
