/** Writes graph-v1-subset.json: the Graph types the demo tenant returns, extracted from the full CSDL, for machines without ../shared.
 *  Run: `npx tsx tests/contract/graph-metadata/extract-subset.ts` (reads GRAPH_METADATA or ../shared/graph-metadata/v1.0-Prod.csdl). */
import { readFileSync, writeFileSync } from "node:fs";
import { FULL_CSDL_PATH, parseCsdl, SUBSET_PATH } from "./csdl-model";
import type { TypeModel } from "./csdl-model";

/** The entity types the demo tenant serves; complex and enum types they use are pulled in. */
export const ROOT_TYPES = ["event", "user", "directoryObject", "group", "chat", "site", "list", "listItem", "fieldValueSet", "columnDefinition", "drive", "driveItem", "permission", "onlineMeeting", "meetingAttendanceReport", "attendanceRecord"].map((n) => `microsoft.graph.${n}`);

function inner(type: string): string {
  return /^Collection\((.+)\)$/.exec(type)?.[1] ?? type;
}

/** Root types, their base types, and every complex or enum type reachable through properties. */
export function extractSubset(full: TypeModel, roots: string[]): TypeModel {
  const out: TypeModel = {};
  const queue = [...roots];
  while (queue.length > 0) {
    const name = queue.shift() as string;
    if (out[name] || name.startsWith("Edm.")) continue;
    const t = full[name];
    if (!t) throw new Error(`${name} is not in the CSDL`);
    out[name] = t;
    if (t.kind === "enum") continue;
    if (t.baseType) queue.push(t.baseType);
    for (const p of Object.values(t.properties)) {
      const target = full[inner(p.type)];
      // Entity-typed (navigation) properties are followed only into other roots, to keep the file small.
      if (target && (target.kind !== "entity" || roots.includes(inner(p.type)))) queue.push(inner(p.type));
    }
  }
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => a.localeCompare(b)));
}

if (require.main === module) {
  const full = parseCsdl(readFileSync(FULL_CSDL_PATH, "utf8"));
  const types = extractSubset(full, ROOT_TYPES);
  writeFileSync(SUBSET_PATH, `${JSON.stringify({ source: "microsoftgraph/msgraph-metadata schemas/v1.0-Prod.csdl (see ../shared/graph-metadata/README.md)", roots: ROOT_TYPES, types }, null, 1)}\n`);
  process.stdout.write(`wrote ${Object.keys(types).length} types to ${SUBSET_PATH}\n`);
}
