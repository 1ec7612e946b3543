/** What the page shows when its own code could not be downloaded (offline, a deploy replaced the chunks): no React
 *  is there to render it, so plain DOM, and a way on. */

import { enCommon, svCommon } from "../../core";
import { detectLanguage } from "./language";

/**
 * Replaces #root's content with a sentence in the user's language (`lang`: the page's ?lang=, as readQuery read it)
 * and a button that reloads the page.
 */
export function showLoadFailure(doc: Document, error: unknown, lang: string | null): void {
  console.error("Sammanträde: sidans kod kunde inte laddas", error);
  const view = doc.defaultView;
  const strings = detectLanguage(lang, view?.navigator.language ?? "sv") === "en" ? enCommon : svCommon;
  const root = doc.getElementById("root") ?? doc.body;
  const box = doc.createElement("div");
  box.setAttribute("role", "alert");
  box.style.cssText = "font-family: system-ui, sans-serif; padding: 1rem 1.5rem;";
  const text = doc.createElement("p");
  text.textContent = strings.loadFailed;
  const retry = doc.createElement("button");
  retry.type = "button";
  retry.textContent = strings.retry;
  retry.addEventListener("click", () => view?.location.reload());
  box.append(text, retry);
  root.replaceChildren(box);
}
