/**
 * Codemod: every import that reaches past another layer's index.ts ("../../core/types") is rewritten to that layer's
 * face ("../../core"), and the names it needs are added to the face as re-exports (types as `export type`).
 * Safe to re-run: a second run finds nothing to do. It never guesses: a name the face already exports as a different
 * thing, a default or namespace import, or an import the layering forbids is listed and left for a person.
 *
 *   npx tsx scripts/codemods/layer-faces.ts            rewrite the repository
 *   npx tsx scripts/codemods/layer-faces.ts --dry      list what it would do, change nothing (exit 1 when there is work)
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";

/** The product's layers (src/<layer>/index.ts is each one's face); the same list as lint/layering.mjs. */
export const LAYERS = ["core", "app", "services", "ui", "hosts", "config"] as const;
type Layer = (typeof LAYERS)[number];

/** Which layers each may import (lint/layering.mjs says the same; imports it forbids are not the codemod's to fix). */
const ALLOWED: Record<Layer, readonly Layer[]> = {
  core: [],
  config: ["core"],
  app: ["core", "config"],
  services: ["core", "config"],
  ui: ["core", "app", "config"],
  hosts: ["core", "app", "services", "ui", "config"],
};

/** What one run did or would do. */
export interface CodemodReport {
  /** Files rewritten (importers and faces), relative to the root. */
  changedFiles: string[];
  /** Imports rewritten to a face. */
  rewrittenImports: number;
  /** Names added to a face, as "core: formatDate (./format)". */
  addedExports: string[];
  /** What was left alone, and why. */
  leftAlone: string[];
}

interface FaceAddition {
  layer: Layer;
  name: string;
  typeOnly: boolean;
  fromSpecifier: string;
  symbol: ts.Symbol;
}

interface TextEdit {
  start: number;
  end: number;
  text: string;
}

const toPosix = (p: string): string => p.split(path.sep).join("/");

function relativeSpecifier(fromDir: string, toPath: string): string {
  const relative = toPosix(path.relative(fromDir, toPath));
  return relative.startsWith(".") ? relative : `./${relative}`;
}

function stripExtension(file: string): string {
  return file.replace(/\.(d\.ts|tsx?|mts|cts|jsx?|mjs|cjs)$/, "");
}

/** Runs the codemod on the repository at `root` (its tsconfig.json when present); writes only when `write`. */
export function runLayerFaces(root: string, write: boolean): CodemodReport {
  const srcDir = path.join(root, "src");
  const layerOf = (file: string): Layer | undefined => {
    const relative = path.relative(srcDir, file);
    if (relative.startsWith("..") || path.isAbsolute(relative)) return undefined;
    const first = relative.split(path.sep)[0];
    return (LAYERS as readonly string[]).includes(first ?? "") ? (first as Layer) : undefined;
  };
  const faceFile = (layer: Layer): string => path.join(srcDir, layer, "index.ts");

  const configPath = path.join(root, "tsconfig.json");
  const parsed = existsSync(configPath)
    ? ts.parseJsonConfigFileContent(ts.readConfigFile(configPath, (f) => ts.sys.readFile(f)).config, ts.sys, root)
    : // A tree without a tsconfig (the codemod's own test): plain ES modules, no DOM or @types to read.
      { fileNames: ts.sys.readDirectory(srcDir, [".ts", ".tsx"]), options: { jsx: ts.JsxEmit.ReactJSX, moduleResolution: ts.ModuleResolutionKind.Bundler, module: ts.ModuleKind.ESNext, strict: true, noEmit: true, lib: ["lib.es2022.d.ts"], types: [] } };
  const program = ts.createProgram(parsed.fileNames, parsed.options);
  const checker = program.getTypeChecker();
  const resolve = (specifier: string, from: string): string | undefined =>
    ts.resolveModuleName(specifier, from, parsed.options, ts.sys).resolvedModule?.resolvedFileName;
  const finalSymbol = (symbol: ts.Symbol): ts.Symbol => (symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol);

  // What each face exports today, name -> the thing it is.
  const faceExports = new Map<Layer, Map<string, ts.Symbol>>();
  for (const layer of LAYERS) {
    const exports = new Map<string, ts.Symbol>();
    const source = program.getSourceFile(faceFile(layer));
    const moduleSymbol = source && checker.getSymbolAtLocation(source);
    if (moduleSymbol) for (const symbol of checker.getExportsOfModule(moduleSymbol)) exports.set(symbol.name, finalSymbol(symbol));
    faceExports.set(layer, exports);
  }

  const report: CodemodReport = { changedFiles: [], rewrittenImports: 0, addedExports: [], leftAlone: [] };
  const additions: FaceAddition[] = [];
  const editsByFile = new Map<string, TextEdit[]>();
  const where = (source: ts.SourceFile, node: ts.Node): string =>
    `${toPosix(path.relative(root, source.fileName))}:${source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1}`;

  /** Can `name` (meaning `symbol`) be had from the face? Plans the re-export when it is missing; false on a clash. */
  const planName = (layer: Layer, name: string, symbol: ts.Symbol, fromSpecifier: string): boolean => {
    const existing = faceExports.get(layer)?.get(name);
    if (existing !== undefined) return existing === symbol;
    const planned = additions.find((a) => a.layer === layer && a.name === name);
    if (planned !== undefined) return planned.symbol === symbol;
    additions.push({ layer, name, typeOnly: (symbol.flags & ts.SymbolFlags.Value) === 0, fromSpecifier, symbol });
    return true;
  };

  for (const source of program.getSourceFiles()) {
    const from = layerOf(source.fileName);
    if (from === undefined || source.isDeclarationFile) continue;
    const faceImports: { node: ts.ImportDeclaration; face: string }[] = [];
    const edits: TextEdit[] = [];
    for (const statement of source.statements) {
      if (!(ts.isImportDeclaration(statement) || ts.isExportDeclaration(statement))) continue;
      const specifierNode = statement.moduleSpecifier;
      if (specifierNode === undefined || !ts.isStringLiteral(specifierNode) || !specifierNode.text.startsWith(".")) continue;
      const resolved = resolve(specifierNode.text, source.fileName);
      const to = resolved === undefined ? undefined : layerOf(resolved);
      if (resolved === undefined || to === undefined || to === from) continue;
      const face = relativeSpecifier(path.dirname(source.fileName), path.join(srcDir, to));
      const isFace = path.resolve(stripExtension(resolved)) === path.resolve(stripExtension(faceFile(to)));
      if (isFace) {
        if (ts.isImportDeclaration(statement)) faceImports.push({ node: statement, face });
        continue;
      }
      if (exempted(source, statement)) {
        report.leftAlone.push(`${where(source, statement)} exempted by an eslint-disable comment for layering/layer-face`);
        continue;
      }
      if (!ALLOWED[from].includes(to)) {
        report.leftAlone.push(`${where(source, statement)} src/${from} may not import src/${to} at all: move the code, not the import`);
        continue;
      }
      const fromSpecifier = relativeSpecifier(path.dirname(faceFile(to)), stripExtension(resolved).replace(/\/index$/, ""));
      const names = namedBindings(statement);
      if (names === undefined) {
        report.leftAlone.push(`${where(source, statement)} default, namespace, bare or export-* import: name what it needs by hand`);
        continue;
      }
      const clash = names.find((n) => {
        const symbol = checker.getSymbolAtLocation(n.exported);
        return symbol === undefined || !planName(to, n.exported.text, finalSymbol(symbol), fromSpecifier);
      });
      if (clash !== undefined) {
        report.leftAlone.push(`${where(source, statement)} src/${to}/index.ts already exports another "${clash.exported.text}": rename one of them`);
        continue;
      }
      edits.push({ start: specifierNode.getStart(source), end: specifierNode.getEnd(), text: JSON.stringify(face) });
      report.rewrittenImports++;
      if (ts.isImportDeclaration(statement)) faceImports.push({ node: statement, face });
    }
    edits.push(...mergeEdits(source, faceImports, edits));
    if (edits.length > 0) editsByFile.set(source.fileName, edits);
  }

  // A name planned for a face is only added once every importer agreed on what it means.
  for (const layer of LAYERS) {
    const mine = additions.filter((a) => a.layer === layer);
    if (mine.length === 0) continue;
    const file = faceFile(layer);
    const before = existsSync(file) ? readFileSync(file, "utf8") : `/** Public face of src/${layer}. Other layers import src/${layer} only from here, never from the files behind it. */\n`;
    const groups = new Map<string, string[]>();
    for (const a of mine) {
      const key = `${a.typeOnly ? "export type" : "export"}\u0000${a.fromSpecifier}`;
      groups.set(key, [...(groups.get(key) ?? []), a.name]);
      report.addedExports.push(`${layer}: ${a.typeOnly ? "type " : ""}${a.name} (${a.fromSpecifier})`);
    }
    const lines = [...groups].map(([key, names]) => {
      const [keyword, specifier] = key.split("\u0000");
      return `${keyword} { ${names.sort().join(", ")} } from "${specifier}";`;
    });
    // The face may be an importer too (services/index.ts imports core): its own rewrites and the new exports go together.
    editsByFile.set(file, [...(editsByFile.get(file) ?? []), { start: before.length, end: before.length, text: `${before.endsWith("\n") ? "" : "\n"}${lines.join("\n")}\n` }]);
    if (!existsSync(file) && write) writeFileSync(file, before);
  }

  for (const [file, edits] of editsByFile) {
    report.changedFiles.push(toPosix(path.relative(root, file)));
    if (!write) continue;
    const text = existsSync(file) ? readFileSync(file, "utf8") : "";
    writeFileSync(file, applyEdits(text, edits));
  }
  report.changedFiles.sort();
  return report;
}

/** True when a person exempted the import on purpose (`// eslint-disable-next-line layering/layer-face -- why`). */
function exempted(source: ts.SourceFile, statement: ts.Statement): boolean {
  const comments = ts.getLeadingCommentRanges(source.text, statement.getFullStart()) ?? [];
  return comments.some((c) => /eslint-disable-next-line[^\n]*layering\/layer-face/.test(source.text.slice(c.pos, c.end)));
}

interface NamedBinding {
  /** The name as the other module exports it. */
  exported: ts.ModuleExportName;
}

/** The named bindings of `import { a, type b as c }` / `export { a } from`; undefined for anything else. */
function namedBindings(statement: ts.ImportDeclaration | ts.ExportDeclaration): NamedBinding[] | undefined {
  if (ts.isImportDeclaration(statement)) {
    const clause = statement.importClause;
    if (clause === undefined || clause.name !== undefined || clause.namedBindings === undefined || !ts.isNamedImports(clause.namedBindings)) return undefined;
    return clause.namedBindings.elements.map((e) => ({ exported: e.propertyName ?? e.name }));
  }
  if (statement.exportClause === undefined || !ts.isNamedExports(statement.exportClause)) return undefined;
  return statement.exportClause.elements.map((e) => ({ exported: e.propertyName ?? e.name }));
}

/** Folds several `import { … } from "<face>"` of one kind (type or value) in a file into the first of them. */
function mergeEdits(source: ts.SourceFile, imports: { node: ts.ImportDeclaration; face: string }[], specifierEdits: TextEdit[]): TextEdit[] {
  const groups = new Map<string, ts.ImportDeclaration[]>();
  for (const { node, face } of imports) {
    const clause = node.importClause;
    if (clause === undefined || clause.name !== undefined || clause.namedBindings === undefined || !ts.isNamedImports(clause.namedBindings)) continue;
    const key = `${clause.isTypeOnly ? "type" : "value"} ${face}`;
    groups.set(key, [...(groups.get(key) ?? []), node]);
  }
  const edits: TextEdit[] = [];
  for (const [key, nodes] of groups) {
    if (nodes.length < 2) continue;
    const [kind, face] = key.split(" ");
    const specifiers: string[] = [];
    for (const node of nodes) {
      for (const element of (node.importClause!.namedBindings as ts.NamedImports).elements) {
        const text = element.getText(source);
        if (!specifiers.includes(text)) specifiers.push(text);
      }
    }
    const [first, ...rest] = nodes;
    // The merged statement replaces the first; the specifier edit planned inside it is dropped (it is rewritten whole).
    for (const node of nodes) {
      const i = specifierEdits.findIndex((e) => e.start >= node.getStart(source) && e.end <= node.getEnd());
      if (i >= 0) specifierEdits.splice(i, 1);
    }
    edits.push({ start: first!.getStart(source), end: first!.getEnd(), text: `import ${kind === "type" ? "type " : ""}{ ${specifiers.join(", ")} } from ${JSON.stringify(face)};` });
    for (const node of rest) {
      const end = source.text[node.getEnd()] === "\n" ? node.getEnd() + 1 : node.getEnd();
      edits.push({ start: node.getStart(source), end, text: "" });
    }
  }
  return edits;
}

function applyEdits(text: string, edits: TextEdit[]): string {
  let out = text;
  for (const edit of [...edits].sort((a, b) => b.start - a.start)) out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  return out;
}

if (require.main === module) {
  const write = !process.argv.includes("--dry");
  const root = path.resolve(__dirname, "../..");
  const report = runLayerFaces(root, write);
  console.log(`${write ? "Rewrote" : "Would rewrite"} ${report.rewrittenImports} imports in ${report.changedFiles.length} files; ${report.addedExports.length} names added to faces.`);
  for (const added of report.addedExports) console.log(`  + ${added}`);
  for (const left of report.leftAlone) console.log(`  left alone: ${left}`);
  if (!write && report.changedFiles.length > 0) process.exitCode = 1;
}
