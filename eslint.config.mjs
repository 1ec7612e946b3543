// Layering of DESIGN §3/§8 is enforced here, not by good intentions.
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import globals from "globals";
import reactHooks from "eslint-plugin-react-hooks";
import layering from "./lint/layering.mjs";

const sdkImports = [
  { group: ["react", "react-dom", "react-dom/*", "react/*"], message: "src/core is pure: no React." },
  { group: ["@fluentui/*"], message: "src/core is pure: no Fluent UI." },
  { group: ["@microsoft/teams-js", "@microsoft/teams-js/*"], message: "src/core is pure: no teams-js." },
  { group: ["@microsoft/microsoft-graph-client", "@microsoft/microsoft-graph-client/*"], message: "src/core is pure: no Graph client." },
  { group: ["@microsoft/microsoft-graph-types", "@microsoft/microsoft-graph-types/*"], message: "src/core is pure: parse Graph JSON in the adapters." },
  { group: ["@azure/*"], message: "src/core is pure: no msal." },
  { group: ["office-js", "@types/office-js", "office-addin-*"], message: "src/core is pure: no Office.js." },
  { group: ["**/services/**", "**/ui/**", "**/hosts/**", "**/demo-tenant/**", "**/config/**"], message: "src/core may not import outer layers." },
];

const hostGlobals = [
  { name: "fetch", message: "Only src/services/http/transport.ts calls fetch." },
  { name: "Office", message: "Office.js is touched only in src/hosts/outlook or src/services." },
  { name: "localStorage", message: "Host storage is touched only in src/services or src/hosts." },
];

const fetchProperties = [
  { object: "window", property: "fetch", message: "Only src/services/http/transport.ts calls fetch." },
  { object: "globalThis", property: "fetch", message: "Only src/services/http/transport.ts calls fetch." },
  { object: "self", property: "fetch", message: "Only src/services/http/transport.ts calls fetch." },
];

export default tseslint.config(
  { ignores: ["dist/**", "node_modules/**", "coverage/**", ".demo-work/**", "tests/lint/fixtures/**", "bench/results/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "separate-type-imports" }],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-restricted-syntax": ["error", { selector: "ExportAllDeclaration", message: "No export *: name what a module exports." }],
    },
  },
  {
    files: ["*.config.js", "*.cjs"],
    languageOptions: { sourceType: "commonjs" },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    // Each layer imports only what DESIGN §3 allows it, and another layer only through its index.ts (lint/layering.mjs).
    files: ["src/**/*.{ts,tsx}"],
    plugins: { layering },
    rules: { "layering/allowed-layers": "error", "layering/layer-face": "error" },
  },
  {
    // The rules of hooks. Of v7's compiler rules, three fire on code that is meant that way and stay off:
    // set-state-in-effect (useAsync resets to "loading" when its inputs change; MeetingContent renders the agenda
    // first and the aside one commit later, on purpose), refs (useRefreshable keeps the latest loader in a ref during
    // render so refresh() never runs a stale one), purity (AttendancePanel reads the clock during render: "now" is
    // the time of drawing).
    files: ["src/**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks },
    rules: {
      ...Object.fromEntries(Object.keys(reactHooks.configs["recommended-latest"].rules).map((rule) => [rule, "error"])),
      "react-hooks/set-state-in-effect": "off",
      "react-hooks/refs": "off",
      "react-hooks/purity": "off",
    },
  },
  {
    files: ["src/**/*.{ts,tsx}"],
    ignores: ["src/services/http/transport.ts"],
    rules: {
      "no-restricted-globals": ["error", hostGlobals[0]],
      "no-restricted-properties": ["error", ...fetchProperties],
    },
  },
  {
    files: ["src/core/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": ["error", { patterns: sdkImports }],
      "no-restricted-globals": ["error", ...hostGlobals, { name: "window", message: "src/core is pure." }, { name: "document", message: "src/core is pure." }],
    },
  },
  {
    files: ["src/ui/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [
        { group: ["@microsoft/teams-js", "@microsoft/microsoft-graph-client", "@azure/*", "**/demo-tenant/**"], message: "UI renders and dispatches; SDK calls live in src/services or src/hosts." },
      ] }],
      "no-restricted-globals": ["error", ...hostGlobals],
    },
  },
  {
    files: ["src/services/**/*.{ts,tsx}", "src/hosts/**/*.{ts,tsx}", "src/config/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [{ group: ["**/demo-tenant/**"], message: "The product never imports the demo tenant." }] }],
    },
  },
);
