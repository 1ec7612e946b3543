/** The UI writes text, never HTML strings: no API that parses a string as markup appears in src/ui or src/hosts. */
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

const ROOT = path.resolve(__dirname, "../..");
const RAW_HTML = /\b(?:dangerouslySetInnerHTML|innerHTML|outerHTML|insertAdjacentHTML|document\.write|createContextualFragment|srcdoc)\b|\bnew\s+Function\s*\(|\beval\s*\(/;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? sources(full) : /\.(ts|tsx)$/.test(name) ? [full] : [];
  });
}

describe("no HTML from strings in the UI", () => {
  const files = [...sources(path.join(ROOT, "src/ui")), ...sources(path.join(ROOT, "src/hosts"))];

  it("finds the UI and host sources", () => {
    expect(files.length).toBeGreaterThan(40);
  });

  it("uses no innerHTML, dangerouslySetInnerHTML, insertAdjacentHTML, document.write, eval or new Function", () => {
    const offenders = files.flatMap((file) =>
      readFileSync(file, "utf8")
        .split("\n")
        .map((line, i) => ({ line, at: `${path.relative(ROOT, file)}:${i + 1}` }))
        // Comments may name the APIs to explain why they are avoided.
        .filter(({ line }) => RAW_HTML.test(line.replace(/\/\/.*$|\/\*.*?\*\/|^\s*\*.*$/g, "")))
        .map(({ at, line }) => `${at}: ${line.trim()}`),
    );
    expect(offenders).toEqual([]);
  });

  it("the check itself catches a raw-HTML line", () => {
    expect(RAW_HTML.test('<div dangerouslySetInnerHTML={{ __html: title }} />')).toBe(true);
    expect(RAW_HTML.test("el.innerHTML = html;")).toBe(true);
    expect(RAW_HTML.test("el.textContent = text;")).toBe(false);
  });
});
