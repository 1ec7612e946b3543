/** Mounts the UI into the page and keeps the document's language in step with it. */
import { createRoot } from "react-dom/client";
import type { Root } from "react-dom/client";
import type { ReactNode } from "react";
import type { Language } from "../../core";

let root: Root | null = null;

/** Renders `node` into #root (created once), setting <html lang> for screen readers and hyphenation. */
export function mount(node: ReactNode, language: Language, doc: Document = document): void {
  doc.documentElement.lang = language;
  // The themed page fills the frame: the browser's default body margin would show a white edge in dark themes.
  doc.body.style.margin = "0";
  const container = doc.getElementById("root") ?? doc.body.appendChild(doc.createElement("div"));
  root ??= createRoot(container);
  root.render(node);
}
