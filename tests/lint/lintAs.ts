/** Runs the project's real eslint CLI on a fixture as if it lived at a given path, so that folder's rules apply. */
import { readFileSync } from "node:fs";
import path from "node:path";
import { spawnSync } from "node:child_process";

const root = path.resolve(__dirname, "../..");
const eslintBin = path.join(root, "node_modules/.bin/eslint");

/** The messages eslint gives `fixture` linted as `asPath`, as "ruleId: message". */
export async function lintAs(fixture: string, asPath: string): Promise<string[]> {
  const code = readFileSync(path.join(__dirname, "fixtures", fixture), "utf8");
  const run = spawnSync(eslintBin, ["--stdin", "--stdin-filename", asPath, "--format", "json"], { cwd: root, input: code, encoding: "utf8" });
  const [result] = JSON.parse(run.stdout) as { messages: { ruleId: string | null; message: string }[] }[];
  const messages = (result?.messages ?? []).map((m) => `${m.ruleId ?? "fatal"}: ${m.message}`);
  // The exit status is what fails `npm run lint` in CI: non-zero exactly when there are errors.
  expect(run.status).toBe(messages.length > 0 ? 1 : 0);
  return messages;
}
