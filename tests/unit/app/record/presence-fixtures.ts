/** A meeting view and its RSVPs for the Närvaro use-case tests. */
import type { AttendanceReport, MeetingView } from "../../../../src/core";

export const KEY = "ical-1";

export const REPORT: AttendanceReport = {
  groups: [
    {
      organisation: "Bjuv",
      entries: [
        { name: "Anna Berg", email: "anna.berg@bjuv.se", status: "present", role: "member", organisation: "Bjuv" },
        { name: "Bo Ek", email: "bo.ek@bjuv.se", status: "noResponse", role: "member", organisation: "Bjuv" },
      ],
    },
    { organisation: "Höganäs", entries: [{ name: "Herman Crespin", email: "herman@hoganas.se", status: "apologies", role: "member", organisation: "Höganäs" }] },
    {
      organisation: "sekretariatet",
      entries: [{ name: "Elin Sjöberg", email: "elin@familjenhelsingborg.se", status: "present", role: "organizer", organisation: "sekretariatet" }],
    },
  ],
  counts: { present: 2, apologies: 1, tentative: 0, noResponse: 1 },
  guests: [],
};

/** A meeting 08.30–11.30 Stockholm time, online unless told otherwise. */
export function view(over: { attendance?: MeetingView["attendance"]; onlineMeetingUrl?: string | null } = {}): MeetingView {
  return {
    me: { name: "Elin Sjöberg", email: "elin@familjenhelsingborg.se" },
    meeting: {
      id: "evt",
      iCalUId: KEY,
      subject: "Kommundirektörsgruppen",
      startUtc: "2024-04-19T06:30:00Z",
      endUtc: "2024-04-19T09:30:00Z",
      isAllDay: false,
      location: "Stadshuset",
      organizer: { name: "Elin Sjöberg", email: "elin@familjenhelsingborg.se" },
      attendees: [],
      myResponse: "organizer",
      isOrganizer: true,
      isCancelled: false,
      seriesMasterId: null,
      webLink: null,
      onlineMeetingUrl: over.onlineMeetingUrl === undefined ? "https://teams.microsoft.com/l/meetup-join/x" : over.onlineMeetingUrl,
    },
    meetingNumber: 4,
    numberSource: "computed",
    record: { state: "ready", value: null },
    agenda: { state: "ready", value: { items: [], unassignedFiles: [] } },
    attendance: over.attendance ?? { state: "ready", value: REPORT },
    folder: { state: "ready", value: null },
    files: { state: "ready", value: [] },
    directory: [],
  };
}
