/** The final protokoll's names and readiness (core): what the action wishes for and what it takes as its own. */
import { finalFileName, finalReadiness, isNameOrAlternative, pdfNameFor } from "../../../src/core/protokoll";
import { registerRow } from "../app/memory-register";

describe("final protokoll names", () => {
  it("is 'Protokoll nr N YYYY.docx' in the meeting's Swedish year, or dated when the number is unknown", () => {
    expect(finalFileName(11, "2026-12-11T07:30:00Z")).toBe("Protokoll nr 11 2026.docx");
    // 31 December 23.30 UTC is New Year's Day in Stockholm.
    expect(finalFileName(1, "2026-12-31T23:30:00Z")).toBe("Protokoll nr 1 2027.docx");
    expect(finalFileName(null, "2026-12-11T07:30:00Z")).toBe("Protokoll 2026-12-11.docx");
  });

  it("puts the PDF beside the .docx under the same name, whatever name the .docx got", () => {
    expect(pdfNameFor("Protokoll nr 11 2026.docx")).toBe("Protokoll nr 11 2026.pdf");
    expect(pdfNameFor("Protokoll nr 11 2026 (2).docx")).toBe("Protokoll nr 11 2026 (2).pdf");
    expect(pdfNameFor("utan")).toBe("utan.pdf");
  });

  it("takes only the wished name and the store's '(n)' alternatives of it as candidates, in any case", () => {
    const wanted = "Protokoll nr 11 2026.docx";
    expect(["Protokoll nr 11 2026.docx", "PROTOKOLL NR 11 2026.DOCX", "Protokoll nr 11 2026 (2).docx", "Protokoll nr 11 2026 (17).docx"].map((n) => isNameOrAlternative(n, wanted))).toEqual([true, true, true, true]);
    expect(
      ["Protokoll nr 11 2026 (utkast).docx", "Protokoll nr 11 2026 (0).docx", "Protokoll nr 11 2026 (2).pdf", "Protokoll nr 11 2026 ().docx", "Protokoll nr 1 2026.docx", "Protokoll nr 11 2026 (2)x.docx"].map((n) =>
        isNameOrAlternative(n, wanted),
      ),
    ).toEqual([false, false, false, false, false, false]);
    expect(isNameOrAlternative("readme (2)", "readme")).toBe(true);
  });

  it("is ready once the record is avslutat or later, and says why not before", () => {
    expect(finalReadiness(null)).toEqual({ ready: false, reason: "noRegisterRow" });
    expect(finalReadiness(registerRow({ state: "inProgress" }))).toEqual({ ready: false, reason: "notEnded", state: "inProgress" });
    for (const state of ["ended", "forApproval", "approved"] as const) expect(finalReadiness(registerRow({ state })).ready).toBe(true);
  });
});
