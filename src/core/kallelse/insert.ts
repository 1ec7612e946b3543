/** "Infoga kallelse" over any appointment: at the top (or the cursor) the first time, in place of our block after that. */
import type { HostAppointment } from "../ports-outlook";
import { findKallelseBlocks, replaceKallelseBlock, wrapKallelseBlock } from "./block";

/** Where a first kallelse goes: the top of the body (default), or where the secretariat's cursor is. */
export type KallelsePlacement = "top" | "cursor";

/** What the insert did: put a new block in, or replaced the earlier one where it stood. */
export type KallelseInsertOutcome = "inserted" | "replaced";

/**
 * Inserts the kallelse block, or replaces an earlier one in place. A first insert touches nothing else of the body
 * (prependAsync / setSelectedDataAsync: no rewrite that could break Teams' join link, DESIGN §7a); a replacement
 * rewrites the body with only our block changed, and only when it changed.
 */
export async function insertKallelse(
  appointment: Pick<HostAppointment, "getBodyHtml" | "setBodyHtml" | "prependBodyHtml" | "insertBodyHtmlAtCursor">,
  kallelseHtml: string,
  placement: KallelsePlacement = "top",
): Promise<KallelseInsertOutcome> {
  const body = await appointment.getBodyHtml();
  if (findKallelseBlocks(body).length > 0) {
    const next = replaceKallelseBlock(body, kallelseHtml);
    if (next !== body) await appointment.setBodyHtml(next);
    return "replaced";
  }
  const block = wrapKallelseBlock(kallelseHtml);
  if (placement === "cursor") await appointment.insertBodyHtmlAtCursor(block);
  else await appointment.prependBodyHtml(block);
  return "inserted";
}
