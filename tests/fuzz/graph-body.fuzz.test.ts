/**
 * @jest-environment jsdom
 *
 * HTML from Graph (the event body the Outlook simulation shows) goes through DOMPurify (src/hosts/outlook/simulation):
 * whatever the body holds, the sanitised DOM has no script, frame, form or style element, no on* attribute and no
 * script-bearing URL, stays so when serialised and parsed again (mutation XSS), and keeps our kallelse's text.
 */
import fc from "fast-check";
import { buildKallelse, renderKallelseHtml, replaceKallelseBlock } from "../../src/core/kallelse";
import { htmlToPlainText } from "../../src/hosts/outlook/simulation/plainText";
import { sanitizeBody } from "../../src/hosts/outlook/simulation/sanitize";
import { agenda, input, item, ORGANIZER_TEXT, POLICY, TEAMS_JOIN_BLOCK } from "../unit/kallelse/fixtures";
import { collapse, hostileText, MARKUP_PAYLOADS, toWellFormed, URL_PAYLOADS } from "./hostile";
import { FuzzRecorder } from "./results";

const FORBIDDEN = new Set([
  "SCRIPT", "IFRAME", "FRAME", "FRAMESET", "OBJECT", "EMBED", "APPLET", "FORM", "INPUT", "BUTTON", "TEXTAREA", "SELECT",
  "STYLE", "LINK", "META", "BASE", "NOSCRIPT", "TEMPLATE",
]);
const URL_ATTRIBUTES = new Set(["href", "src", "action", "formaction", "xlink:href", "background", "poster", "srcset", "data"]);

/** A URL attribute that could run script once the browser has removed what it ignores (tabs, controls) and decoded it. */
function isScriptUrl(value: string): boolean {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what this pattern looks for
  const squashed = value.replace(/[\u0000-\u0020\u007F-\u009F]/g, "").toLowerCase();
  return /^(?:javascript|vbscript|livescript):/.test(squashed) || /^data:(?!image\/(?:png|gif|jpe?g|webp);)/.test(squashed);
}

function problemsIn(root: ParentNode): string[] {
  const problems: string[] = [];
  for (const element of root.querySelectorAll("*")) {
    if (FORBIDDEN.has(element.tagName.toUpperCase())) problems.push(`element <${element.tagName.toLowerCase()}>`);
    for (const attribute of element.attributes) {
      const name = attribute.name.toLowerCase();
      if (name.startsWith("on")) problems.push(`event attribute ${name}`);
      if (name === "srcdoc") problems.push("srcdoc");
      if (URL_ATTRIBUTES.has(name) && isScriptUrl(attribute.value)) problems.push(`${name}=${JSON.stringify(attribute.value.slice(0, 60))}`);
      if (name === "style" && /expression\(|javascript:|url\(\s*['"]?\s*javascript/i.test(attribute.value)) problems.push("script in style");
    }
    if (element.tagName === "A" && element.hasAttribute("href")) {
      if (element.getAttribute("target") !== "_blank" || !(element.getAttribute("rel") ?? "").includes("noopener")) problems.push("link without target/noopener");
    }
  }
  return problems;
}

/** The sanitised body serialised and parsed again, as the browser would if it were ever set as HTML. */
function reparsed(fragment: DocumentFragment): DocumentFragment {
  const holder = document.createElement("div");
  holder.append(fragment.cloneNode(true));
  const template = document.createElement("template");
  template.innerHTML = holder.innerHTML;
  return template.content;
}

const hostileBody = fc
  .array(fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...MARKUP_PAYLOADS) }, { weight: 1, arbitrary: fc.constantFrom(...URL_PAYLOADS).map((u) => `<a href="${u}">länk</a>`) }, { weight: 2, arbitrary: hostileText }), { maxLength: 8 })
  .map((parts) => parts.join(""));

const recorder = new FuzzRecorder("graph-body");
afterAll(() => recorder.flush());

describe("event body from Graph under hostile input", () => {
  it("DOMPurify leaves no script, frame, form, on* attribute or script URL, also after a second parse", async () => {
    const result = await recorder.check("event body via DOMPurify (+ mXSS re-parse)", (tally) =>
      fc.property(hostileBody, fc.boolean(), (body, withTeams) => {
        const html = `<html><body>${body}${withTeams ? TEAMS_JOIN_BLOCK : ""}</body></html>`;
        const fragment = sanitizeBody(html);
        tally.fieldChecks += 2;
        const problems = [...problemsIn(fragment), ...problemsIn(reparsed(fragment)).map((p) => `after re-parse: ${p}`)];
        htmlToPlainText(fragment.cloneNode(true));
        if (problems.length > 0) throw new Error(problems.slice(0, 5).join("; "));
      }),
    );
    expect(result.escapes).toBe(0);
  });

  it("a hostile kallelse inserted into the body keeps all its text through DOMPurify and the plain-text view", async () => {
    const body = `<html><body>${ORGANIZER_TEXT}${TEAMS_JOIN_BLOCK}</body></html>`;
    const result = await recorder.check("kallelse in the event body via DOMPurify", (tally) =>
      fc.property(hostileText, hostileText, hostileText, (title, presenter, location) => {
        const kallelse = buildKallelse(input({ location, agenda: agenda([item(1, { title, presenter })]) }));
        const fragment = sanitizeBody(replaceKallelseBlock(body, renderKallelseHtml(kallelse, POLICY)));
        const problems = problemsIn(fragment);
        const text = collapse(fragment.textContent ?? "");
        const plain = collapse(htmlToPlainText(fragment.cloneNode(true)));
        for (const expected of [title, presenter, location]) {
          tally.fieldChecks++;
          // As an HTML parser reads text: CR/CRLF to LF, NUL dropped; lone surrogates were made U+FFFD by the kallelse.
          const wanted = collapse(toWellFormed(expected).replace(/\r\n?/g, "\n").replace(/\0/g, ""));
          if (!text.includes(wanted)) problems.push(`sanitised body lacks ${JSON.stringify(wanted.slice(0, 60))}`);
          if (!plain.includes(wanted)) problems.push(`plain-text view lacks ${JSON.stringify(wanted.slice(0, 60))}`);
        }
        if (problems.length > 0) throw new Error(problems.slice(0, 5).join("; "));
      }),
    );
    expect(result.escapes).toBe(0);
  });
});
