/**
 * Issue 11 item 3 ("Done when"): each host builds its adapters and use cases in exactly one module, the UI imports no
 * service, and the page's ?lang= is read in one place. Read from the real sources, so a second construction site, a
 * service import in the UI or another URL reader fails here.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

const root = path.resolve(__dirname, "../..");

function sources(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(path.join(root, dir))) {
    const rel = path.join(dir, name);
    if (statSync(path.join(root, rel)).isDirectory()) out.push(...sources(rel));
    else if (/\.(ts|tsx)$/.test(name)) out.push(rel.split(path.sep).join("/"));
  }
  return out;
}

const ALL = [...sources("src"), ...sources("scripts")];
const text = (file: string): string => readFileSync(path.join(root, file), "utf8");
/** Files that call `name(` (its definition, `function name(`, does not count). */
const callers = (name: string): string[] => ALL.filter((file) => new RegExp(`(?<!function )\\b${name}\\(`).test(text(file)));

describe("one composition root per host", () => {
  it("builds the Graph adapters in one module per host: the tab, the Outlook pane (Office and simulation), the protokoll command", () => {
    expect([...callers("createServices"), ...callers("createOutlookAdapters")].sort()).toEqual([
      "scripts/protokoll-command.ts",
      "src/hosts/outlook/composition.ts",
      "src/hosts/teams/composition.ts",
    ]);
  });

  it("builds the use cases only in the hosts' roots", () => {
    expect(callers("createUseCases").sort()).toEqual(["src/hosts/outlook/composition.ts", "src/hosts/teams/composition.ts"]);
    expect(callers("createOutlookUseCases")).toEqual(["src/hosts/outlook/composition.ts"]);
  });

  it("chooses the token provider in tokens.ts only: no host builds a demo or NAA provider itself", () => {
    const builders = [...callers("createDemoTokenProvider"), ...callers("createNaaTokenProvider")].filter((file) => file.startsWith("src/hosts/"));
    expect([...new Set(builders)]).toEqual(["src/hosts/shared/tokens.ts"]);
  });
});

describe("the UI calls use cases only", () => {
  it("imports nothing from src/services, statically or lazily", () => {
    const offenders = ALL.filter((file) => file.startsWith("src/ui/") && /(from|import\()\s*["'](\.\.\/)+services\b/.test(text(file)));
    expect(offenders).toEqual([]);
  });
});

describe("the language", () => {
  it("is read from the URL in one place (readQuery), never by a host's own URLSearchParams", () => {
    const readers = ALL.filter((file) => /\.get\(["']lang["']\)/.test(text(file)));
    expect(readers).toEqual(["src/hosts/shared/query.ts"]);
  });
});
