import { en } from "../../../src/core/i18n/en";
import { sv } from "../../../src/core/i18n/sv";
import { ERROR_MESSAGES, errorMessage } from "../../../src/core/i18n/errors";

/** The catalogue's structure: keys, and each leaf's kind (string or a function of N arguments). */
function shape(value: unknown): unknown {
  if (typeof value === "function") return `fn/${value.length}`;
  if (typeof value === "object" && value !== null) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shape(v)]));
  return typeof value;
}

/** Every leaf with its dotted path. */
function leaves(value: unknown, path = ""): [string, unknown][] {
  if (typeof value === "object" && value !== null) return Object.entries(value).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k));
  return [[path, value]];
}

describe("UI strings", () => {
  it("English has exactly the Swedish catalogue's shape", () => {
    expect(shape(en)).toEqual(shape(sv));
  });

  it.each([
    ["sv", sv],
    ["en", en],
  ])("every %s entry renders a real sentence, with its arguments in it", (_lang, strings) => {
    for (const [path, leaf] of leaves(strings)) {
      // Numbers from 7 up, one per parameter (at least three), so every argument is seen in the sentence.
      const args = [7, 8, 9, 10, 11, 12].slice(0, typeof leaf === "function" ? Math.max(3, leaf.length) : 0);
      const text = typeof leaf === "function" ? (leaf as (...args: unknown[]) => unknown)(...args) : leaf;
      expect([path, typeof text]).toEqual([path, "string"]);
      expect((text as string).trim()).not.toBe("");
      expect(text).not.toMatch(/undefined|NaN|\[object/);
      if (typeof leaf === "function" && leaf.length > 0) expect([path, /[789]/.test(text as string)]).toEqual([path, true]);
    }
  });

  it("speaks Swedish by default and English when asked", () => {
    expect(sv.teams.agendaHeading).toBe("Dagordning");
    expect(en.teams.agendaHeading).not.toBe(sv.teams.agendaHeading);
    expect(sv.teams.itemCount(null)).not.toBe(sv.teams.itemCount(1));
    expect(en.teams.itemCount(null)).not.toBe(en.teams.itemCount(1));
  });

  it("has an error sentence for every code in both languages", () => {
    expect(Object.keys(ERROR_MESSAGES.en)).toEqual(Object.keys(ERROR_MESSAGES.sv));
    expect(errorMessage("conflict", "sv")).toContain("Din text finns kvar");
    expect(errorMessage("offline", "en")).toContain("network");
  });
});
