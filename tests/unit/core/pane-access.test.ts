import { paneAccess, sameMailbox } from "../../../src/core";

const ORGANIZER = "elin.sjoberg@familjenhelsingborg.se";

describe("who gets the agenda editor in Outlook", () => {
  it("gives it to the organizer mailbox and to its delegates, whatever the casing", () => {
    expect(paneAccess({ mode: "organizer", owner: { mailbox: ORGANIZER, shared: false }, organizerMail: null }, ORGANIZER)).toBe("editor");
    expect(paneAccess({ mode: "organizer", owner: { mailbox: " Elin.Sjoberg@FamiljenHelsingborg.se ", shared: true }, organizerMail: null }, ORGANIZER)).toBe("editor");
  });

  it("refuses anyone composing in another calendar, and an unknown owner", () => {
    expect(paneAccess({ mode: "organizer", owner: { mailbox: "karin.lindqvist@helsingborg.se", shared: false }, organizerMail: null }, ORGANIZER)).toBe("notGroupCalendar");
    expect(paneAccess({ mode: "organizer", owner: null, organizerMail: null }, ORGANIZER)).toBe("notGroupCalendar");
    // An empty configuration matches nobody rather than everybody.
    expect(paneAccess({ mode: "organizer", owner: { mailbox: "", shared: false }, organizerMail: null }, "")).toBe("notGroupCalendar");
  });

  it("shows the agenda only for invitations the organizer mailbox sent", () => {
    expect(paneAccess({ mode: "attendee", owner: null, organizerMail: ORGANIZER.toUpperCase() }, ORGANIZER)).toBe("reader");
    expect(paneAccess({ mode: "attendee", owner: null, organizerMail: "annan@helsingborg.se" }, ORGANIZER)).toBe("notGroupMeeting");
    expect(paneAccess({ mode: "attendee", owner: { mailbox: ORGANIZER, shared: true }, organizerMail: null }, ORGANIZER)).toBe("notGroupMeeting");
  });

  it("compares mail addresses trimmed and case-insensitively, never two blanks as equal", () => {
    expect(sameMailbox("A@b.se", " a@B.SE")).toBe(true);
    expect(sameMailbox(null, null)).toBe(false);
    expect(sameMailbox(undefined, "")).toBe(false);
  });
});
