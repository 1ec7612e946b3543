/**
 * The recommended SharePoint setup (docs/sideload.md, SECURITY.md): the secretariat's group has Edit on the site (or on
 * Dagordning and Möteshandlingar), members and guests have Read. SharePoint answers a reader's write with 403.
 */
import type { DemoUser } from "./data-types";
import { GraphHttpError } from "./graph-response";

const READS = new Set(["GET", "HEAD"]);

/** Whether the user may change lists and libraries of the group's site (the Edit permission level). */
export function mayWriteSite(user: DemoUser): boolean {
  return user.role === "secretariat";
}

/** Throws Graph's 403 `accessDenied` when a reader (member, guest) writes to a list or library. */
export function assertSiteWrite(method: string, user: DemoUser): void {
  if (READS.has(method) || mayWriteSite(user)) return;
  throw new GraphHttpError(403, "accessDenied", "Access denied");
}
