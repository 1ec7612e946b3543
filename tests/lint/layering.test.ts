import { readFileSync } from "node:fs";
import path from "node:path";
import { spawnSync } from "node:child_process";

const root = path.resolve(__dirname, "../..");
const eslintBin = path.join(root, "node_modules/.bin/eslint");

/** Runs the project's real eslint CLI on a fixture's text as if it lived at `asPath`, so that folder's rules apply. */
async function lintAs(fixture: string, asPath: string): Promise<string[]> {
  const code = readFileSync(path.join(__dirname, "fixtures", fixture), "utf8");
  const run = spawnSync(eslintBin, ["--stdin", "--stdin-filename", asPath, "--format", "json"], { cwd: root, input: code, encoding: "utf8" });
  const [result] = JSON.parse(run.stdout) as { messages: { ruleId: string | null; message: string }[] }[];
  const messages = (result?.messages ?? []).map((m) => `${m.ruleId ?? "fatal"}: ${m.message}`);
  // The exit status is what fails `npm run lint` in CI: non-zero exactly when there are errors.
  expect(run.status).toBe(messages.length > 0 ? 1 : 0);
  return messages;
}

describe("layering is enforced by lint", () => {
  it("rejects React, Graph client, Graph types, teams-js, outer layers and host globals in src/core", async () => {
    const messages = await lintAs("core-imports-sdk.ts", "src/core/fixture-violation.ts");
    const imports = messages.filter((m) => m.startsWith("no-restricted-imports"));
    expect(imports).toHaveLength(5);
    expect(messages.some((m) => m.startsWith("no-restricted-globals") && m.includes("window"))).toBe(true);
    expect(messages.some((m) => m.startsWith("no-restricted-globals") && m.includes("localStorage"))).toBe(true);
  });

  it("rejects fetch outside the one transport module", async () => {
    for (const where of ["src/ui/fixture.ts", "src/services/graph/fixture.ts", "src/hosts/teams/fixture.ts"]) {
      const messages = await lintAs("ui-calls-fetch.ts", where);
      expect(messages.filter((m) => m.startsWith("no-restricted-globals") || m.startsWith("no-restricted-properties"))).toHaveLength(2);
    }
  });

  it("allows fetch in src/services/http/transport.ts", async () => {
    const messages = await lintAs("ui-calls-fetch.ts", "src/services/http/transport.ts");
    expect(messages.filter((m) => m.includes("fetch"))).toEqual([]);
  });

  it("accepts a pure core module", async () => {
    expect(await lintAs("clean-core.ts", "src/core/fixture-clean.ts")).toEqual([]);
  });
});
