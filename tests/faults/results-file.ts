/** RESULTS.md has two writers: the fault suite (above the marker) and the interrupted changes (from the marker on). */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const PATH = join(__dirname, "RESULTS.md");
const MARKER = "<!-- interrupted multi-step changes: written by tests/faults/interrupted.test.ts -->";

function parts(): { main: string; section: string } {
  const text = existsSync(PATH) ? readFileSync(PATH, "utf8") : "";
  const at = text.indexOf(MARKER);
  return at < 0 ? { main: text, section: "" } : { main: text.slice(0, at), section: text.slice(at) };
}

/** Replaces the fault suite's part, keeping the interrupted changes' section. */
export function writeMainResults(text: string): void {
  writeFileSync(PATH, `${text.trimEnd()}\n\n${parts().section}`.trimEnd() + "\n");
}

/** Replaces the interrupted changes' section, keeping the fault suite's part. */
export function writeInterruptedResults(text: string): void {
  writeFileSync(PATH, `${parts().main.trimEnd()}\n\n${MARKER}\n\n${text.trimEnd()}\n`);
}
