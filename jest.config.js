/** Jest projects: unit (pure, node), contract (real HTTP to the demo tenant), hosts, documents, lint, browser. */
const transform = { "^.+\\.(t|j)sx?$": ["@swc/jest", { jsc: { parser: { syntax: "typescript", tsx: true }, transform: { react: { runtime: "automatic" } }, target: "es2022" } }] };
const base = { transform, testEnvironment: "node", moduleFileExtensions: ["ts", "tsx", "js", "mjs", "json"], transformIgnorePatterns: ["/node_modules/(?!(nanoid)/)"] };
module.exports = {
  projects: [
    { ...base, displayName: "unit", testMatch: ["<rootDir>/tests/unit/**/*.test.ts?(x)"] },
    { ...base, displayName: "ui", testEnvironment: "jsdom", testTimeout: 20_000, testMatch: ["<rootDir>/tests/ui/**/*.test.tsx"] },
    { ...base, displayName: "contract", testMatch: ["<rootDir>/tests/contract/**/*.test.ts"] },
    { ...base, displayName: "hosts", testMatch: ["<rootDir>/tests/hosts/**/*.test.ts"] },
    { ...base, displayName: "documents", testMatch: ["<rootDir>/tests/documents/**/*.test.ts"] },
    { ...base, displayName: "lint", testMatch: ["<rootDir>/tests/lint/**/*.test.ts"] },
    { ...base, displayName: "browser", testMatch: ["<rootDir>/tests/browser/**/*.test.ts"] },
    { ...base, displayName: "budgets", testMatch: ["<rootDir>/tests/budgets/**/*.test.ts"] },
    { ...base, displayName: "faults", testMatch: ["<rootDir>/tests/faults/**/*.test.ts?(x)"] },
    { ...base, displayName: "fuzz", testMatch: ["<rootDir>/tests/fuzz/**/*.test.ts?(x)"] },
    { ...base, displayName: "security", testMatch: ["<rootDir>/tests/security/**/*.test.ts"] },
    { ...base, displayName: "manifest", testMatch: ["<rootDir>/tests/manifest/**/*.test.ts"], transformIgnorePatterns: ["^(?!.*/node_modules/(nanoid|strip-bom|uuid)/).*/node_modules/"] },
  ],
  coverageThreshold: { "./src/core/": { lines: 100 } },
};
