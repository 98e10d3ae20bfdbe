/**
 * Graceful stop for a process serving the local cloud: on SIGINT or SIGTERM, `stop` runs (close
 * the gateway and the database, releasing the data folder's lock) and the process exits 0, or 1
 * if stopping failed. A second signal while stopping exits at once.
 */
import { constants } from 'os';

export function stopOnSignals(
  stop: (signal: NodeJS.Signals) => Promise<void>,
  log: Pick<Console, 'error'> = console,
): void {
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals): void => {
    if (stopping) process.exit(128 + (constants.signals[signal] ?? 0));
    stopping = true;
    stop(signal).then(
      () => process.exit(0),
      (error) => {
        log.error(`stopping failed: ${error instanceof Error ? error.message : error}`);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
}
