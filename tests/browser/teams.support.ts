/** Shared by the Teams browser tests: what the demo data says the meeting tab must show, read from the running tenant. */
import type { Page } from "playwright-core";
import { attachmentTitle, buildAgenda, defaultFields } from "../../src/core";
import type { Agenda, AgendaItemRecord } from "../../src/core";
import type { DemoData } from "../../src/demo-tenant/data-types";
import { fileRecordOf } from "../contract/services/harness";

/** The meeting the page chose (the first upcoming one), read back from the URL the picker wrote. */
export async function chosenMeeting(page: Page): Promise<{ key: string; folder: string }> {
  await page.waitForURL(/[?&]meeting=/);
  const url = new URL(page.url());
  return { key: url.searchParams.get("meeting") ?? "", folder: url.searchParams.get("folder") ?? "" };
}

/** The agenda the demo data holds for a meeting, built by core's own rules (numbering is core's, tested there). */
export function expectedAgenda(state: DemoData, key: string, folderName: string): Agenda {
  const lists = state.sites.flatMap((site) => site.lists);
  const agendaList = lists.find((list) => list.displayName === "Dagordning" || list.name === "Dagordning");
  const library = lists.find((list) => list.template === "documentLibrary" && list.drive !== undefined);
  if (!agendaList || !library?.drive) throw new Error("demo data without Dagordning or Möteshandlingar");
  const records = agendaList.items
    .filter((item) => item.fields.MeetingKey === key)
    .map(
      (item): AgendaItemRecord => ({
        ...defaultFields(),
        id: item.id,
        etag: "",
        meetingKey: key,
        sortKey: typeof item.fields.SortKey === "number" ? item.fields.SortKey : null,
        itemNumber: typeof item.fields.ItemNumber === "number" ? item.fields.ItemNumber : null,
        title: String(item.fields.Title ?? ""),
        presenter: String(item.fields.Presenter ?? ""),
        description: "",
        proposedDecisions: [],
        kind: "beslut",
        startTime: null,
      }),
    );
  const folder = library.drive.items.find((item) => item.kind === "folder" && item.name === folderName);
  if (!folder) throw new Error(`no folder ${folderName}`);
  const files = library.drive.items
    .filter((item) => item.kind === "file" && item.parentId === folder.id)
    .map(fileRecordOf);
  return buildAgenda(records, files);
}

/** "Bilaga N – title" as the tab labels a bilaga. */
export function bilagaLabel(number: number, name: string): string {
  return `Bilaga ${number} – ${attachmentTitle(name)}`;
}

/** The stored answer of `mail` on the event (the organizer's copy is the authoritative one). */
export function storedResponse(state: DemoData, key: string, mail: string): string | undefined {
  return state.events.find((event) => event.iCalUId === key)?.attendees.find((a) => a.mail.toLowerCase() === mail.toLowerCase())?.response;
}
