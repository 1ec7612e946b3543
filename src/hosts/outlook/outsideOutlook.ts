/** What the Outlook page does when Office did not open it: simulate in demo mode, and only there. */
import type { AppConfig } from "../../config";
import type { CommonStrings } from "../../core";

/** How the pane starts: inside Office, as the demo simulation, or with a notice that it belongs in Outlook. */
export type OutlookStart = "office" | "simulation" | "openInOutlook";

/** Production never simulates: a demo token or simulated appointment must not exist outside the demo tenant. */
export function outlookStartFor(mode: AppConfig["mode"], officeHosted: boolean): OutlookStart {
  if (officeHosted) return "office";
  return mode === "demo" ? "simulation" : "openInOutlook";
}

/** Writes the "open this in Outlook" notice into `root` without React (the entry stays tiny; nothing else is loaded). */
export function showOpenInOutlook(root: HTMLElement, strings: Pick<CommonStrings, "openInOutlookTitle" | "openInOutlookBody">): void {
  const doc = root.ownerDocument;
  root.textContent = "";
  const main = doc.createElement("main");
  main.setAttribute("data-testid", "open-in-outlook");
  const heading = doc.createElement("h1");
  heading.textContent = strings.openInOutlookTitle;
  const body = doc.createElement("p");
  body.textContent = strings.openInOutlookBody;
  main.append(heading, body);
  root.append(main);
  doc.title = strings.openInOutlookTitle;
}
