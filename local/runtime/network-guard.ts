/**
 * The network guard: while a local cloud runs, no socket, datagram or DNS query may leave the
 * machine. Node's `net.Socket#connect` (used by http, https, tls, http2 and fetch), `dgram`
 * sends and `dns` lookups/resolves are checked; a non-loopback target fails asynchronously with
 * `ERR_LOCAL_CLOUD_NETWORK_BLOCKED`, and every registered reporter hears of it (each cloud
 * attributes it to its own running invocation, which then fails).
 *
 * The patch lives on Node's shared core modules, so it is reference-counted across clouds (and
 * across jest test files in one worker) and removed when the last cloud closes.
 */
// `import x = require()` (not `import * as`): the patches must land on the real core modules,
// not on an interop copy of them.
import net = require('net');
import dgram = require('dgram');
import dns = require('dns');
import { joinProcessWideGuard } from './process-wide-guard';
import type { GuardInstallation } from './process-wide-guard';

export const NETWORK_BLOCKED_CODE = 'ERR_LOCAL_CLOUD_NETWORK_BLOCKED';

export interface NetworkAttempt {
  target: string;
  port: number | null;
  via: 'net.connect' | 'dgram' | 'dns';
}

export type NetworkReporter = (attempt: NetworkAttempt) => void;

interface GuardState extends GuardInstallation<NetworkReporter> {
  restore: Array<() => void>;
}

const STATE = Symbol.for('estate-desk.local-runtime.network-guard');

export function isLoopbackHost(host: string): boolean {
  const h = host
    .trim()
    .toLowerCase()
    .replace(/^\[|\]$/g, '');
  if (h === 'localhost' || h.endsWith('.localhost')) return true;
  if (net.isIPv4(h)) return h.startsWith('127.');
  if (net.isIPv6(h)) {
    if (h === '::1' || /^0{0,4}(:0{0,4}){6}:0{0,3}1$/.test(h)) return true;
    const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(h);
    return mapped ? mapped[1].startsWith('127.') : false;
  }
  return false;
}

export function blockedError(attempt: NetworkAttempt): NodeJS.ErrnoException {
  const where = attempt.port === null ? attempt.target : `${attempt.target}:${attempt.port}`;
  const error: NodeJS.ErrnoException = new Error(
    `local cloud: network access to ${where} is blocked (only loopback is reachable)`,
  );
  error.code = NETWORK_BLOCKED_CODE;
  return error;
}

function report(state: GuardState, attempt: NetworkAttempt): void {
  for (const reporter of state.reporters) {
    try {
      reporter(attempt);
    } catch {
      // A reporter must not break the guard.
    }
  }
}

/** The target of `socket.connect(...)` in any of its call forms; null for a local (IPC) path. */
function connectTarget(args: unknown[]): { host: string; port: number | null } | null {
  let first = args[0];
  if (Array.isArray(first)) first = first[0]; // net.connect() passes its normalised [options, cb]
  if (first && typeof first === 'object') {
    const o = first as { path?: unknown; host?: unknown; port?: unknown };
    if (typeof o.path === 'string' && o.path) return null;
    return { host: typeof o.host === 'string' && o.host ? o.host : 'localhost', port: toPort(o.port) };
  }
  if (typeof first === 'string' && !/^\d+$/.test(first)) return null; // an IPC path
  return { host: typeof args[1] === 'string' && args[1] ? args[1] : 'localhost', port: toPort(first) };
}

function toPort(value: unknown): number | null {
  const n = Number(value);
  return Number.isFinite(n) ? n : null;
}

function patch<T extends object, K extends keyof T>(
  state: GuardState,
  target: T,
  key: K,
  wrap: (original: T[K]) => T[K],
): void {
  const original = target[key];
  if (typeof original !== 'function') return;
  target[key] = wrap(original);
  state.restore.push(() => {
    target[key] = original;
  });
}

function install(): GuardState {
  const state: GuardState = {
    reporters: new Set(),
    restore: [],
    uninstall: () => {
      for (const undo of state.restore.reverse()) undo();
    },
  };

  patch(
    state,
    net.Socket.prototype,
    'connect',
    (original) =>
      function guardedConnect(this: net.Socket, ...args: unknown[]) {
        const target = connectTarget(args);
        if (target && !isLoopbackHost(target.host)) {
          const attempt: NetworkAttempt = { target: target.host, port: target.port, via: 'net.connect' };
          report(state, attempt);
          process.nextTick(() => this.destroy(blockedError(attempt)));
          return this;
        }
        return (original as (...a: unknown[]) => net.Socket).apply(this, args);
      } as never,
  );

  for (const method of ['send', 'connect'] as const) {
    patch(
      state,
      dgram.Socket.prototype,
      method,
      (original) =>
        function guardedDgram(this: dgram.Socket, ...args: unknown[]) {
          const callback = args.find((a) => typeof a === 'function') as ((e: Error) => void) | undefined;
          // send(msg, [offset, length,] port, address) / connect(port, address): the address is the
          // last string after the message (no address: a connected socket, checked at connect).
          const strings = args.slice(method === 'send' ? 1 : 0).filter((a): a is string => typeof a === 'string');
          const address = strings[strings.length - 1];
          if (typeof address === 'string' && !isLoopbackHost(address)) {
            const port = args.find((a) => typeof a === 'number') as number | undefined;
            const attempt: NetworkAttempt = { target: address, port: port ?? null, via: 'dgram' };
            report(state, attempt);
            const error = blockedError(attempt);
            if (callback) process.nextTick(() => callback(error));
            else process.nextTick(() => this.emit('error', error));
            return undefined;
          }
          return (original as (...a: unknown[]) => unknown).apply(this, args);
        } as never,
    );
  }

  // An address literal is answered without a query (server.listen('0.0.0.0') looks it up).
  const guardName = (name: unknown): NetworkAttempt | null =>
    typeof name === 'string' && !net.isIP(name) && !isLoopbackHost(name)
      ? { target: name, port: null, via: 'dns' }
      : null;

  const callbackStyle = (original: unknown) =>
    function guardedDns(this: unknown, ...args: unknown[]) {
      const attempt = guardName(args[0]);
      if (attempt) {
        report(state, attempt);
        const callback = args[args.length - 1];
        if (typeof callback === 'function') process.nextTick(() => callback(blockedError(attempt)));
        return {};
      }
      return (original as (...a: unknown[]) => unknown).apply(this, args);
    } as never;
  const promiseStyle = (original: unknown) =>
    function guardedDnsPromise(this: unknown, ...args: unknown[]) {
      const attempt = guardName(args[0]);
      if (attempt) {
        report(state, attempt);
        return Promise.reject(blockedError(attempt));
      }
      return (original as (...a: unknown[]) => unknown).apply(this, args);
    } as never;

  const dnsModule = dns as unknown as Record<string, unknown>;
  const dnsPromises = dns.promises as unknown as Record<string, unknown>;
  const queries = (o: Record<string, unknown>) =>
    Object.keys(o).filter((k) => k === 'lookup' || k === 'lookupService' || k.startsWith('resolve') || k === 'reverse');
  for (const key of queries(dnsModule)) patch(state, dnsModule, key, callbackStyle);
  for (const key of queries(dnsPromises)) patch(state, dnsPromises, key, promiseStyle);
  const resolverProtos = [dns.Resolver.prototype, dns.promises.Resolver.prototype] as unknown as Record<
    string,
    unknown
  >[];
  for (const key of Object.getOwnPropertyNames(resolverProtos[0]).filter(
    (k) => k.startsWith('resolve') || k === 'reverse',
  )) {
    patch(state, resolverProtos[0], key, callbackStyle);
  }
  for (const key of Object.getOwnPropertyNames(resolverProtos[1]).filter(
    (k) => k.startsWith('resolve') || k === 'reverse',
  )) {
    patch(state, resolverProtos[1], key, promiseStyle);
  }
  return state;
}

/** Starts guarding (or joins the running guard); the returned function leaves it. */
export function enableNetworkGuard(reporter: NetworkReporter): () => void {
  return joinProcessWideGuard(net, STATE, install, reporter);
}
