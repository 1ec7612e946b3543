/**
 * Marks the blanks ("[nr]", "[Ort]", "[Preliminärt]") yellow in the rendered document, whatever template put them
 * there: the secretariat finds them before justering without the template having to know which texts hold blanks.
 */

const BLANK = /(\[[^\]]*\])/;
// Run properties that must come after <w:highlight> (ECMA-376 §17.3.2.28 order); it is inserted before the first of them.
const AFTER_HIGHLIGHT = ["<w:u ", "<w:u/", "<w:effect", "<w:bdr", "<w:shd", "<w:fitText", "<w:vertAlign", "<w:rtl", "<w:cs/", "<w:cs ", "<w:em ", "<w:lang", "<w:eastAsianLayout", "<w:specVanish", "<w:oMath"];

function withHighlight(properties: string): string {
  if (properties === "") return `<w:rPr><w:highlight w:val="yellow"/></w:rPr>`;
  const inner = properties.replace(/^<w:rPr>/, "").replace(/<\/w:rPr>$/, "").replace(/<w:highlight [^>]*\/>/g, "");
  const at = AFTER_HIGHLIGHT.map((t) => inner.indexOf(t)).filter((i) => i >= 0).sort((a, b) => a - b)[0] ?? inner.length;
  return `<w:rPr>${inner.slice(0, at)}<w:highlight w:val="yellow"/>${inner.slice(at)}</w:rPr>`;
}

/** The part's XML with every bracketed blank in a run of its own, highlighted; other text unchanged. */
export function highlightBlanks(xml: string): string {
  return xml.replace(/<w:r>(<w:rPr>(?:(?!<\/w:rPr>)[\s\S])*<\/w:rPr>)?<w:t(?: xml:space="preserve")?>([^<]*)<\/w:t><\/w:r>/g, (whole, properties: string | undefined, text: string) => {
    if (!BLANK.test(text)) return whole;
    const props = properties ?? "";
    return text
      .split(BLANK)
      .filter((part) => part !== "")
      .map((part) => `<w:r>${BLANK.test(part) ? withHighlight(props) : props}<w:t xml:space="preserve">${part}</w:t></w:r>`)
      .join("");
  });
}
