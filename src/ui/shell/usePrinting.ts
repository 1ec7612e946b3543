/** Follows whether the page is being printed, so that a dark or high-contrast screen still prints dark on white. */
import { useSyncExternalStore } from "react";

function printQuery(): MediaQueryList | null {
  return typeof window !== "undefined" && typeof window.matchMedia === "function" ? window.matchMedia("print") : null;
}

function subscribe(onChange: () => void): () => void {
  const query = printQuery();
  query?.addEventListener("change", onChange);
  // Some browsers print without a media change event; beforeprint and afterprint come in every one.
  window.addEventListener("beforeprint", onChange);
  window.addEventListener("afterprint", onChange);
  return () => {
    query?.removeEventListener("change", onChange);
    window.removeEventListener("beforeprint", onChange);
    window.removeEventListener("afterprint", onChange);
  };
}

/** True while the page renders for print. */
export function usePrinting(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => printQuery()?.matches === true,
    () => false,
  );
}
