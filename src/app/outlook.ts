/** The Outlook pane's use cases over one appointment: link, the kallelse, the handlingar PDF, sharing, the reminder. */
import type { AppConfig } from "../config";
import type { AppError, AppointmentMode, DocumentStore, DocumentWriters, HostAppointment, MeetingKeyResolver, MeetingRef, MeetingView, KallelsePlacement, FolderSharing, NewMessageForm, ShareReport } from "../core";
import { insertKallelse, kallelseParagraphs, buildReminder, nonResponders, shareWithAttendees } from "../core";
import { readFacts } from "./facts";
import type { AppointmentFacts } from "./facts";
import { createHandlingarPdf } from "./handlingarPdf";
import type { HandlingarResult } from "./handlingarPdf";
import { kallelseFor, linkTargets } from "./kallelseFor";
import { findAttendeeLink, linkAppointment, readLink } from "./link";
import type { AppointmentLink } from "./link";
import type { MeetingUseCases } from "./meetings";

/** What the Outlook host gives the pane: the appointment, the key lookup, and what this host can do besides. */
export interface OutlookHostPorts {
  appointment: HostAppointment;
  resolver: MeetingKeyResolver;
  /** Sharing the meeting folder with the attendees; the section is hidden without it. */
  sharing?: FolderSharing;
  /** Outlook's new message form (displayNewMessageForm), for the reminder; hidden without it. */
  messages?: NewMessageForm;
}

/** What the pane's use cases are built over besides the host: the meeting reads, the library, the writers, settings. */
export interface OutlookAppPorts {
  meetings: Pick<MeetingUseCases, "load">;
  documents: DocumentStore;
  writers: Pick<DocumentWriters, "handlingarPdf">;
  config: Pick<AppConfig, "groupName" | "sharePointOrigin">;
  now: () => Date;
}

/** Why no kallelse (or handlingar PDF) was made: no agenda, or the bilagor could not be read. */
export type KallelseRefusal = { kind: "noAgenda" } | { kind: "bilagorUnreadable"; error: AppError };

/** What *Infoga kallelse* did. */
export type KallelseInsertResult = KallelseRefusal | { kind: "inserted" | "replaced"; items: number };

/** What *Handlingar i en PDF* did. */
export type HandlingarOutcome = KallelseRefusal | ({ kind: "created" } & HandlingarResult);

/** The outcome of sharing: how many attendees the appointment had, and the report per person. */
export interface ShareOutcome {
  attendees: number;
  report: ShareReport;
}

/** The pane's use cases for one appointment. */
export interface OutlookUseCases {
  readonly mode: AppointmentMode;
  /** The appointment's facts as Outlook has them now. */
  readFacts(): Promise<AppointmentFacts>;
  /** Sets the appointment's subject (the secretariat took the suggested one). */
  setSubject(subject: string): Promise<void>;
  /** The link remembered on the appointment, or null when it was never linked. */
  readLink(): Promise<AppointmentLink | null>;
  /** Links the appointment to its folder (found by key, or created) and remembers the link on it. */
  link(): Promise<AppointmentLink>;
  /** An invitation's meeting view (an attendee's pane: the key from Graph, the folder from subject and start). */
  attendeeView(): Promise<MeetingView>;
  /** A meeting's view as it is now. */
  loadView(ref: MeetingRef): Promise<MeetingView>;
  /** Builds the kallelse from the appointment and the saved agenda now, and puts it into the body (or replaces it). */
  insertKallelse(ref: MeetingRef, placement: KallelsePlacement): Promise<KallelseInsertResult>;
  /** The kallelse and every bilaga as one PDF in the meeting's folder. */
  createHandlingarPdf(ref: MeetingRef): Promise<HandlingarOutcome>;
  /** Gives the appointment's attendees read access to the folder; null when the host cannot share. */
  readonly share: ((folderId: string) => Promise<ShareOutcome>) | null;
  /** Opens a reminder to the attendees without an answer; resolves how many it addressed (0: nobody, none opened). */
  readonly remind: ((ref: MeetingRef) => Promise<number>) | null;
}

/** The same short links for the kallelse wherever it is made; without them the files' full addresses are used. */
async function shortLinks(documents: DocumentStore, view: MeetingView): Promise<Map<string, string>> {
  try {
    return await documents.viewLinks(linkTargets(view));
  } catch {
    // Without short links the kallelse keeps the files' full addresses: longer, but complete.
    return new Map();
  }
}

/** The Outlook use cases over the host's appointment and the app's ports. */
export function createOutlookUseCases(host: OutlookHostPorts, ports: OutlookAppPorts): OutlookUseCases {
  const { appointment, resolver, sharing, messages } = host;
  const { documents, config } = ports;

  /** Fresh facts, agenda and body: what is saved now, not what the pane loaded earlier. */
  const current = (ref: MeetingRef): Promise<[AppointmentFacts, MeetingView, string]> =>
    Promise.all([readFacts(appointment), ports.meetings.load(ref), appointment.getBodyHtml()]);

  return {
    mode: appointment.mode,
    readFacts: () => readFacts(appointment),
    setSubject: (subject) => appointment.setSubject(subject),
    readLink: () => readLink(appointment),
    link: () => linkAppointment({ appointment, resolver, documents }),
    async attendeeView() {
      const link = await findAttendeeLink(appointment, resolver);
      return ports.meetings.load({ key: link.key, folderName: link.folderName });
    },
    loadView: (ref) => ports.meetings.load(ref),

    async insertKallelse(ref, placement) {
      const [facts, view, body] = await current(ref);
      const built = kallelseFor(facts, view, body, config.groupName, config, { nowUtc: ports.now().toISOString(), shortLinks: await shortLinks(documents, view) });
      if (built.kind !== "ready") return built;
      const outcome = await insertKallelse(appointment, built.html, placement);
      return { kind: outcome, items: built.items };
    },

    async createHandlingarPdf(ref) {
      const [facts, view, body] = await current(ref);
      const folder = view.folder.state === "ready" ? view.folder.value : null;
      const links = await shortLinks(documents, view);
      const built = kallelseFor(facts, view, body, config.groupName, config, { nowUtc: ports.now().toISOString(), shortLinks: links, linkHandlingarPdf: false });
      if (built.kind === "bilagorUnreadable") return built;
      if (built.kind === "noAgenda" || view.agenda.state !== "ready" || folder === null) return { kind: "noAgenda" };
      const { kallelse } = built;
      const result = await createHandlingarPdf(ports, {
        folderId: folder.id,
        agenda: view.agenda.value,
        meetingNumber: view.meetingNumber,
        startUtc: facts.startUtc,
        kallelse: kallelseParagraphs(kallelse, { sharePointOrigin: config.sharePointOrigin }),
        headings: new Set(["Dagordning", kallelse.papersHeading, kallelse.answerHeading]),
      });
      return { kind: "created", ...result };
    },

    share:
      sharing === undefined
        ? null
        : async (folderId) => {
            // The attendees as they are in Outlook now: people added or removed since the pane loaded count.
            const facts = await readFacts(appointment);
            const attendees = [...facts.required, ...facts.optional];
            return { attendees: attendees.length, report: await shareWithAttendees(sharing, folderId, attendees) };
          },

    remind:
      messages === undefined
        ? null
        : async (ref) => {
            // Fresh answers from the organizer's copy, and the attendees as they are in Outlook now.
            const [facts, view] = await Promise.all([readFacts(appointment), ports.meetings.load(ref)]);
            const to = nonResponders([...facts.required, ...facts.optional], view.meeting.attendees, view.meeting.organizer.email);
            if (to.length === 0) return 0;
            await messages.open(buildReminder({ subject: facts.subject, startUtc: facts.startUtc, endUtc: facts.endUtc, location: facts.location, groupName: config.groupName }, to));
            return to.length;
          },
  };
}
