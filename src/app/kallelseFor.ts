/** Builds the kallelse for the appointment from its current facts and the freshly loaded meeting view. */
import type { AppConfig } from "../config";
import type { AppError, MeetingView, Kallelse } from "../core";
import { buildKallelse, findHandlingarPdf, findTeamsJoinBlock, renderKallelseHtml, unreadableBilagor } from "../core";
import type { AppointmentFacts } from "./facts";

/** Where the secretariat sits: the place the kallelse is issued from ("Helsingborg 4 december 2026"). */
export const ISSUE_PLACE = "Helsingborg";

/** What else the kallelse is made from: the moment of issue and the short links found for files and folder. */
export interface KallelseExtras {
  nowUtc: string;
  shortLinks: ReadonlyMap<string, string>;
  /** False for the kallelse inside the handlingar PDF itself, which should not point at an older copy of itself. */
  linkHandlingarPdf?: boolean;
}

/** The kallelse, or why none is made: no agenda, or the folder's files could not be read (bilagor would be missing). */
export type KallelseBuild =
  | { kind: "ready"; html: string; items: number; kallelse: Kallelse }
  | { kind: "noAgenda" }
  | { kind: "bilagorUnreadable"; error: AppError };

/** The ids to ask short links for: every bilaga, the folder and the handlingar PDF. */
export function linkTargets(view: MeetingView): string[] {
  if (view.agenda.state !== "ready") return [];
  const ids = view.agenda.value.items.flatMap((item) => item.attachments.map((a) => a.fileId));
  if (view.folder.state === "ready" && view.folder.value !== null) ids.push(view.folder.value.id);
  const pdf = findHandlingarPdf(view.agenda.value.unassignedFiles);
  if (pdf !== null) ids.push(pdf.id);
  return ids;
}

/** Builds the kallelse HTML; refuses rather than mislead when the agenda or the bilagor could not be read. */
export function kallelseFor(
  facts: AppointmentFacts,
  view: MeetingView,
  bodyHtml: string,
  groupName: string,
  config: Pick<AppConfig, "sharePointOrigin">,
  extras: KallelseExtras,
): KallelseBuild {
  if (view.agenda.state !== "ready") return { kind: "noAgenda" };
  const unreadable = unreadableBilagor(view);
  if (unreadable !== null) return { kind: "bilagorUnreadable", error: unreadable };
  const folder = view.folder.state === "ready" ? view.folder.value : null;
  const pdf = extras.linkHandlingarPdf === false ? null : findHandlingarPdf(view.agenda.value.unassignedFiles);
  const link = (id: string, url: string): string => extras.shortLinks.get(id) ?? url;
  const kallelse = buildKallelse({
    groupName,
    meetingNumber: view.meetingNumber,
    // The appointment's own time and place win: the secretariat may have changed them since the last save.
    startUtc: facts.startUtc,
    endUtc: facts.endUtc,
    location: facts.location,
    online: findTeamsJoinBlock(bodyHtml) !== null,
    agenda: view.agenda.value,
    contact: view.meeting.organizer,
    issued: { place: ISSUE_PLACE, atUtc: extras.nowUtc },
    shortLinks: extras.shortLinks,
    papers: {
      folderUrl: folder === null ? null : link(folder.id, folder.webUrl),
      handlingarPdfUrl: pdf === null ? null : link(pdf.id, pdf.webUrl),
    },
  });
  return { kind: "ready", html: renderKallelseHtml(kallelse, { sharePointOrigin: config.sharePointOrigin }), items: kallelse.items.length, kallelse };
}
