/** Like useAsync, but a refresh keeps showing the loaded value until the new one arrives (editing must not flicker). */
import { useCallback, useEffect, useRef, useState } from "react";
import type { DependencyList } from "react";
import { isAppFailure } from "../../core";
import type { AsyncState } from "../async";

/** A value that can be refreshed in place. */
export interface Refreshable<T> {
  current: AsyncState<T>;
  /** Loads again; resolves when the new value (or error) is in. */
  refresh(): Promise<void>;
}

/** Loads when deps change; refresh() reloads without going back to "loading". */
export function useRefreshable<T>(load: () => Promise<T>, deps: DependencyList): Refreshable<T> {
  const [current, setCurrent] = useState<AsyncState<T>>({ state: "loading" });
  const [crash, setCrash] = useState<{ error: unknown } | null>(null);
  const generation = useRef(0);
  const loadRef = useRef(load);
  loadRef.current = load;

  const run = useCallback(async (): Promise<void> => {
    const mine = ++generation.current;
    try {
      const value = await loadRef.current();
      if (mine === generation.current) setCurrent({ state: "ready", value });
    } catch (error) {
      if (mine !== generation.current) return;
      if (isAppFailure(error)) setCurrent({ state: "error", error: error.appError });
      else setCrash({ error });
    }
  }, []);

  useEffect(() => {
    setCurrent({ state: "loading" });
    void run();
    return () => {
      // A counter, not a DOM node: the latest value is the one to bump, so a load still running is ignored.
      // eslint-disable-next-line react-hooks/exhaustive-deps -- see above
      generation.current++;
    };
    // The caller names the dependencies, as with useEffect.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the deps are the caller's, so no literal array exists here
  }, deps);

  if (crash !== null) throw crash.error;
  return { current, refresh: run };
}
