/**
 * Who a calendar address stands for. Graph gives most people as SMTP addresses, but an attendee or organizer that
 * Exchange resolved from its own directory can come back as an X500 legacyExchangeDN
 * ("/o=ExchangeLabs/ou=…/cn=Recipients/cn=3f9c…-anna.berg"): still the same person, never a reason to fail.
 */
import type { Attendee, DirectoryEntry, Person, RsvpResponse } from "./types";

const SMTP = /^[^\s@]+@[^\s@]+$/;
const EXCHANGE_DN = /^\/o=/i;
// Exchange Online writes the recipient's last cn as "<32 hex digits>-<alias>"; older organisations wrote the alias.
const GUID_PREFIX = /^[0-9a-f]{32}-/i;

/** True for an SMTP address ("anna.berg@bjuv.se"). */
export function isSmtpAddress(address: string): boolean {
  return SMTP.test(address.trim());
}

/** True for an Exchange X500 address ("/o=ExchangeLabs/…/cn=Recipients/cn=…"). */
export function isExchangeDn(address: string): boolean {
  return EXCHANGE_DN.test(address.trim());
}

/** The mail alias an X500 address ends in ("anna.berg"), lower case; null when it names none. */
export function exchangeDnAlias(address: string): string | null {
  if (!isExchangeDn(address)) return null;
  const parts = address.trim().split("/");
  const last = parts[parts.length - 1] ?? "";
  if (!/^cn=/i.test(last)) return null;
  const alias = last.slice(3).replace(GUID_PREFIX, "").trim().toLowerCase();
  return alias === "" ? null : alias;
}

const fold = (text: string): string => text.normalize("NFC").trim().replace(/\s+/g, " ").toLocaleLowerCase("sv");

/** The key two entries of the same person share: the address in lower case, or the name when there is no address. */
export function personKey(person: Person): string {
  const address = person.email.trim().toLowerCase();
  return address !== "" ? address : `name:${fold(person.name)}`;
}

/** True when an address (SMTP, or X500 by its alias) names the given mailbox. */
export function addressMatches(address: string, mailbox: string): boolean {
  const wanted = mailbox.trim().toLowerCase();
  if (isSmtpAddress(address)) return address.trim().toLowerCase() === wanted;
  const alias = exchangeDnAlias(address);
  return alias !== null && wanted.slice(0, wanted.lastIndexOf("@")) === alias;
}

function onlyOne(entries: DirectoryEntry[]): DirectoryEntry | null {
  return entries.length === 1 ? (entries[0] ?? null) : null;
}

/**
 * The person with an SMTP address where one can be found: an address that is not SMTP is matched to the one
 * directory entry of the same display name, else of the same alias; without a single match the person stays as
 * given (shown by name, placed under "unknown organisation").
 */
export function resolvePerson<T extends Person>(person: T, directory: readonly DirectoryEntry[]): T {
  if (isSmtpAddress(person.email)) return { ...person, email: person.email.trim().toLowerCase() };
  const name = fold(person.name);
  const byName = name === "" ? null : onlyOne(directory.filter((entry) => fold(entry.name) === name));
  const alias = exchangeDnAlias(person.email);
  const byAlias = alias === null ? null : onlyOne(directory.filter((entry) => entry.email.trim().toLowerCase().split("@")[0] === alias));
  const match = byName ?? byAlias;
  if (match === null) return person;
  return { ...person, name: person.name.trim() || match.name, email: match.email.trim().toLowerCase() };
}

const ANSWERED: ReadonlySet<RsvpResponse> = new Set(["accepted", "declined", "tentativelyAccepted", "organizer"]);

/** One entry per person: an answer beats no answer (the first answer wins between two), required beats optional. */
export function mergeDuplicates(attendees: readonly Attendee[]): Attendee[] {
  const byKey = new Map<string, Attendee>();
  for (const attendee of attendees) {
    const key = personKey(attendee);
    const seen = byKey.get(key);
    if (seen === undefined) {
      byKey.set(key, attendee);
      continue;
    }
    const answeredByOther = !ANSWERED.has(seen.response) && ANSWERED.has(attendee.response);
    const response = answeredByOther ? attendee.response : seen.response;
    const type = seen.type === "required" || attendee.type === "required" ? "required" : seen.type;
    // A problem belongs to the answer it was read with: the other entry's answer brings its own (usually none).
    const { problems: _superseded, ...rest } = seen;
    const problems = answeredByOther ? attendee.problems : seen.problems;
    byKey.set(key, { ...rest, name: seen.name.trim() || attendee.name, response, type, ...(problems === undefined ? {} : { problems }) });
  }
  return [...byKey.values()];
}
