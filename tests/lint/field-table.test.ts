/**
 * Adding a field to an agenda item: forgetting one of its places is a type error (issue 11, "Done when"). Each case
 * type-checks the real sources with the project's compiler options, with a few lines changed in memory as a
 * maintainer would change them, and asserts what `npm run typecheck` would say.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";

const root = path.resolve(__dirname, "../..");
const at = (file: string): string => path.join(root, file);

const FILES = {
  types: "src/core/types.ts",
  table: "src/core/schema/agenda-fields.ts",
  columns: "src/core/schema/columns.ts",
  sv: "src/core/i18n/sv/common.ts",
  en: "src/core/i18n/en/common.ts",
} as const;
type Place = keyof typeof FILES;

/** One step of adding the field "room" (Lokal): the text inserted after an anchor in one file. */
interface Step {
  place: Place;
  after: string;
  insert: string;
}

const STEPS = {
  interface: { place: "types", after: "export interface AgendaItemFields extends ItemRecordFields {", insert: "  room: string;\n" },
  table: {
    place: "table",
    after: "export const AGENDA_FIELDS = fieldTable({",
    insert: '  room: { column: "Room", parse: readText, default: "", write: same, merge: "text", label: ["common", "fieldRoom"], shows: ["tab", "editor"], writer: "editor" },\n',
  },
  column: { place: "columns", after: '    StartTime: { displayName: "Starttid"', insert: '    Room: { displayName: "Lokal", type: "text", indexed: false, required: false },\n' },
  sv: { place: "sv", after: "  fieldCarriedFrom:", insert: '  fieldRoom: "Lokal",\n' },
  en: { place: "en", after: "  fieldCarriedFrom:", insert: '  fieldRoom: "Room",\n' },
} satisfies Record<string, Step>;

const parsed = ts.getParsedCommandLineOfConfigFile(at("tsconfig.json"), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined });
if (parsed === undefined) throw new Error("tsconfig.json could not be read");
// The project's options; ambient test and host types are not needed to check the core and only cost time.
const options: ts.CompilerOptions = { ...parsed.options, types: [] };
const checked = Object.values(FILES).map(at);
let previous: ts.Program | undefined;

/** The source text with the steps applied, each inserted after the line its anchor is on. */
function patched(place: Place, steps: readonly Step[]): string {
  let text = readFileSync(at(FILES[place]), "utf8");
  for (const step of steps.filter((s) => s.place === place)) {
    const index = text.indexOf(step.after);
    if (index < 0) throw new Error(`anchor not found in ${FILES[place]}: ${step.after}`);
    const cut = text.indexOf("\n", index) + 1;
    text = text.slice(0, cut) + step.insert + text.slice(cut);
  }
  return text;
}

/** The type errors in the field's places after the steps, as "file: message". */
function typeErrors(steps: readonly Step[]): string[] {
  const host = ts.createCompilerHost(options);
  const read = host.readFile.bind(host);
  const overrides = new Map((Object.keys(FILES) as Place[]).map((place) => [at(FILES[place]), patched(place, steps)]));
  host.readFile = (file) => overrides.get(path.resolve(file)) ?? read(file);
  const program = ts.createProgram(checked, options, host, previous);
  previous = program;
  return checked.flatMap((file) =>
    [...program.getSyntacticDiagnostics(program.getSourceFile(file)), ...program.getSemanticDiagnostics(program.getSourceFile(file))].map(
      (d) => `${path.relative(root, file)}: ${ts.flattenDiagnosticMessageText(d.messageText, " ")}`,
    ),
  );
}

const all = Object.values(STEPS);
const without = (...left: Step[]): Step[] => all.filter((step) => !left.includes(step));

describe("a field added to an agenda item in only some of its places fails the type check", () => {
  jest.setTimeout(120_000);

  it("compiles as it is, and with the field added in all five places", () => {
    expect(typeErrors([])).toEqual([]);
    expect(typeErrors(all)).toEqual([]);
  });

  it("fails when the interface has the field and the table does not", () => {
    const errors = typeErrors(without(STEPS.table));
    expect(errors.some((e) => e.startsWith(FILES.table) && e.includes("room"))).toBe(true);
  });

  it("fails when the table has the field and the interface does not", () => {
    const errors = typeErrors(without(STEPS.interface));
    expect(errors.some((e) => e.startsWith(FILES.table) && e.includes("room"))).toBe(true);
  });

  it("fails when the field's column is not declared on the list", () => {
    const errors = typeErrors(without(STEPS.column));
    expect(errors.some((e) => e.startsWith(FILES.table) && e.includes('"Room"'))).toBe(true);
  });

  it("fails when the list gains a column that no field reads", () => {
    const errors = typeErrors([STEPS.column]);
    expect(errors.some((e) => e.startsWith(FILES.table) && e.includes("columnWithoutField") && e.includes("Room"))).toBe(true);
  });

  it("fails when a language lacks the field's label", () => {
    const errors = typeErrors(without(STEPS.en));
    expect(errors.some((e) => e.startsWith(FILES.en) && e.includes("fieldRoom"))).toBe(true);
    expect(typeErrors(without(STEPS.sv, STEPS.en)).some((e) => e.startsWith(FILES.table) && e.includes("fieldRoom"))).toBe(true);
  });
});
