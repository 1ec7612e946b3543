/** StageSource: the register row and the items' record of one meeting in one $batch, so that a stage poll is one request. */
import { readAgendaFields, writeAgendaFields } from "../../core";
import type { RowProblem, StageSnapshot, StageSource } from "../../core";
import { bodyOf, runBatch } from "./batch";
import type { BatchRequest } from "./batch";
import type { GraphContext } from "./context";
import { collect } from "./context";
import { PAGE } from "./meeting-view";
import { odataString, query } from "./paths";
import { asObject, reqNonEmpty } from "./parse/guards";
import { toRegisterRow } from "./parse/record-rows";
import { byAge, registerRowsRequest } from "./register-store";

/** The Dagordning columns the stage shows, named by the field table (never spelled twice). */
const STAGE_COLUMNS = Object.keys(writeAgendaFields({ outcome: null, decisions: [] }, ["outcome", "decisions"])).join(",");

function stageItem(raw: unknown): StageSnapshot["items"][number] {
  const item = asObject(raw, "listItem");
  // Read tolerantly like every Dagordning row: a bad Outcome is shown as "not recorded", not as a failed stage.
  const problems: RowProblem[] = [];
  const { outcome, decisions } = readAgendaFields(asObject(item.fields, "listItem.fields"), problems);
  return { id: reqNonEmpty(item, "id", "listItem"), outcome, decisions };
}

/** Graph-backed StageSource. */
export function createStageSource(ctx: GraphContext): StageSource {
  return {
    async read(meetingKey) {
      const byKey = `fields/MeetingKey eq ${odataString(meetingKey)}`;
      // Both reads name the meeting by its key, so neither waits for the other: one round trip, whichever item is current.
      const requests: BatchRequest[] = [
        registerRowsRequest(ctx, "register", meetingKey),
        { id: "items", method: "GET", url: `${ctx.paths.agendaItems}${query({ $select: "id", $expand: `fields($select=${STAGE_COLUMNS})`, $filter: byKey, $top: PAGE.items })}` },
      ];
      const outcomes = await runBatch(ctx.http, requests, ctx.policy);
      const register = outcomes.get("register");
      // A site without the list Sammanträden has no stage to follow: no current item, not a failure.
      const rows = register?.ok === false && register.error.code === "notFound" ? [] : (await collect(ctx, bodyOf(register, "register"), "register rows")).map(toRegisterRow);
      const items = (await collect(ctx, bodyOf(outcomes.get("items"), "items"), "agenda items")).map(stageItem);
      return { currentItemId: byAge(rows)[0]?.currentItemId ?? null, items };
    },
  };
}
