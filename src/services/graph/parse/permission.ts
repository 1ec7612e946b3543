/** Parses Graph's permission (driveItem sharing) into the core's FolderPermission, tolerant of the identity shapes SharePoint uses. */
import type { FolderPermission } from "../../../core";
import { asObject, invalid, reqNonEmpty } from "./guards";
import type { JsonObject } from "./guards";

const MAIL = /^[^@\s|#]+@[^@\s|#]+$/;

function objectAt(o: JsonObject, key: string): JsonObject | null {
  const v = o[key];
  return typeof v === "object" && v !== null && !Array.isArray(v) ? (v as JsonObject) : null;
}

/** Mail from a claims login name: "i:0#.f|membership|a@b.se", or a guest's "a_b.se#ext#@tenant.onmicrosoft.com". */
export function mailFromLoginName(login: string): string | null {
  const last = login.split("|").pop() ?? "";
  const ext = /^(.+)_([^_]+)#ext#@/i.exec(last);
  const mail = ext ? `${ext[1]}@${ext[2]}` : last;
  return MAIL.test(mail) ? mail.toLowerCase() : null;
}

function mailsOfIdentity(identity: JsonObject | null): string[] {
  if (identity === null) return [];
  const out: string[] = [];
  if (typeof identity.email === "string" && MAIL.test(identity.email.trim())) out.push(identity.email.trim().toLowerCase());
  if (typeof identity.loginName === "string") {
    const m = mailFromLoginName(identity.loginName);
    if (m !== null) out.push(m);
  }
  return out;
}

/** Every mail a permission names: grantedToV2 (user, siteUser), the older grantedTo, and the invitation. */
export function toFolderPermission(raw: unknown): FolderPermission {
  const o = asObject(raw, "permission");
  const id = reqNonEmpty(o, "id", "permission");
  const roles = Array.isArray(o.roles) ? o.roles.filter((r): r is string => typeof r === "string") : [];
  const v2 = objectAt(o, "grantedToV2");
  const v1 = objectAt(o, "grantedTo");
  const invitation = objectAt(o, "invitation");
  const emails = new Set([
    ...mailsOfIdentity(v2 && objectAt(v2, "user")),
    ...mailsOfIdentity(v2 && objectAt(v2, "siteUser")),
    ...mailsOfIdentity(v1 && objectAt(v1, "user")),
    ...mailsOfIdentity(invitation),
  ]);
  return { id, roles, emails: [...emails], inherited: objectAt(o, "inheritedFrom") !== null };
}

/** The permissions an invite made (value collection), at least one. */
export function toInvitedPermission(raw: unknown): FolderPermission {
  const value = asObject(raw, "invite response").value;
  if (!Array.isArray(value) || value.length === 0) throw invalid("invite response has no permission");
  return toFolderPermission(value[0]);
}
