/** The committed subset must be exactly what extract-subset.ts gets from the CSDL, so machines without ../shared check the same contract. */
import { existsSync, readFileSync } from "node:fs";
import { checkAgainst, FULL_CSDL_PATH, parseCsdl, propertiesOf, SUBSET_PATH } from "./csdl-model";
import type { TypeModel } from "./csdl-model";
import { extractSubset, ROOT_TYPES } from "./extract-subset";

const subset = JSON.parse(readFileSync(SUBSET_PATH, "utf8")) as { roots: string[]; types: TypeModel };

describe("graph-v1-subset.json", () => {
  it("is self-contained: every base type and every non-navigation property type is present", () => {
    expect(subset.roots).toEqual(ROOT_TYPES);
    const missing: string[] = [];
    for (const [typeName, t] of Object.entries(subset.types)) {
      if (t.kind === "enum") continue;
      propertiesOf(subset.types, typeName);
      for (const [prop, p] of Object.entries(t.properties)) {
        const name = /^Collection\((.+)\)$/.exec(p.type)?.[1] ?? p.type;
        const needed = !name.startsWith("Edm.") && (p.navigation !== true || ROOT_TYPES.includes(name));
        if (needed && !subset.types[name]) missing.push(`${typeName}.${prop}: ${name}`);
      }
    }
    expect(missing).toEqual([]);
    expect(checkAgainst(subset.types, "microsoft.graph.responseStatus", { response: "declined", time: "2026-12-01T00:00:00Z" })).toEqual([]);
  });

  it("equals a fresh extract of the full CSDL (regenerate with extract-subset.ts when Microsoft's metadata changes)", () => {
    if (!existsSync(FULL_CSDL_PATH)) {
      // Without ../shared the subset is the contract; the previous test still checks it.
      expect(Object.keys(subset.types).length).toBeGreaterThan(50);
      return;
    }
    const fresh = extractSubset(parseCsdl(readFileSync(FULL_CSDL_PATH, "utf8")), ROOT_TYPES);
    expect(JSON.parse(JSON.stringify(fresh))).toEqual(subset.types);
  }, 30000);
});
