/** Names that lie (issue 12 item 9): bidi and zero-width controls are stripped where untrusted text is shown or matched. */
import { attachmentTitle, buildAgenda, buildAttendance, fileNamePrefixNumber, normaliseOrganisation, stripHiddenControls } from "../../../src/core";
import { buildKallelse, renderKallelseHtml, renderKallelseText } from "../../../src/core/kallelse";
import { buildProtokoll } from "../../../src/core/protokoll";
import { input } from "../kallelse/fixtures";
import { meeting } from "../protokoll/fixtures";
import { file, record } from "./fixtures";

const BIDI = ["\u202A", "\u202B", "\u202C", "\u202D", "\u202E", "\u2066", "\u2067", "\u2068", "\u2069", "\u200E", "\u200F", "\u061C"];
const ZERO_WIDTH = ["\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF"];
// Reads "Fakturaexe.pdf" on screen; it is an .exe.
const RLO_NAME = "1 Faktura\u202Efdp.exe";

describe("stripHiddenControls", () => {
  it.each([...BIDI, ...ZERO_WIDTH].map((ch) => [`U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`, ch]))("removes %s", (_name, ch) => {
    expect(stripHiddenControls(`Bud${ch}get${ch}.pdf`)).toBe("Budget.pdf");
  });

  it("keeps visible text, Swedish letters, emoji and ordinary spaces", () => {
    expect(stripHiddenControls("Åtgärdsplan – Örkelljunga 2027 👍 (utkast).pdf")).toBe("Åtgärdsplan – Örkelljunga 2027 👍 (utkast).pdf");
  });
});

describe("file names are shown as they are stored", () => {
  it("a right-to-left override cannot hide the real extension", () => {
    expect(attachmentTitle(RLO_NAME)).toBe("Fakturafdp");
    expect(attachmentTitle("3 - Utkast\u200B.pdf")).toBe("Utkast");
  });

  it("an invisible mark before the number does not detach the file from its item", () => {
    expect(fileNamePrefixNumber("\u200E3 Budget.pdf")).toBe(3);
    expect(fileNamePrefixNumber("\uFEFF3-Budget.pdf")).toBe(3);
  });

  it("the kallelse (HTML and text) and the protokoll print the stripped name", () => {
    const agenda = buildAgenda([record("a", 1)], [file("f1", RLO_NAME)]);
    expect(agenda.items[0]!.attachments[0]!.name).toBe(RLO_NAME); // stored as is: it is the file's identity for writes
    const kallelse = buildKallelse(input({ agenda }));
    const policy = { sharePointOrigin: "https://familjenhelsingborg.sharepoint.com" };
    for (const out of [renderKallelseHtml(kallelse, policy), renderKallelseText(kallelse, policy)]) {
      expect(out).toContain("Bilaga 1 – Fakturafdp");
      expect(out).not.toMatch(/[\u202A-\u202E\u2066-\u2069\u200B-\u200F]/);
    }
    const protokoll = buildProtokoll({ meeting: meeting(), meetingNumber: 1, agenda, attendance: null, groupName: "Gruppen" });
    expect(protokoll.items[0]!.underlagLines).toEqual(["Underlag: Bilaga 1 – Fakturafdp."]);
  });
});

describe("organisations are matched without hidden controls", () => {
  it.each([
    ["Svalövs\u200B kommun", "Svalöv"],
    ["\u202BHöganäs kommun\u202C", "Höganäs"],
    ["Helsing\u200Dborgs stad", "Helsingborg"],
    ["\uFEFFFamiljen Helsingborg", "sekretariatet"],
    ["Region\u2060 Skåne\u200F", "Region Skåne"],
    ["\u200B", null],
  ])("%j -> %j", (raw, expected) => {
    expect(normaliseOrganisation(raw)).toBe(expected);
  });

  it("a member whose companyName carries a zero-width space is placed in Svalöv", () => {
    const email = "stefan.larsson@example.org";
    const report = buildAttendance(
      [{ name: "Stefan Larsson", email, response: "accepted", type: "required" }],
      { name: "Elin Sjöberg", email: "elin.sjoberg@familjenhelsingborg.se" },
      [{ email, name: "Stefan Larsson", companyName: "Svalövs\u200B kommun", officeLocation: null }],
      {},
    );
    const group = report.groups.find((g) => g.entries.some((e) => e.email === email));
    expect(group?.organisation).toBe("Svalöv");
  });
});
