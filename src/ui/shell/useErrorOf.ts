/** The pane's one error policy for actions: an expected failure is explained where it happened; a bug is not. */
import { useCallback, useState } from "react";
import { isAppFailure } from "../../core";
import type { AppError } from "../../core";

/**
 * Returns `errorOf(error)`: the AppError of an expected failure (Graph, Office, a draft), for the action's notice.
 * Anything else is a bug: it is rethrown while rendering, so the nearest error boundary shows the Swedish crash
 * message instead of the pane dressing it up as "unknown". (An action's catch runs outside React's render, where a
 * throw would reach no boundary.) The placeholder it returns for a bug is never shown: the boundary replaces the pane.
 */
export function useErrorOf(): (error: unknown) => AppError {
  const [bug, setBug] = useState<{ error: unknown } | null>(null);
  if (bug !== null) throw bug.error;
  return useCallback((error: unknown): AppError => {
    if (isAppFailure(error)) return error.appError;
    setBug({ error });
    return { code: "unknown" };
  }, []);
}
