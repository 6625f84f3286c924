import { fileURLToPath } from 'node:url';

import { AppError } from '../../errors.js';

/** The widget's browser entry point (TypeScript, type-checked with the rest of `src`). */
const entryPoint = fileURLToPath(new URL('./client/main.ts', import.meta.url));

/**
 * The widget script as `npm run build` bundled it into the built server
 * (esbuild `define`, see `scripts/build/build-server.ts`); not defined when
 * running from source, where {@link bundleWidget} builds it.
 */
declare const SUPPORT_BOT_BUILT_WIDGET_SCRIPT: string | undefined;
const builtScript = typeof SUPPORT_BOT_BUILT_WIDGET_SCRIPT === 'string' ? SUPPORT_BOT_BUILT_WIDGET_SCRIPT : undefined;

/**
 * Bundles the browser widget (`client/`) into one self-contained, minified
 * script (an IIFE, no globals) with esbuild. Takes ~30 ms; callers cache it.
 *
 * @throws {AppError} `internal` when the bundle cannot be built (the esbuild message is the cause).
 */
export async function bundleWidget(): Promise<string> {
  try {
    const { build } = await import('esbuild');
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

/**
 * The widget script: in the built server, the one bundled in at build time;
 * from source, {@link bundleWidget} on first use, kept (a failed build is
 * retried on the next call).
 */
export function cachedWidgetBundle(): () => Promise<string> {
  let script: Promise<string> | undefined = builtScript === undefined ? undefined : Promise.resolve(builtScript);
  return () => {
    script ??= bundleWidget().catch((error: unknown) => {
      script = undefined;
      throw error;
    });
    return script;
  };
}
