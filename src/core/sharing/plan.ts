/** What one run of "Dela handlingarna" must do, decided from the attendees, the folder's permissions and our record. */
import type { FolderPermission } from "../ports-sharing";
import type { Person } from "../types";
import type { SharedEntry } from "./record";

/** The decision: who to invite, who is already covered, which of our permissions to remove, and the cleaned record. */
export interface SharingPlan {
  invite: Person[];
  /** Attendees with a direct permission this action did not give (shared by hand, or owners): left alone. */
  hadAccess: Person[];
  /** Attendees this action shared with on an earlier run. */
  sharedBefore: Person[];
  /** Our permissions for people no longer on the meeting. */
  remove: SharedEntry[];
  /** Our record without entries whose permission no longer exists; pending entries resolved where possible. */
  record: SharedEntry[];
}

const mailKey = (email: string): string => email.trim().toLowerCase();

/** Plans a run; pure, so a rerun after any interruption plans from what actually exists. */
export function planSharing(attendees: readonly Person[], permissions: readonly FolderPermission[], recorded: readonly SharedEntry[]): SharingPlan {
  const direct = permissions.filter((p) => !p.inherited);
  const byId = new Map(direct.map((p) => [p.id, p]));
  const directFor = (email: string): FolderPermission | undefined => direct.find((p) => p.emails.includes(email));
  const record: SharedEntry[] = [];
  for (const entry of recorded) {
    // A pending entry: the run stopped between the invite and writing its id. The permission, if it landed, is ours.
    const permission = entry.permissionId === null ? directFor(entry.email) : byId.get(entry.permissionId);
    // Gone (removed by hand, or the invite never landed): nothing of ours is left to track.
    if (permission !== undefined) record.push({ email: entry.email, permissionId: permission.id });
  }
  const ours = new Map(record.map((e) => [e.email, e]));
  const people = new Map<string, Person>();
  for (const person of attendees) {
    const email = mailKey(person.email);
    if (email.includes("@") && !people.has(email)) people.set(email, { name: person.name, email });
  }
  const plan: SharingPlan = { invite: [], hadAccess: [], sharedBefore: [], remove: [], record };
  for (const [email, person] of people) {
    if (ours.has(email)) plan.sharedBefore.push(person);
    else if (directFor(email) !== undefined) plan.hadAccess.push(person);
    else plan.invite.push(person);
  }
  plan.remove = record.filter((e) => !people.has(e.email));
  return plan;
}
