// Stand-ins for WeChat's asynchronous APIs answer as WeChat does.

export type Callbacks<T> = { success?(result: T): void; fail?(error: { errMsg: string }): void };

/** As WeChat answers an async API: through `success` when given one, else as a promise. */
export function answer<T>(options: Callbacks<T>, result: T): Promise<T> | undefined {
  if (!options.success) return Promise.resolve(result);
  options.success(result);
  return undefined;
}
