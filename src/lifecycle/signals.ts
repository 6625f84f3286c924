/** What the process does on the operating system's signals. */
export interface SignalHandlers {
  /** SIGTERM or SIGINT: shut down gracefully; the process then exits with the returned code. */
  terminate: (signal: NodeJS.Signals) => Promise<number>;
  /** SIGHUP: reload the index now. */
  reload: () => Promise<unknown>;
}

/**
 * Installs the handlers: SIGHUP reloads (any number of times); the first
 * SIGTERM/SIGINT starts a graceful shutdown and exits with its code; a second
 * one exits at once with 1 (an operator who presses Ctrl-C twice means it).
 * Returns a function that removes them.
 */
export function handleSignals(handlers: SignalHandlers): () => void {
  let stopping = false;
  const onTerminate = (signal: NodeJS.Signals) => {
    if (stopping) process.exit(1);
    stopping = true;
    void handlers.terminate(signal).then((code) => process.exit(code), () => process.exit(1));
  };
  const onReload = () => void handlers.reload();
  process.on('SIGTERM', onTerminate);
  process.on('SIGINT', onTerminate);
  process.on('SIGHUP', onReload);
  return () => {
    process.off('SIGTERM', onTerminate);
    process.off('SIGINT', onTerminate);
    process.off('SIGHUP', onReload);
  };
}
