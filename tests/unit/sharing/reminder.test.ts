import fc from "fast-check";
import type { Attendee } from "../../../src/core";
import { buildReminder, nonResponders } from "../../../src/core/sharing";

const a = (email: string, response: Attendee["response"], type: Attendee["type"] = "required"): Attendee => ({ name: email, email, response, type });
const meeting = { subject: "Kommundirektörsmöte", startUtc: "2026-12-11T07:30:00Z", endUtc: "2026-12-11T10:30:00Z", location: "Familjen Helsingborgs kansli", groupName: "Kommundirektörsgruppen" };

describe("nonResponders", () => {
  it("is exactly the invited without an answer: none, notResponded, or added since; never resources, the organizer or duplicates", () => {
    const invited = ["a@x.se", "b@x.se", "c@x.se", "d@x.se", "E@x.se", "e@x.se", "room@x.se", "org@x.se", "f@x.se", ""].map((email) => ({ name: email, email }));
    const answers = [a("a@x.se", "accepted"), a("b@x.se", "none"), a("c@x.se", "notResponded"), a("d@x.se", "declined"), a("e@x.se", "tentativelyAccepted"), a("room@x.se", "none", "resource"), a("org@x.se", "none")];
    expect(nonResponders(invited, answers, "ORG@x.se").map((p) => p.email)).toEqual(["b@x.se", "c@x.se", "f@x.se"]);
  });
});

describe("buildReminder", () => {
  it("names time, place and how to answer, addressed to the given people", () => {
    const to = [{ name: "Henrik Olsson", email: "henrik.olsson@svalov.se" }];
    const m = buildReminder(meeting, to);
    expect(m.to).toEqual(to);
    expect(m.subject).toBe("Påminnelse: svara på inbjudan till Kommundirektörsmöte fredag 11 december 2026");
    expect(m.htmlBody).toContain("Tid: fredag 11 december 2026 08.30–11.30.");
    expect(m.htmlBody).toContain("Plats: Familjen Helsingborgs kansli.");
    expect(m.htmlBody).toContain("Acceptera eller Avböj");
    expect(m.htmlBody).toContain("din egen organisations Outlook");
    expect(buildReminder({ ...meeting, location: " " }, to).htmlBody).not.toContain("Plats:");
  });

  it("fuzz: hostile subjects, places and names stay text (no tag or attribute gets through)", () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.string(), (subject, location, name) => {
        const m = buildReminder({ ...meeting, subject: `<img src=x onerror=alert(1)>${subject}`, location: `${location}<script>`, groupName: `"${name}'` }, [{ name: `<b>${name}</b>`, email: "x@y.se" }]);
        const tags = m.htmlBody.match(/<[^>]*>/g) ?? [];
        expect(tags.every((t) => t === "<p>" || t === "</p>" || t === "<br>")).toBe(true);
        expect(m.to[0]?.name).toBe(`<b>${name}</b>`);
      }),
      { numRuns: 200 },
    );
  });
});
