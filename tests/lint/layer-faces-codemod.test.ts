import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ts from "typescript";
import { runLayerFaces } from "../../scripts/codemods/layer-faces";

/** A small repository with the product's layers and every kind of import the codemod meets. */
const TREE: Record<string, string> = {
  "src/core/index.ts": `/** Face. */\nexport { formatDate } from "./format";\nexport { clauseText } from "./kallelse";\n`,
  "src/core/format.ts": `export function formatDate(d: Date): string { return d.toISOString(); }\nexport function formatTime(d: Date): string { return d.toISOString(); }\n`,
  "src/core/types.ts": `export interface Meeting { subject: string }\nexport class Expected extends Error {}\n`,
  "src/core/kallelse/index.ts": `export { clauseText } from "./html";\n`,
  "src/core/kallelse/html.ts": `export function clauseText(): string { return "kallelse"; }\n`,
  "src/core/protokoll/items.ts": `export function clauseText(): string { return "protokoll"; }\n`,
  "src/services/index.ts": `export const services = 1;\n`,
  "src/services/office/sharing.ts": `import type { Meeting } from "../../core/types";\nexport function share(m: Meeting): string { return m.subject; }\n`,
  "src/ui/App.ts": `import { formatDate } from "../core";\nimport { formatTime } from "../core/format";\nimport type { Meeting } from "../core/types";\nimport { Expected } from "../core/types";\nexport const App = (m: Meeting): unknown => [formatDate, formatTime, m, Expected];\n`,
  "src/ui/Clash.ts": `import { clauseText } from "../core/protokoll/items";\nexport const clash = clauseText;\n`,
  "src/ui/Forbidden.ts": `import { share } from "../services/office/sharing";\nexport const forbidden = share;\n`,
  "src/hosts/mount.ts": `import { App } from "../ui/App";\n// eslint-disable-next-line layering/layer-face -- kept on purpose\nimport { clash } from "../ui/Clash";\nexport { share } from "../services/office/sharing";\nexport const mounted = [App, clash];\n`,
};

let root: string;
const read = (file: string): string => readFileSync(path.join(root, file), "utf8");

function typeErrors(): string[] {
  const files = Object.keys(TREE).map((f) => path.join(root, f)).concat(existsSync(path.join(root, "src/ui/index.ts")) ? [path.join(root, "src/ui/index.ts")] : []);
  const program = ts.createProgram(files, { strict: true, noEmit: true, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, target: ts.ScriptTarget.ES2022, lib: ["lib.es2022.d.ts"], types: [] });
  return ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"));
}

beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), "layer-faces-"));
  for (const [file, text] of Object.entries(TREE)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  }
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("the layer-faces codemod", () => {
  it("starts from a tree that compiles", () => {
    expect(typeErrors()).toEqual([]);
  });

  it("a dry run changes nothing and lists the work", () => {
    const report = runLayerFaces(root, false);
    expect(report.rewrittenImports).toBe(6);
    expect(read("src/ui/App.ts")).toBe(TREE["src/ui/App.ts"]);
    expect(existsSync(path.join(root, "src/ui/index.ts"))).toBe(false);
  });

  it("rewrites deep imports to the face, merges them with the face's imports, and adds the names (types as types)", () => {
    const report = runLayerFaces(root, true);
    expect(read("src/ui/App.ts")).toBe(
      `import { formatDate, formatTime, Expected } from "../core";\nimport type { Meeting } from "../core";\nexport const App = (m: Meeting): unknown => [formatDate, formatTime, m, Expected];\n`,
    );
    expect(read("src/services/office/sharing.ts")).toContain(`import type { Meeting } from "../../core";`);
    const coreFace = read("src/core/index.ts");
    expect(coreFace.startsWith(TREE["src/core/index.ts"]!)).toBe(true);
    expect(coreFace).toContain(`export { formatTime } from "./format";`);
    expect(coreFace).toContain(`export { Expected } from "./types";`);
    expect(coreFace).toContain(`export type { Meeting } from "./types";`);
    expect(report.addedExports).toEqual(expect.arrayContaining(["core: formatTime (./format)", "core: type Meeting (./types)", "ui: App (./App)"]));
  });

  it("creates a missing face and sends the host through it; the host's re-export goes through the services face", () => {
    expect(read("src/ui/index.ts")).toMatch(/^\/\*\* Public face of src\/ui\..*\*\/\nexport \{ App \} from "\.\/App";\n$/);
    expect(read("src/hosts/mount.ts")).toContain(`import { App } from "../ui";`);
    expect(read("src/hosts/mount.ts")).toContain(`export { share } from "../services";`);
    expect(read("src/services/index.ts")).toContain(`export { share } from "./office/sharing";`);
  });

  it("leaves a clash, a forbidden import and an exempted import alone, and says so", () => {
    expect(read("src/ui/Clash.ts")).toBe(TREE["src/ui/Clash.ts"]);
    expect(read("src/ui/Forbidden.ts")).toBe(TREE["src/ui/Forbidden.ts"]);
    expect(read("src/hosts/mount.ts")).toContain(`import { clash } from "../ui/Clash";`);
    const again = runLayerFaces(root, false);
    expect([...again.leftAlone].sort()).toEqual([
      expect.stringMatching(/^src\/hosts\/mount\.ts:3 exempted/),
      expect.stringMatching(/^src\/ui\/Clash\.ts:1 src\/core\/index\.ts already exports another "clauseText"/),
      expect.stringMatching(/^src\/ui\/Forbidden\.ts:1 src\/ui may not import src\/services at all/),
    ]);
  });

  it("leaves a tree that still compiles, and a second run has nothing to do", () => {
    expect(typeErrors()).toEqual([]);
    const before = Object.keys(TREE).map(read);
    const again = runLayerFaces(root, true);
    expect(again.changedFiles).toEqual([]);
    expect(again.addedExports).toEqual([]);
    expect(Object.keys(TREE).map(read)).toEqual(before);
  });
});
