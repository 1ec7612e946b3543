/** A meeting in the style of the 2018 seed (fictional people), built through the real core functions. */
import { buildAgenda } from "../../../src/core/agenda";
import { buildAttendance } from "../../../src/core/attendance";
import { FAMILJEN_HELSINGBORG_DOMAINS } from "../../../src/config/config";
import type { MeetingView } from "../../../src/core/ports";
import type { Agenda, Attendee, AttendanceReport, Folder, Meeting } from "../../../src/core/types";
import { file, record } from "../core/fixtures";

/** 20 April 2018, 08.30–12.05 in Helsingborg (summer time, UTC+2). */
export function meeting(overrides: Partial<Meeting> = {}): Meeting {
  return {
    id: "AAMk-1",
    iCalUId: "040000008200E00074C5B7101A82E008",
    subject: "Kommundirektörsmöte",
    startUtc: "2018-04-20T06:30:00Z",
    endUtc: "2018-04-20T10:05:00Z",
    isAllDay: false,
    location: "Villa Thalassa, Helsingborg",
    organizer: { name: "Johan Lindberg", email: "johan.lindberg@familjenhelsingborg.se" },
    attendees: [],
    myResponse: "organizer",
    isOrganizer: true,
    isCancelled: false,
    seriesMasterId: null,
    webLink: null,
    onlineMeetingUrl: null,
    ...overrides,
  };
}

const attendee = (name: string, email: string, response: Attendee["response"], type: Attendee["type"] = "required"): Attendee => ({ name, email, response, type });

/** Members from several municipalities with every answer, two guests, the organizer. */
export const ATTENDEES: Attendee[] = [
  attendee("Palle Lundberg", "palle.lundberg@helsingborg.se", "accepted"),
  attendee("Jan Bernhardsson", "jan.bernhardsson@bastad.se", "accepted"),
  attendee("Herman Crespin", "herman.crespin@hoganas.se", "accepted"),
  attendee("Christian Alexandersson", "christian.alexandersson@landskrona.se", "declined"),
  attendee("Stefan Larsson", "stefan.larsson@svalov.se", "declined"),
  attendee("Ulf Bengtsson", "ulf.bengtsson@perstorp.se", "tentativelyAccepted"),
  attendee("Tomas Rikse", "tomas.rikse@klippan.se", "none"),
  attendee("Eva Sturesson", "eva.sturesson@engelholm.se", "accepted", "optional"),
  attendee("Bo Lindberg", "bo.lindberg@oresundskraft.se", "notResponded", "optional"),
  attendee("Sara Røpke", "sara.ropke@greatercph.com", "declined", "optional"),
];

/** The attendance report as the product computes it. */
export function report(attendees: Attendee[] = ATTENDEES): AttendanceReport {
  const m = meeting();
  return buildAttendance(attendees, m.organizer, [{ email: "bo.lindberg@oresundskraft.se", name: "Bo Lindberg", companyName: "Öresundskraft", officeLocation: null }], FAMILJEN_HELSINGBORG_DOMAINS);
}

/** Three items, four bilagor spread over items 1 and 3 (numbers 1, 2 and 3, 4), one unassigned file. */
export function agenda(): Agenda {
  return buildAgenda(
    [
      record("a", 1, {
        title: "Uppföljning av workshop med kommunutredningen",
        presenter: "Johan Lindberg, sekretariatet",
        description: "Regeringens Kommunutredning besökte styrelsemötet.\n\nUtredningen har ställt nya frågor.",
        proposedDecisions: ["uppdra åt Tomas Rikse att förbereda ett underlag", "att avstämning görs på ordinarie möte", "presidiet får del av underlaget"],
      }),
      record("b", 2, { title: "Inventering Kunskapsnätverk", kind: "information", presenter: "" }),
      record("c", 3, { title: "Processen kring ny verksamhetsplan", presenter: "Lilian Eriksson, Ängelholm", proposedDecisions: ["bjuda in Beta till ordinarie möte"] }),
    ],
    [
      file("f1", "1 - Frågor från kommunutredningen.pdf"),
      file("f2", "1_Förslag till svar.docx"),
      file("f3", "Modell för processen.pdf", 3),
      file("f4", "3 BRP+ urval.xlsx"),
      file("f5", "Övrigt.pdf"),
    ],
  );
}

/** A ready meeting view of the fixture meeting in `folder`, as the protokoll draft takes it; the organizer signed in. */
export function draftView(folder: Folder, overrides: Partial<MeetingView> = {}): MeetingView {
  const m = meeting();
  return {
    me: m.organizer,
    meeting: m,
    meetingNumber: 3,
    numberSource: "computed",
    record: { state: "ready", value: null },
    agenda: { state: "ready", value: agenda() },
    attendance: { state: "ready", value: report() },
    folder: { state: "ready", value: folder },
    files: { state: "ready", value: [] },
    directory: [],
    ...overrides,
  };
}
