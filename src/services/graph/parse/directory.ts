/** Graph users to DirectoryEntry. */
import type { DirectoryEntry } from "../../../core";
import { asObject, normalizeEmail, optString, reqNonEmpty } from "./guards";

/** The $select that gives toDirectoryEntry everything it reads. */
export const USER_SELECT = "displayName,mail,companyName,officeLocation,jobTitle";

function blankToNull(value: string | null): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}

/** Graph user to DirectoryEntry. */
export function toDirectoryEntry(raw: unknown): DirectoryEntry {
  const o = asObject(raw, "user");
  const email = normalizeEmail(reqNonEmpty(o, "mail", "user"), "user.mail");
  return {
    email,
    name: blankToNull(optString(o, "displayName", "user")) ?? email,
    companyName: blankToNull(optString(o, "companyName", "user")),
    officeLocation: blankToNull(optString(o, "officeLocation", "user")),
    jobTitle: blankToNull(optString(o, "jobTitle", "user")),
  };
}

/** True for directory objects that are users with a mailbox (group members may also be groups or devices). */
export function isMailUser(raw: unknown): boolean {
  if (typeof raw !== "object" || raw === null) return false;
  const { mail } = raw as { mail?: unknown };
  const type = (raw as Record<string, unknown>)["@odata.type"];
  return (type === undefined || type === "#microsoft.graph.user") && typeof mail === "string" && mail.trim() !== "";
}
