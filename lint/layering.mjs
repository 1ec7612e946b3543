// The layering of DESIGN §3 as two lint rules: which layer may import which, and only through its face (index.ts).
// A local plugin rather than no-restricted-imports globs, because a glob sees the import's text, not where it lands:
// "../core/types" and "./types" look alike to it, and it never sees a lazy import().
import path from "node:path";

/** The product's layers, each a folder under src/ whose index.ts is its only door. */
export const LAYERS = ["core", "app", "services", "ui", "hosts", "config"];

/** What each layer may import besides itself; "type" means type-only imports (no code crosses). */
export const ALLOWED = {
  core: {},
  config: { core: "code" },
  app: { core: "code", config: "type" },
  services: { core: "code", config: "code" },
  ui: { core: "code", app: "code", config: "type" },
  hosts: { core: "code", app: "code", services: "code", ui: "code", config: "code" },
};

const srcRoot = (cwd) => path.join(cwd, "src");

/** The layer a file (absolute path) belongs to, or undefined outside the six layers. */
function layerOf(file, cwd) {
  const relative = path.relative(srcRoot(cwd), file);
  if (relative.startsWith("..") || path.isAbsolute(relative)) return undefined;
  const [first] = relative.split(path.sep);
  return LAYERS.includes(first) ? first : undefined;
}

/** Where a relative specifier lands: its layer, and whether it names the layer's face (the folder or its index). */
function targetOf(specifier, file, cwd) {
  if (typeof specifier !== "string" || !specifier.startsWith(".")) return undefined;
  const resolved = path.resolve(path.dirname(file), specifier);
  const layer = layerOf(resolved, cwd);
  if (layer === undefined) return undefined;
  const inside = path.relative(path.join(srcRoot(cwd), layer), resolved);
  return { layer, face: inside === "" || /^index(\.tsx?|\.js)?$/.test(inside) };
}

/** Calls `check(specifierNode, typeOnly)` for every way a module can name another: import, re-export, import(). */
function eachImport(check) {
  const named = (node, typeOnly) => {
    if (node.source) check(node.source, typeOnly);
  };
  return {
    ImportDeclaration: (node) =>
      named(node, node.importKind === "type" || (node.specifiers.length > 0 && node.specifiers.every((s) => s.importKind === "type"))),
    ExportNamedDeclaration: (node) =>
      named(node, node.exportKind === "type" || (node.specifiers.length > 0 && node.specifiers.every((s) => s.exportKind === "type"))),
    ExportAllDeclaration: (node) => named(node, node.exportKind === "type"),
    ImportExpression: (node) => {
      if (node.source.type === "Literal") check(node.source, false);
    },
    TSImportEqualsDeclaration: (node) => {
      if (node.moduleReference.type === "TSExternalModuleReference") check(node.moduleReference.expression, node.importKind === "type");
    },
    TSImportType: (node) => {
      const source = node.argument?.type === "TSLiteralType" ? node.argument.literal : node.source;
      if (source?.type === "Literal") check(source, true);
    },
  };
}

const allowedLayers = {
  meta: {
    type: "problem",
    docs: { description: "A layer imports only the layers DESIGN §3 allows it (ui never services or hosts; app only core)." },
    schema: [],
    messages: {
      forbidden: "src/{{from}} may not import src/{{to}}{{why}}.",
      typeOnly: "src/{{from}} may import only types from src/{{to}}: use `import type`.",
    },
  },
  create(context) {
    const file = context.filename;
    const cwd = context.cwd;
    const from = layerOf(file, cwd);
    if (from === undefined) return {};
    return eachImport((source, typeOnly) => {
      const target = targetOf(source.value, file, cwd);
      if (target === undefined || target.layer === from) return;
      const allowed = ALLOWED[from][target.layer];
      if (allowed === undefined) {
        const why = from === "ui" ? " (the UI calls use cases in src/app; the host builds the services and passes them in)" : "";
        context.report({ node: source, messageId: "forbidden", data: { from, to: target.layer, why } });
      } else if (allowed === "type" && !typeOnly) {
        context.report({ node: source, messageId: "typeOnly", data: { from, to: target.layer } });
      }
    });
  },
};

const layerFace = {
  meta: {
    type: "problem",
    docs: { description: "Another layer is imported through its index.ts only (each layer's index is its face)." },
    schema: [],
    messages: {
      deep: "Import src/{{to}} through its face \"{{face}}\", not a file behind it (scripts/codemods/layer-faces.ts rewrites these).",
    },
  },
  create(context) {
    const file = context.filename;
    const cwd = context.cwd;
    const from = layerOf(file, cwd);
    if (from === undefined) return {};
    return eachImport((source) => {
      const target = targetOf(source.value, file, cwd);
      // A forbidden layer is allowed-layers' to report: one message per wrong import.
      if (target === undefined || target.layer === from || target.face || ALLOWED[from][target.layer] === undefined) return;
      let face = path.relative(path.dirname(file), path.join(srcRoot(cwd), target.layer)).split(path.sep).join("/");
      if (!face.startsWith(".")) face = `./${face}`;
      context.report({ node: source, messageId: "deep", data: { to: target.layer, face } });
    });
  },
};

/** The plugin: `layering/allowed-layers` and `layering/layer-face`. */
export default { meta: { name: "layering" }, rules: { "allowed-layers": allowedLayers, "layer-face": layerFace } };
