/**
 * Scripted sessions over the real services against the demo tenant: what the secretariat and a member do before a
 * meeting, each step an action the user sees succeed or fail (and then retries), checked against the tenant's state.
 */
import { defaultChoices, droppedFromTheirs, isAppFailure, mergeItem } from "../../src/core";
import { findKallelseBlocks, insertKallelse } from "../../src/core/kallelse";
import type { AgendaItemRecord, MeetingRef, MeetingView, RsvpOutcome, Services } from "../../src/core";
import { createProtokollDraft } from "../../src/app/protokollDraft";
import type { DraftResult } from "../../src/app";
import { loadedDocumentWriters } from "../../src/services/documents/writers";
import { kallelseFor } from "../../src/app/kallelseFor";
import { draftOf } from "../../src/app/agendaOps";
import type { AppConfig } from "../../src/config";
import type { DemoTenant } from "../../src/demo-tenant/server";
import { FakeAppointment } from "./fake-appointment";
import { sv } from "../../src/core/i18n/sv";
import { act, lose, MAX_USER_RETRIES } from "./tally";
import type { Tally } from "./tally";
import { agendaItems, folderFiles, rsvpEffects } from "./tenant-state";

/** What every session needs. */
export interface SessionContext {
  tenant: DemoTenant;
  config: AppConfig;
  ref: Required<MeetingRef>;
  seed: number;
  tally: Tally;
  /** Where a verified effect that is missing or doubled is described (must stay empty). */
  problems: string[];
}

/** A view counts as loaded when the sections this user may read are there; a failed section is shown and retried. */
async function loadView(services: Services, ref: MeetingRef, needAttendance: boolean): Promise<MeetingView> {
  const view = await services.meetings.loadMeetingView(ref);
  for (const section of [view.agenda, view.folder, view.files, ...(needAttendance ? [view.attendance] : [])]) {
    if (section.state === "error") throw Object.assign(new Error(`section failed: ${section.error.detail ?? ""}`), { appError: section.error });
  }
  return view;
}

function ready<T>(section: { state: "ready"; value: T } | { state: "error" }): T {
  if (section.state !== "ready") throw new Error("section not ready");
  return section.value;
}

/** The secretariat: load, edit three items, upload a bilaga, insert the kallelse, draft the protokoll (twice on odd seeds). */
export async function secretariatSession(ctx: SessionContext, services: Services): Promise<void> {
  const { tally, ref, seed, problems } = ctx;
  const view = await act(tally, "ladda mötet", () => loadView(services, ref, true));
  const items = ready(view.agenda).items;
  const folder = ready(view.folder);
  if (folder === null) throw new Error("the demo meeting has a folder");
  const itemsBefore = agendaItems(ctx.tenant.state(), ref.key).length;

  // Three edits, each as the form would save it: the record as loaded, the user's new text, the loaded eTag.
  for (const item of items.slice(0, 3)) {
    const versionBefore = agendaItems(ctx.tenant.state(), ref.key).find((i) => i.id === item.id)!.version;
    const draft = {
      ...draftOf(item),
      title: `${item.title} (rev. ${seed})`,
      presenter: `Elin Sjöberg, sekretariatschef ${seed}`,
      proposedDecisions: [...item.proposedDecisions, `anteckna ändring ${seed}`],
    };
    await act(tally, `redigera punkt ${item.number}`, () => services.agenda.update(item.id, item.etag, draft));
    const stored = agendaItems(ctx.tenant.state(), ref.key).find((i) => i.id === item.id)!;
    if (stored.fields.Title !== draft.title || stored.version !== versionBefore + 1) {
      lose(tally, `punkt ${item.number}: title ${String(stored.fields.Title)}, version ${versionBefore} -> ${stored.version}`, problems);
    }
  }
  if (agendaItems(ctx.tenant.state(), ref.key).length !== itemsBefore) problems.push("the number of agenda items changed");

  // A bilaga from the pane: one file, however many times the upload was tried.
  const bilaga = `Bilaga fel ${seed}.pdf`;
  const bytes = new TextEncoder().encode(`%PDF-1.4 bilaga för körning ${seed} `.repeat(40));
  const target = items[1]!;
  await act(tally, "ladda upp bilaga", () => services.documents.upload(folder.id, bilaga, bytes, target.id));
  const named = folderFiles(ctx.tenant.state(), ref.folderName).filter((f) => f.name.startsWith(`Bilaga fel ${seed}`));
  if (named.length !== 1 || named[0]!.name !== bilaga || named[0]!.fields.ItemId !== target.id) {
    lose(tally, `bilaga: ${named.map((f) => `${f.name}#${String(f.fields.ItemId)}`).join(", ") || "none"}`, problems);
  }

  // Infoga kallelse: fresh facts and agenda, then the body block (replacing, never doubling).
  const event = ctx.tenant.state().events.find((e) => e.iCalUId === ref.key)!;
  const appointment = new FakeAppointment({
    subject: event.subject,
    startUtc: event.startUtc,
    endUtc: event.endUtc,
    location: event.location,
    required: [],
    optional: [],
    bodyHtml: "<div><p>Välkommen.</p></div>",
  });
  await act(tally, "infoga kallelse", async () => {
    const fresh = await loadView(services, ref, false);
    const facts = { mode: "organizer" as const, subject: event.subject, startUtc: event.startUtc, endUtc: event.endUtc, location: event.location, required: [], optional: [], owner: null, organizerMail: null };
    const built = kallelseFor(facts, fresh, await appointment.getBodyHtml(), ctx.config.groupName, ctx.config, { nowUtc: event.startUtc, shortLinks: new Map() });
    if (built.kind !== "ready") throw new Error("agenda and folder were checked above");
    await insertKallelse(appointment, built.html);
  });
  const blocks = findKallelseBlocks(appointment.body).length;
  if (appointment.bodyWrites !== 1 || blocks !== 1 || !appointment.body.includes(`Bilaga fel ${seed}`) || !appointment.body.includes(`(rev. ${seed})`)) {
    lose(tally, `kallelse: ${appointment.bodyWrites} writes, ${blocks} blocks`, problems);
  }

  // Skapa protokollutkast from the view on screen; on odd seeds the secretariat drafts again, on purpose.
  const draftView = await act(tally, "ladda mötet för protokollet", () => loadView(services, ref, true));
  const drafts: DraftResult[] = [];
  const rounds = seed % 2 === 1 ? 2 : 1;
  for (let round = 1; round <= rounds; round++) {
    drafts.push(await act(tally, `protokollutkast ${round}`, () => createProtokollDraft({ ...services, writers: loadedDocumentWriters }, draftView, { groupName: ctx.config.groupName })));
  }
  const names = folderFiles(ctx.tenant.state(), ref.folderName)
    .map((f) => f.name)
    // A view whose series lookup ran out of budget has no meeting number: its draft is "Protokoll <date> (utkast)".
    .filter((n) => n.startsWith("Protokoll ") && n.includes("(utkast"))
    .sort();
  const expected = rounds === 2 ? [drafts[0]!.firstChoice, drafts[0]!.firstChoice.replace("(utkast)", "(utkast 2)")].sort() : [drafts[0]!.firstChoice];
  if (JSON.stringify(names) !== JSON.stringify(expected) || drafts.map((d) => d.fileName).sort().join() !== expected.join()) {
    lose(tally, `protokoll: ${names.join(", ")}`, problems);
  }
}

/**
 * A member: load the tab, send apologies. When the tab says it is unclear whether the answer arrived, the member does
 * what it suggests: looks at the answer Outlook holds (reloads the tab) and sends again only if it is not there yet.
 * One answer reaches the organizer, however the network behaved; "sent" is never shown for an answer that did not.
 */
export async function memberSession(ctx: SessionContext, services: Services): Promise<void> {
  const { tally, ref, problems } = ctx;
  const view = await act(tally, "ledamot laddar fliken", () => loadView(services, ref, false));
  const before = rsvpEffects(ctx.tenant, "decline");
  const decline = (): Promise<RsvpOutcome> => services.meetings.respond(view.meeting.id, "decline", "Förhinder: regionmöte samma dag.");
  let outcome = await act(tally, "anmäl förhinder", decline);
  for (let round = 0; outcome === "unknown"; round++) {
    tally.messages.add(sv.teams.answerUnknown);
    if (round === 0) tally.reported += 1;
    const stored = (await act(tally, "ledamot kontrollerar sitt svar", () => loadView(services, ref, false))).meeting.myResponse;
    // The member had accepted before: "declined" now can only be this apology.
    if (stored === "declined" || round >= MAX_USER_RETRIES) break;
    tally.userRetries += 1;
    outcome = await act(tally, "skicka igen", decline);
  }
  const effects = rsvpEffects(ctx.tenant, "decline") - before;
  const answer = ctx.tenant.state().events.find((e) => e.iCalUId === ref.key)?.attendees.find((a) => a.mail.toLowerCase() === view.me.email.toLowerCase())?.response;
  if (effects !== 1 || answer !== "declined") lose(tally, `förhinder: ${effects} effects, stored ${String(answer)}`, problems);
}

/**
 * Two panes edit the same item (the secretariat in Outlook and in Teams, or two colleagues): the second save meets a
 * conflict, keeps its text, sees the saved version, and saves a field-by-field merge; nothing of either is lost.
 */
export async function concurrentEdit(ctx: SessionContext, paneA: Services, paneB: Services): Promise<void> {
  const { tally, ref, seed, problems } = ctx;
  const records = await act(tally, "ruta B läser dagordningen", () => paneB.agenda.list(ref.key));
  const base: AgendaItemRecord = records[records.length - 1]!;
  const theirsDraft = { ...draftOf(base), title: `${base.title} – ruta A ${seed}` };
  await act(tally, "ruta A sparar rubriken", () => paneA.agenda.update(base.id, base.etag, theirsDraft));

  const mine = { ...draftOf(base), presenter: `Sara Dahl, utredare ${seed}`, proposedDecisions: [...base.proposedDecisions, `uppdra åt sekretariatet att återkomma ${seed}`] };
  const outcome = await act(tally, "ruta B sparar föredragande", async () => {
    try {
      await paneB.agenda.update(base.id, base.etag, mine);
      return "saved" as const;
    } catch (error) {
      if (isAppFailure(error) && error.appError.code === "conflict") return "conflict" as const;
      throw error;
    }
  });
  if (outcome !== "conflict") {
    problems.push("the second save over a stale eTag was not a conflict");
    return;
  }
  tally.conflicts += 1;
  const theirs = await act(tally, "ruta B läser den sparade versionen", () => paneB.agenda.get(base.id));
  const merged = { ...mergeItem(mine, theirs, defaultChoices(base, mine, theirs)), itemNumber: theirs.itemNumber };
  const dropped = droppedFromTheirs(base, theirs, merged);
  if (dropped.fields.length > 0 || dropped.clauses.length > 0) problems.push(`merge drops ${dropped.fields.join(",")} ${dropped.clauses.join(",")}`);
  await act(tally, "ruta B sparar sammanslagningen", () => paneB.agenda.update(base.id, theirs.etag, merged));
  const stored = agendaItems(ctx.tenant.state(), ref.key).find((i) => i.id === base.id)!;
  const decisions = String(stored.fields.ProposedDecisions ?? "");
  if (stored.fields.Title !== theirsDraft.title || stored.fields.Presenter !== mine.presenter || !decisions.includes(`återkomma ${seed}`)) {
    lose(tally, `merge: ${String(stored.fields.Title)} / ${String(stored.fields.Presenter)} / ${decisions}`, problems);
  }
}
