/** How an organisation is named on screen. */
import { SECRETARIAT } from "../../core";
import type { Organisation, Strings } from "../../core";

/** A municipality as is; the secretariat and an unknown organisation by their labels (never silently blank). */
export function organisationLabel(organisation: Organisation, strings: Strings): string {
  if (organisation === null) return strings.common.unknownOrganisation;
  if (organisation === SECRETARIAT) return strings.common.secretariat;
  return organisation;
}
