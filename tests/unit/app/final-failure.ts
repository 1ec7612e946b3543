/** The FinalProtokollError a run of *Skapa slutligt protokoll* rejects with (any other outcome fails the test). */
import { FinalProtokollError } from "../../../src/app";

/** Awaits the run and returns its FinalProtokollError; a success or another error fails the test. */
export async function failureOf(promise: Promise<unknown>): Promise<FinalProtokollError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof FinalProtokollError) return error;
    throw error;
  }
  throw new Error("expected a FinalProtokollError");
}
