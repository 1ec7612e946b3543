import { defaultFields } from "../../../src/core";
import type { Agenda, AgendaItem } from "../../../src/core/types";
import type { KallelseInput } from "../../../src/core/kallelse";

/** The join block Teams writes into a meeting invitation (shape of a real Outlook body, shortened ids). */
export const TEAMS_JOIN_BLOCK =
  '<div style="width:100%"><span style="white-space:nowrap;color:#5F5F5F;opacity:.36;">________________________________________________________________________________</span></div>' +
  '<div class="me-email-text" lang="sv-SE" style="color:#252424;font-family:\'Segoe UI\',\'Helvetica Neue\',Helvetica,Arial,sans-serif;">' +
  '<div style="margin-top:24px;margin-bottom:20px;"><span style="font-size:24px;color:#252424">Microsoft Teams-möte</span></div>' +
  '<div style="margin-bottom:20px;"><div style="margin-top:0px;margin-bottom:0px;font-weight:bold"><span style="font-size:14px;color:#252424">Anslut på datorn, i mobilappen eller via en rumsenhet</span></div>' +
  '<a class="me-email-headline" style="font-size:14px;font-family:\'Segoe UI Semibold\';text-decoration:underline;color:#5B5FC7;" href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ0%40thread.v2/0?context=%7b%22Tid%22%3a%22t%22%7d" target="_blank" rel="noreferrer noopener">Klicka här för att ansluta till mötet</a></div>' +
  '<div style="margin-bottom:20px;margin-top:20px"><span style="font-size:14px;color:#252424">Mötes-ID: 349 512 877 115</span></div></div>' +
  '<div style="width:100%"><span style="white-space:nowrap;color:#5F5F5F;opacity:.36;">________________________________________________________________________________</span></div>';

/** Text the organizer wrote above the join block. */
export const ORGANIZER_TEXT = "<div><p>Hej alla,</p><p>välkomna till vårens sista möte. Lunch serveras 11.30.</p><p>/Elin</p></div>";

/** An agenda item with defaults. */
export function item(number: number, overrides: Partial<AgendaItem> = {}): AgendaItem {
  return {
    ...defaultFields(),
    id: `i${number}`,
    etag: `"i${number},1"`,
    meetingKey: "040000008200E00074C5B7101A82E008",
    sortKey: number,
    itemNumber: null,
    number,
    title: `Ärende ${number}`,
    presenter: "",
    description: "",
    proposedDecisions: [],
    kind: "beslut",
    startTime: null,
    attachments: [],
    ...overrides,
  };
}

/** An agenda of the given items. */
export function agenda(items: AgendaItem[]): Agenda {
  return { items, unassignedFiles: [] };
}

/** The kallelse input of the demo meeting (19 April 2024, 08.30–11.30 in Stockholm). */
export function input(overrides: Partial<KallelseInput> = {}): KallelseInput {
  return {
    groupName: "Kommundirektörsgruppen i Familjen Helsingborg",
    meetingNumber: 4,
    startUtc: "2024-04-19T06:30:00Z",
    endUtc: "2024-04-19T09:30:00Z",
    location: "Mindpark, Helsingborg",
    online: true,
    agenda: agenda([
      item(1, { title: "Mötets öppnande", startTime: "08.30", kind: "information" }),
      item(2, {
        title: "Upphandling av gemensam e-tjänsteplattform",
        presenter: "Karin Holm, Helsingborg",
        proposedDecisions: ["godkänna förfrågningsunderlaget", "att uppdra åt sekretariatet att annonsera"],
        attachments: [
          { number: 1, fileId: "f1", name: "2 Utkast till förfrågningsunderlag.pdf", webUrl: "https://fh.sharepoint.com/sites/kd/M%C3%B6teshandlingar/2%20Utkast.pdf" },
          { number: 2, fileId: "f2", name: "2-Tidplan.docx", webUrl: "https://fh.sharepoint.com/sites/kd/M%C3%B6teshandlingar/2-Tidplan.docx" },
        ],
      }),
      item(3, { title: "Övriga frågor", kind: "diskussion" }),
    ]),
    contact: { name: "Elin Sjöberg", email: "elin.sjoberg@familjenhelsingborg.se" },
    ...overrides,
  };
}

/** The link policy of the tests: SharePoint lives at fh.sharepoint.com. */
export const POLICY = { sharePointOrigin: "https://fh.sharepoint.com" };
