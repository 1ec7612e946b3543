import { outlook as en } from "../../../src/core/i18n/en/outlook";
import { outlook as sv } from "../../../src/core/i18n/sv/outlook";

type Catalog = typeof sv;

function shape(value: unknown): unknown {
  if (typeof value === "function") return `fn/${value.length}`;
  if (typeof value === "object" && value !== null) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shape(v)]));
  return typeof value;
}

describe.each([
  ["sv", sv],
  ["en", en],
])("Outlook strings (%s)", (_language, strings: Catalog) => {
  it("has the Swedish catalogue's shape and no empty entries", () => {
    expect(shape(strings)).toEqual(shape(sv));
    for (const value of Object.values(strings)) if (typeof value === "string") expect(value.trim()).not.toBe("");
  });

  it("puts every argument into the sentence", () => {
    const texts: [string, string[]][] = [
      [strings.attendeeCount(11, 0), ["11"]],
      [strings.attendeeCount(11, 2), ["11", "2"]],
      [strings.subjectEmpty("Kommundirektörsmöte 11 december 2026"), ["Kommundirektörsmöte 11 december 2026"]],
      [strings.linkedTo("2026-12-11 Kommundirektörsmöte"), ["2026-12-11 Kommundirektörsmöte"]],
      [strings.editItem(7), ["7"]],
      [strings.moved("Budget", 3), ["Budget", "3"]],
      [strings.removeConfirmBody("Budget"), ["Budget"]],
      [strings.itemPresenter("Karin Lindqvist"), ["Karin Lindqvist"]],
      [strings.attachmentsLabel(4), ["4"]],
      [strings.uploading("plan.pdf"), ["plan.pdf"]],
      [strings.uploaded("plan.pdf"), ["plan.pdf"]],
      [strings.uploadedRenamed("plan.pdf", "plan (2).pdf"), ["plan.pdf", "plan (2).pdf"]],
      [strings.detachLabel("Bilaga 2 – Plan"), ["Bilaga 2 – Plan"]],
      [strings.inserted(9), ["9"]],
      [strings.replaced(9), ["9"]],
    ];
    for (const [text, parts] of texts) for (const part of parts) expect(text).toContain(part);
    expect(strings.attendeeCount(11, 0)).not.toContain("0");
  });
});
