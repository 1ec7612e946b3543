/** Scopes: minimal, and the same list in the code, docs/graph-scopes.md, SECURITY.md and (where named) the README. */
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { GRAPH_SCOPES, graphScopes, ONLINE_MEETING_SCOPES, PROVISIONING_SCOPES } from "../../src/services/auth/scopes";

const ROOT = path.resolve(__dirname, "../..");
const read = (file: string): string => readFileSync(path.join(ROOT, file), "utf8");

/** A Graph permission name as it appears in prose: `Calendars.Read.Shared`, `Sites.ReadWrite.All`. */
const SCOPE_NAME = /\b(?:User|Calendars|Chat|Sites|GroupMember|Group|Mail|MailboxSettings|Files|Directory|Team|Channel|People|Contacts|Tasks|Notes|OnlineMeetings|Lists|ListItems|Application|Presence)\.[A-Z][A-Za-z]*(?:\.[A-Z][A-Za-z]*)*\b/g;

/** The first column of the scope table under the given heading: "| `User.Read` | why | used by |". */
function tableScopes(markdown: string, heading: RegExp): string[] {
  const start = markdown.search(heading);
  expect(start).toBeGreaterThanOrEqual(0);
  const section = markdown.slice(start).split(/\n#{2,3} /)[0] ?? "";
  return [...section.matchAll(/^\|\s*`([^`]+)`\s*\|/gm)].map((m) => m[1] ?? "");
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? sourceFiles(full) : /\.(ts|tsx)$/.test(name) ? [full] : [];
  });
}

describe("Graph scopes", () => {
  it("are few and least-privilege: no Mail.*, Files.*, Directory.*, and no *.ReadWrite.All but Sites.ReadWrite.All", () => {
    expect(GRAPH_SCOPES.length).toBeLessThanOrEqual(6);
    expect(new Set(GRAPH_SCOPES).size).toBe(GRAPH_SCOPES.length);
    for (const scope of GRAPH_SCOPES) {
      expect(scope).not.toMatch(/^(?:Mail|MailboxSettings|Files|Directory|Application|User\.ReadWrite|User\.Read\.All)/);
      if (scope.endsWith(".ReadWrite.All")) expect(scope).toBe("Sites.ReadWrite.All");
      expect(scope).not.toMatch(/FullControl|Manage/);
    }
  });

  it("are requested resource-qualified for Graph, never as OpenID scopes only or .default", () => {
    const requested = graphScopes();
    expect(requested).toHaveLength(GRAPH_SCOPES.length);
    for (const scope of requested) expect(scope).toMatch(/^https:\/\/graph\.microsoft\.com\/[A-Z][A-Za-z]+\.[A-Za-z.]+$/);
    expect(requested.some((s) => s.endsWith("/.default"))).toBe(false);
  });

  it("docs/graph-scopes.md documents exactly the scopes the code asks for", () => {
    expect(new Set(tableScopes(read("docs/graph-scopes.md"), /### Delegated scopes/))).toEqual(new Set(GRAPH_SCOPES));
  });

  it("docs/graph-scopes.md documents the provisioning scope apart, and the app never asks for it", () => {
    expect(new Set(tableScopes(read("docs/graph-scopes.md"), /### Provisioning the site/))).toEqual(new Set(PROVISIONING_SCOPES));
    for (const scope of PROVISIONING_SCOPES) expect(GRAPH_SCOPES).not.toContain(scope);
  });

  it("SECURITY.md lists exactly the same scopes", () => {
    expect(new Set(tableScopes(read("SECURITY.md"), /## Microsoft Graph scopes/))).toEqual(new Set(GRAPH_SCOPES));
  });

  it("the scopes asked for only when used are documented apart in both, read-only, and never asked for at sign-in", () => {
    expect(new Set(tableScopes(read("docs/graph-scopes.md"), /### Asked for only when used/))).toEqual(new Set(ONLINE_MEETING_SCOPES));
    expect(new Set(tableScopes(read("SECURITY.md"), /### Asked for only when used/))).toEqual(new Set(ONLINE_MEETING_SCOPES));
    for (const scope of ONLINE_MEETING_SCOPES) {
      expect(GRAPH_SCOPES).not.toContain(scope);
      expect(scope).toMatch(/\.Read(\.All)?$/);
    }
  });

  it("the README names only the requested scopes, the Sites.Selected alternative, or scopes the docs say are not requested", () => {
    const docs = read("docs/graph-scopes.md");
    const notRequested = (/^Not requested:.*$/m.exec(docs)?.[0] ?? "").match(SCOPE_NAME) ?? [];
    expect(notRequested).toContain("Mail.Send");
    const allowed = new Set([...GRAPH_SCOPES, ...PROVISIONING_SCOPES, ...ONLINE_MEETING_SCOPES, "Sites.Selected", ...notRequested]);
    for (const scope of new Set(read("README.md").match(SCOPE_NAME) ?? [])) expect(allowed).toContain(scope);
  });

  it("no other source file asks for a scope: the list in scopes.ts is the only one", () => {
    const offenders = sourceFiles(path.join(ROOT, "src"))
      .filter((file) => !file.endsWith(path.join("services", "auth", "scopes.ts")))
      .flatMap((file) => [...readFileSync(file, "utf8").matchAll(/["'`](?:https:\/\/graph\.microsoft\.com\/)?((?:User|Calendars|Chat|Sites|GroupMember|Mail|Files|Directory)\.[A-Z][A-Za-z.]*)["'`]/g)].map((m) => `${path.relative(ROOT, file)}: ${m[1]}`));
    expect(offenders).toEqual([]);
  });
});
