/** Async UI state as a tagged union, and the hook that loads it. */
import { useCallback, useEffect, useState } from "react";
import type { DependencyList } from "react";
import { isAppFailure } from "../core";
import type { AppError } from "../core";

/** The state of one asynchronous load. */
export type AsyncState<T> = { state: "loading" } | { state: "error"; error: AppError } | { state: "ready"; value: T };

/** A load's state, a way to run it again, and a way to replace the loaded value (optimistic updates). */
export interface AsyncHandle<T> {
  current: AsyncState<T>;
  reload(): void;
  replace(update: (value: T) => T): void;
}

/**
 * Runs `load` whenever `deps` change. Typed failures (AppFailure) become the error state; anything else is a bug
 * and is rethrown during render, so the error boundary shows it instead of the UI swallowing it.
 */
export function useAsync<T>(load: () => Promise<T>, deps: DependencyList): AsyncHandle<T> {
  const [current, setCurrent] = useState<AsyncState<T>>({ state: "loading" });
  const [crash, setCrash] = useState<{ error: unknown } | null>(null);
  const [version, setVersion] = useState(0);

  useEffect(() => {
    let live = true;
    setCurrent({ state: "loading" });
    load().then(
      (value) => {
        if (live) setCurrent({ state: "ready", value });
      },
      (error: unknown) => {
        if (!live) return;
        if (isAppFailure(error)) setCurrent({ state: "error", error: error.appError });
        else setCrash({ error });
      },
    );
    return () => {
      live = false;
    };
    // The caller names the dependencies, as with useEffect; `load` itself is a fresh closure each render.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the deps are the caller's, so no literal array exists here
  }, [...deps, version]);

  const reload = useCallback(() => setVersion((v) => v + 1), []);
  const replace = useCallback((update: (value: T) => T) => {
    setCurrent((state) => (state.state === "ready" ? { state: "ready", value: update(state.value) } : state));
  }, []);

  if (crash !== null) throw crash.error;
  return { current, reload, replace };
}
