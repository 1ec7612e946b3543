/** Fake services, a meeting view fixture and a render helper for the UI tests (no Graph, no host SDK). */
import { render } from "@testing-library/react";
import type { RenderResult } from "@testing-library/react";
import { createOutlookUseCases, createUseCases } from "../../src/app";
import type { OutlookHostPorts, OutlookUseCases, UseCases } from "../../src/app";
import { defaultFields } from "../../src/core";
import type { AgendaItem, AppError, AppFailure, Attachment, AttendanceReport, DocumentWriters, MeetingSummary, MeetingView, Services } from "../../src/core";
import { loadedDocumentWriters } from "../../src/services/documents/writers";
import type { Language } from "../../src/core/i18n/errors";
import { App } from "../../src/ui/App";
import type { AppProps } from "../../src/ui/App";
import type { HostActions, UiConfig, UiEnvironment } from "../../src/ui/environment";

export const SP = "https://familjenhelsingborg.sharepoint.com";

/** An AppFailure as adapters throw it. */
export class FakeFailure extends Error implements AppFailure {
  readonly appError: AppError;
  constructor(code: AppError["code"]) {
    super(code);
    this.appError = { code };
  }
}

/** A member's view of an upcoming meeting: three items, three bilagor, everyone's answers readable. */
export function makeView(overrides: Partial<MeetingView> = {}): MeetingView {
  const attendance: AttendanceReport = {
    groups: [
      {
        organisation: "Bjuv",
        entries: [{ name: "Anna Berg", email: "anna.berg@bjuv.se", status: "present", role: "member", organisation: "Bjuv" }],
      },
      {
        organisation: "Helsingborg",
        entries: [{ name: "Karin Holm", email: "karin.holm@helsingborg.se", status: "noResponse", role: "member", organisation: "Helsingborg" }],
      },
      {
        organisation: null,
        entries: [{ name: "Okänd Person", email: "x@example.org", status: "apologies", role: "member", organisation: null }],
      },
      {
        organisation: "sekretariatet",
        entries: [{ name: "Elin Sjöberg", email: "elin.sjoberg@familjenhelsingborg.se", status: "present", role: "organizer", organisation: "sekretariatet" }],
      },
    ],
    counts: { present: 2, apologies: 1, tentative: 0, noResponse: 1 },
    guests: [{ name: "Gäst Gästsson", email: "gast@huddinge.se", status: "tentative", role: "guest", organisation: "Huddinge kommun" }],
  };
  return {
    me: { name: "Karin Holm", email: "karin.holm@helsingborg.se" },
    meeting: {
      id: "evt-karin",
      iCalUId: "ical-1",
      subject: "Kommundirektörsgruppen",
      startUtc: "2024-04-19T06:30:00Z",
      endUtc: "2024-04-19T09:30:00Z",
      isAllDay: false,
      location: "Stadshuset, Helsingborg",
      organizer: { name: "Elin Sjöberg", email: "elin.sjoberg@familjenhelsingborg.se" },
      attendees: [],
      myResponse: "none",
      isOrganizer: false,
      isCancelled: false,
      seriesMasterId: null,
      webLink: null,
      onlineMeetingUrl: null,
    },
    meetingNumber: 4,
    numberSource: "computed",
    record: { state: "ready", value: null },
    agenda: {
      state: "ready",
      value: {
        unassignedFiles: [],
        items: [
          item(1, "Föregående protokoll", "Elin Sjöberg, sekretariatschef", [], []),
          item(2, "Upphandling av IT-drift", "Per Ek, IT-chef Helsingborg", ["godkänna förfrågningsunderlaget", "uppdra åt sekretariatet att annonsera"], [
            { number: 1, fileId: "f1", name: "2 Förfrågningsunderlag.pdf", webUrl: `${SP}/sites/kd/f1.pdf` },
            { number: 2, fileId: "f2", name: "2 - Tidplan.docx", webUrl: `${SP}/sites/kd/f2.docx` },
          ]),
          item(3, "Övriga frågor", "", [], [{ number: 3, fileId: "f3", name: "3 Extern.pdf", webUrl: "https://evil.example.com/x.pdf" }]),
        ],
      },
    },
    attendance: { state: "ready", value: attendance },
    folder: { state: "ready", value: { id: "folder", name: "2024-04-19 Kommundirektörsgruppen", webUrl: `${SP}/sites/kd/folder` } },
    files: { state: "ready", value: [] },
    directory: [],
    ...overrides,
  };
}

function item(number: number, title: string, presenter: string, proposedDecisions: string[], attachments: Attachment[]): AgendaItem {
  return {
    ...defaultFields(),
    id: `item-${number}`,
    etag: `"${number}"`,
    meetingKey: "ical-1",
    sortKey: number,
    itemNumber: null,
    number,
    title,
    presenter,
    description: number === 2 ? "Avtalet löper ut vid årsskiftet." : "",
    proposedDecisions,
    kind: number === 2 ? "beslut" : "information",
    startTime: number === 2 ? "09.40" : null,
    attachments,
  };
}

/** Two upcoming meetings as the personal tab and the pickers list them. */
export const SUMMARIES: MeetingSummary[] = [
  { id: "e1", iCalUId: "ical-1", subject: "Kommundirektörsgruppen", startUtc: "2024-04-19T06:30:00Z", endUtc: "2024-04-19T09:30:00Z", isAllDay: false, location: "Stadshuset", myResponse: "accepted", folderName: "2024-04-19 Kommundirektörsgruppen", itemCount: 3 },
  { id: "e2", iCalUId: "ical-2", subject: "Kommundirektörsgruppen maj", startUtc: "2024-05-24T06:30:00Z", endUtc: "2024-05-24T09:30:00Z", isAllDay: false, location: "", myResponse: "none", folderName: "2024-05-24 Kommundirektörsgruppen maj", itemCount: null },
];

/** Services whose meeting source is made of jest mocks; the other ports throw if used. */
export function fakeServices(meetings: Partial<Services["meetings"]> = {}): Services & { meetings: { [K in keyof Services["meetings"]]: jest.Mock } } {
  const unused = (): never => {
    throw new Error("not used by the Teams UI");
  };
  const source = {
    loadMeetingView: jest.fn(async () => makeView()),
    listUpcoming: jest.fn(async () => SUMMARIES),
    findByChatId: jest.fn(async () => SUMMARIES[0]!),
    respond: jest.fn(async () => "sent" as const),
    ...meetings,
  } as unknown as { [K in keyof Services["meetings"]]: jest.Mock };
  return {
    meetings: source,
    agenda: { list: unused, get: unused, create: unused, update: unused, setOrder: unused, remove: unused, updateRecord: unused },
    documents: { ensureFolder: unused, listFiles: unused, upload: unused, setItemId: unused, download: unused, downloadPdf: unused, viewLinks: unused, replaceContent: unused, readByPath: unused },
    directory: { lookup: unused },
    register: { find: unused, listYear: unused, ensure: unused, update: unused },
    presence: { list: unused, create: unused, update: unused, remove: unused },
    assignments: { list: unused, create: unused, update: unused, remove: unused },
    onlineAttendance: { read: unused },
    stage: { read: unused },
  };
}

/** Host actions recorded by jest mocks. */
export function fakeHost(extra: Partial<HostActions> = {}): HostActions & { openLink: jest.Mock } {
  return { openLink: jest.fn(), ...extra } as HostActions & { openLink: jest.Mock };
}

export const CONFIG: UiConfig = { mode: "demo", sharePointOrigin: SP, organizerMailbox: "elin.sjoberg@familjenhelsingborg.se", groupName: "Kommundirektörsgruppen i Familjen Helsingborg" };

/**
 * The real use cases over fake ports, as a composition root builds them (the writers are the real ones, loaded), and
 * `outlook(host)`: the pane's use cases over an appointment, as the Outlook root builds them.
 */
export function fakeApp(services: Services = fakeServices(), writers: DocumentWriters = loadedDocumentWriters): UseCases & { outlook(host: OutlookHostPorts): OutlookUseCases } {
  const app = createUseCases({ ...services, writers });
  const outlook = (host: OutlookHostPorts): OutlookUseCases => createOutlookUseCases(host, { meetings: app.meetings, documents: services.documents, writers, config: CONFIG, now: () => new Date() });
  return { ...app, outlook };
}

/** Renders the app root like a host does. */
export function renderApp(props: Partial<Omit<AppProps, "environment">> & { services?: Services; app?: UseCases; host?: HostActions; language?: Language } = {}): RenderResult & { environment: UiEnvironment } {
  const environment: UiEnvironment = { app: props.app ?? fakeApp(props.services), host: props.host ?? fakeHost(), config: CONFIG };
  const result = render(
    <App
      environment={environment}
      language={props.language ?? "sv"}
      theme={props.theme ?? "light"}
      surface={props.surface ?? "content"}
      meetingRef={props.meetingRef === undefined ? { key: "ical-1", folderName: "2024-04-19 Kommundirektörsgruppen" } : props.meetingRef}
      initialItem={props.initialItem}
      chatId={props.chatId}
      banner={props.banner}
      meetingList={props.meetingList}
    />,
  );
  return { ...result, environment };
}

/** A promise with its resolve/reject exposed, to hold a request open. */
export function deferred<T>(): { promise: Promise<T>; resolve: (value: T) => void; reject: (error: unknown) => void } {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}
