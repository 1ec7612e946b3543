/** The body as plain text, the way a text-only mail client shows it: blocks on lines, list numbers, link addresses. */

const BLOCKS = new Set(["P", "DIV", "H1", "H2", "H3", "H4", "UL", "OL", "TABLE", "TR", "BLOCKQUOTE"]);

function walk(node: Node, out: string[]): void {
  if (node.nodeType === Node.TEXT_NODE) {
    out.push((node.textContent ?? "").replace(/\s+/g, " "));
    return;
  }
  if (!(node instanceof Element)) {
    // A fragment or document: only its children carry text.
    for (const child of node.childNodes) walk(child, out);
    return;
  }
  const tag = node.tagName;
  if (tag === "BR") {
    out.push("\n");
    return;
  }
  if (tag === "LI") {
    const parent = node.parentElement;
    const index = parent ? [...parent.children].indexOf(node) + 1 : 1;
    out.push(parent?.tagName === "OL" ? `\n${index}. ` : "\n• ");
  }
  if (BLOCKS.has(tag)) out.push("\n");
  for (const child of node.childNodes) walk(child, out);
  if (tag === "A") {
    const href = node.getAttribute("href");
    if (href && href !== node.textContent?.trim()) out.push(` <${href}>`);
  }
  if (BLOCKS.has(tag)) out.push("\n");
}

/** Plain text of an HTML fragment or document (already sanitised). */
export function htmlToPlainText(root: Node): string {
  const out: string[] = [];
  walk(root, out);
  return out
    .join("")
    .split("\n")
    .map((line) => line.trim())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}
