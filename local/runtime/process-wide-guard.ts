/**
 * A guard installed once per process and shared by every local cloud in it: the first cloud to
 * join installs it, the last one to leave removes it. The state lives on a process-wide object
 * under a registered symbol, so copies of this module loaded twice still share one guard.
 */
export interface GuardInstallation<Reporter> {
  reporters: Set<Reporter>;
  uninstall(): void;
}

/** Joins the guard kept on `holder` under `key` (installing it if none runs); answers how to leave. */
export function joinProcessWideGuard<Reporter>(
  holder: object,
  key: symbol,
  install: () => GuardInstallation<Reporter>,
  reporter: Reporter,
): () => void {
  const slot = holder as Record<symbol, GuardInstallation<Reporter> | undefined>;
  let state = slot[key];
  if (!state) {
    state = install();
    Object.defineProperty(holder, key, { value: state, configurable: true });
  }
  state.reporters.add(reporter);
  let left = false;
  return () => {
    if (left) return;
    left = true;
    const current = slot[key];
    if (!current) return;
    current.reporters.delete(reporter);
    if (current.reporters.size === 0) {
      current.uninstall();
      delete slot[key];
    }
  };
}
