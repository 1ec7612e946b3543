/** Detects a page that is not hosted by Teams, without waiting for the SDK (DESIGN §7a: it waits 60 s in a foreign frame). */

/** Not framed and not opened by another window: Teams cannot be the host. */
export function isStandaloneWindow(win: Pick<Window, "parent" | "opener">): boolean {
  return win.parent === (win as unknown) && !win.opener;
}

/** Rejects with a timeout error after `ms`, unless `promise` settles first. */
export function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Ingen värd svarade inom ${ms} ms`)), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}
