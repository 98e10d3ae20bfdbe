/**
 * The crash guard. An error that escapes a function — a throw inside a timer or event callback,
 * a rejected promise nobody awaits — would end the whole Node process, and every other function
 * and the gateway with it. While a local cloud runs, such an error raised inside one of its
 * invocations (AsyncLocalStorage still knows which) goes to that cloud instead: an uncaught
 * exception fails the invocation, as the cloud fails the call (-504002), an unhandled rejection
 * is logged, and the runtime keeps serving. Outside any invocation Node's own behaviour stays
 * (print, exit 1), unless the host program listens for these events itself.
 *
 * Like the network guard, the listeners are shared by all clouds of a process and removed when
 * the last one closes.
 */
import { currentInvocation } from './context';
import type { Invocation } from './context';
import { joinProcessWideGuard } from './process-wide-guard';
import type { GuardInstallation } from './process-wide-guard';

export type EscapeKind = 'uncaughtException' | 'unhandledRejection';

/** Answers true when it took charge of the error (the invocation belongs to its cloud). */
export type EscapeReporter = (kind: EscapeKind, error: unknown, invocation: Invocation) => boolean;

const STATE = Symbol.for('estate-desk.local-runtime.crash-guard');

function crashLikeNode(kind: EscapeKind, error: unknown): void {
  const text = error instanceof Error ? (error.stack ?? String(error)) : String(error);
  process.stderr.write(`${kind === 'uncaughtException' ? 'Uncaught exception' : 'Unhandled rejection'}: ${text}\n`);
  process.exit(1);
}

function install(): GuardInstallation<EscapeReporter> {
  const reporters = new Set<EscapeReporter>();
  const listener = (kind: EscapeKind) => (error: unknown) => {
    const invocation = currentInvocation();
    if (invocation) {
      for (const report of reporters) {
        try {
          if (report(kind, error, invocation)) return;
        } catch {
          // A reporter must not turn one escaped error into a crash.
        }
      }
    }
    if (process.listenerCount(kind) > 1) return; // the host program handles these itself
    crashLikeNode(kind, error);
  };
  const onException = listener('uncaughtException');
  const onRejection = listener('unhandledRejection');
  process.on('uncaughtException', onException);
  process.on('unhandledRejection', onRejection);
  return {
    reporters,
    uninstall() {
      process.off('uncaughtException', onException);
      process.off('unhandledRejection', onRejection);
    },
  };
}

/** Starts guarding (or joins the running guard); the returned function leaves it. */
export function enableCrashGuard(reporter: EscapeReporter): () => void {
  return joinProcessWideGuard(process, STATE, install, reporter);
}
