import type { CommonStrings } from "../sv/common";

/** English strings shared by every surface (both hosts). */
export const common: CommonStrings = {
  appName: "Sammanträde",
  loading: "Loading…",
  retry: "Try again",
  signInAgain: "Sign in again",
  reload: "Reload the page",
  openInSharePoint: "Open in SharePoint",
  offline: "You are offline. What you see may be out of date, and answers cannot be sent until you are connected again.",
  crashTitle: "Something went wrong in Sammanträde",
  crashBody: "Reload the page. If it persists, contact the secretariat.",
  loadFailed: "Sammanträde could not be loaded. Check the connection and try again.",
  startFailed: "Sammanträde could not start. Reload the page; if it persists, contact the secretariat.",
  demoMode: "Demo mode",
  demoUserLabel: "Sign in as",
  demoRoleMember: "member",
  demoRoleSecretariat: "head of secretariat",
  unknownOrganisation: "Unknown municipality",
  secretariat: "Secretariat",
  // h16tab: a ?user= link that names no demo user.
  demoUserMalformed: (wanted, shownAs) => `The link names the demo user “${wanted}”, which is not an e-mail address. The page is shown as ${shownAs}; choose another under “Sign in as”.`,
  demoUserUnknown: (wanted, shownAs) => `The demo user ${wanted} does not exist in the demo tenant. The page is shown as ${shownAs}; choose another under “Sign in as”.`,
  // h11tolerant: the Outlook pane opened in a plain browser in production mode.
  openInOutlookTitle: "Open Sammanträde in Outlook",
  openInOutlookBody:
    "This page is the Sammanträde add-in and works only inside Outlook. Open an appointment in Outlook and choose Sammanträde on the ribbon. Members use Sammanträde in the meeting's chat in Teams.",
  // h11tolerant: a row kept although a field was missing or bad, marked to the secretariat.
  rowProblemsLabel: "To correct in SharePoint:",
  rowMissingOrder: "No order number (shown last)",
  rowUnknownKind: (value) => `Unknown type: '${value}'`,
  rowMissingTitle: "No title",
  rowBadField: (field) => `The field ${field} could not be read`,
  rowUnknownResponse: (value) => `Unknown answer: '${value}' (counted as no answer)`,
  // fields: the record fields of an agenda item (DESIGN §4a), named wherever they are shown.
  fieldOutcome: "Outcome",
  fieldDecisions: "Decision",
  fieldMinutes: "Minutes",
  fieldCarriedFrom: "Continues",
};
