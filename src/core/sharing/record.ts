/** Our own record of the permissions this action created, kept on the folder so that a later run removes only those. */

/** One person this action shared with; permissionId null means the invite was sent but its answer not yet recorded. */
export interface SharedEntry {
  email: string;
  permissionId: string | null;
}

const mailKey = (email: string): string => email.trim().toLowerCase();

/** Parses the record column: one "email<TAB>permissionId" a line; unreadable lines are skipped, never fatal. */
export function parseSharingRecord(text: string): SharedEntry[] {
  const seen = new Set<string>();
  const out: SharedEntry[] = [];
  for (const line of text.split(/\r?\n/)) {
    const [rawEmail = "", rawId = ""] = line.split("\t");
    const email = mailKey(rawEmail);
    if (!email.includes("@") || seen.has(email)) continue;
    seen.add(email);
    const id = rawId.trim();
    out.push({ email, permissionId: id === "" ? null : id });
  }
  return out;
}

/** Writes the record column, sorted so that reruns that change nothing write the same text. */
export function formatSharingRecord(entries: readonly SharedEntry[]): string {
  return [...entries]
    .sort((a, b) => (a.email < b.email ? -1 : a.email > b.email ? 1 : 0))
    .map((e) => `${e.email}\t${e.permissionId ?? ""}`)
    .join("\n");
}
