/** State of the protokoll action as a tagged union (DESIGN §3). */
import type { AppError } from "../../core";
import type { DraftResult } from "../../app";

/** Idle, creating, created (with the file), or failed with a typed error (and its own sentence, e.g. a template's mistake) the user can retry from. */
export type DraftState =
  | { state: "idle" }
  | { state: "creating" }
  | { state: "created"; result: DraftResult }
  | { state: "failed"; error: AppError; message?: string };
