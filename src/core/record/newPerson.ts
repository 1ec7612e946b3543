/** Someone added to the attendance by hand (a stand-in, a guest presenter): what the form gives, checked. */
import { stripHiddenControls } from "../hiddenControls";
import { normaliseOrganisation } from "../municipality";
import { isSmtpAddress } from "../people";
import type { PresenceFields, PresenceRole } from "./types";

/** The add-person form as typed. */
export interface NewPersonInput {
  displayName: string;
  organisation: string;
  role: PresenceRole;
  /** Optional; blank when not known. */
  email: string;
}

/** What is wrong with a field of the form. */
export type NewPersonProblem = "nameMissing" | "nameTooLong" | "emailInvalid" | "organisationTooLong";

/** The form checked: the row to create, or each field's problem (nothing typed is thrown away). */
export type NewPersonResult =
  | { ok: true; fields: PresenceFields }
  | { ok: false; problems: Partial<Record<"displayName" | "email" | "organisation", NewPersonProblem>> };

// SharePoint's single line of text holds 255 characters.
const MAX_TEXT = 255;
const tidy = (text: string): string => stripHiddenControls(text).normalize("NFC").trim().replace(/\s+/g, " ");

/** Checks the form; a person added by hand is present from now on, organisation as the attendance names it. */
export function newPerson(meetingKey: string, input: NewPersonInput): NewPersonResult {
  const displayName = tidy(input.displayName);
  const email = tidy(input.email).toLowerCase();
  const organisation = tidy(input.organisation);
  const problems: Partial<Record<"displayName" | "email" | "organisation", NewPersonProblem>> = {};
  if (displayName === "") problems.displayName = "nameMissing";
  else if (displayName.length > MAX_TEXT) problems.displayName = "nameTooLong";
  if (email !== "" && !isSmtpAddress(email)) problems.email = "emailInvalid";
  if (organisation.length > MAX_TEXT) problems.organisation = "organisationTooLong";
  if (Object.keys(problems).length > 0) return { ok: false, problems };
  return {
    ok: true,
    fields: {
      meetingKey,
      email,
      displayName,
      organisation: normaliseOrganisation(organisation) ?? "",
      status: "present",
      arrived: null,
      left: null,
      role: input.role,
      note: "",
    },
  };
}
