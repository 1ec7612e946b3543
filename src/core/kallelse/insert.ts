/** "Infoga kallelse" over any appointment: read the body, put our block in, write it back only when it changed. */
import type { HostAppointment } from "../ports-outlook";
import { replaceKallelseBlock } from "./block";

/** Inserts or replaces the kallelse block in the appointment body and returns the new body. */
export async function insertKallelse(appointment: Pick<HostAppointment, "getBodyHtml" | "setBodyHtml">, kallelseHtml: string): Promise<string> {
  const body = await appointment.getBodyHtml();
  const next = replaceKallelseBlock(body, kallelseHtml);
  if (next !== body) await appointment.setBodyHtml(next);
  return next;
}
