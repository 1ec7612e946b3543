/** What the page shows when its own code could not be downloaded (offline, a deploy replaced the chunks): no React
 *  is there to render it, so plain DOM, and a way on. */

/** Replaces #root's content with a Swedish sentence and a button that reloads the page. */
export function showLoadFailure(doc: Document, error: unknown): void {
  console.error("Sammanträde: sidans kod kunde inte laddas", error);
  const root = doc.getElementById("root") ?? doc.body;
  const box = doc.createElement("div");
  box.setAttribute("role", "alert");
  box.style.cssText = "font-family: system-ui, sans-serif; padding: 1rem 1.5rem;";
  const text = doc.createElement("p");
  text.textContent = "Sammanträde kunde inte laddas. Kontrollera anslutningen och försök igen.";
  const retry = doc.createElement("button");
  retry.type = "button";
  retry.textContent = "Försök igen";
  retry.addEventListener("click", () => doc.defaultView?.location.reload());
  box.append(text, retry);
  root.replaceChildren(box);
}
