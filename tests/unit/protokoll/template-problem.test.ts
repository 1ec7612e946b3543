/** Each kind of template mistake has a sentence in Swedish and English that names the template and the placeholder. */
import { en } from "../../../src/core/i18n/en";
import { sv } from "../../../src/core/i18n/sv";
import type { TemplateProblemKind } from "../../../src/core/protokoll";

const KINDS: [TemplateProblemKind, string][] = [
  ["unknownField", "närvarnde"],
  ["unclosedLoop", "#items"],
  ["unopenedLoop", "/items"],
  ["mismatchedLoop", "/itemz"],
  ["brokenTag", "{isoDate"],
  ["notDocx", ""],
  ["other", "x"],
  ["other", ""],
];

describe("template problems in words", () => {
  it.each(KINDS)("%s names the template and the placeholder, in both languages", (kind, tag) => {
    for (const strings of [sv.protokoll, en.protokoll]) {
      const text = strings.templateProblem("Vår mall.docx", tag, kind);
      expect(text).toContain("Vår mall.docx");
      if (tag !== "") expect(text).toContain(tag);
      expect(text).toMatch(/\.$/);
    }
  });

  it("tells how to close or open the section", () => {
    expect(sv.protokoll.templateProblem("m", "#items", "unclosedLoop")).toContain("Lägg till {/items}");
    expect(sv.protokoll.templateProblem("m", "/items", "unopenedLoop")).toContain("Lägg till {#items}");
    expect(en.protokoll.templateProblem("m", "^draft", "unclosedLoop")).toContain("Add {/draft}");
    expect(en.protokoll.templateProblem("m", "/items", "unopenedLoop")).toContain("Add {#items}");
  });
});
