/** Promises over Office.js's callback style (AsyncResult). */
import { toOfficeError } from "./office-error";

/** Runs an Office.js async method and resolves with its value, or rejects with a typed OfficeError. */
export function officeCall<T>(where: string, start: (callback: (result: Office.AsyncResult<T>) => void) => void): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    try {
      start((result) => {
        // Office.AsyncResultStatus.Succeeded is the string "succeeded"; comparing the string keeps mocks honest too.
        if (String(result.status) === "succeeded") resolve(result.value);
        else reject(toOfficeError(result.error, where));
      });
    } catch (error) {
      // Office.js throws synchronously for calls the current mode does not support.
      reject(toOfficeError({ name: error instanceof Error ? error.message : String(error) }, where));
    }
  });
}
