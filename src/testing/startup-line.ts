import { loadConfig } from '../config/index.js';
import { describeStartupError } from '../lifecycle/startup-error.js';

/** For config tests: the one-line start-up error `environment` causes, or undefined when it loads. */
export function startupLine(environment: Record<string, string>): string | undefined {
  try {
    loadConfig(environment);
    return undefined;
  } catch (error) {
    return describeStartupError(error);
  }
}
