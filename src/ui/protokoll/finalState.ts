/** State of *Skapa slutligt protokoll* as a tagged union (DESIGN §3). */
import type { FinalProtokollResult, FinalProtokollError, FinalStep } from "../../app";

/** Idle, working (at a step), done (with both files), or failed at a step (what was saved before it is kept). */
export type FinalState =
  | { state: "idle" }
  | { state: "working"; step: FinalStep }
  | { state: "done"; result: FinalProtokollResult }
  | { state: "failed"; error: FinalProtokollError };
