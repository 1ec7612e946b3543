/** Mounts the pane inside Outlook: the Office.js appointment, nested app authentication, the real Graph. */
import { createRoot } from "react-dom/client";
import type { AppConfig } from "../../config";
import { createOfficeAppointment, createOfficeNewMessageForm } from "../../services";
import { OutlookApp } from "../../ui";
import { detectLanguage } from "../shared/language";
import { tokenProviderFor } from "../shared/tokens";
import { composeOutlook } from "./composition";
import { outlookTheme } from "./paneTheme";

/** Renders the task pane for Office's current appointment; `lang` is the page's ?lang= override, if any. */
export function mountOffice(root: HTMLElement, config: AppConfig, office: typeof Office, lang: string | null): void {
  const loginHint = office.context.mailbox.userProfile?.emailAddress;
  const composed = composeOutlook(config, tokenProviderFor(config, { demoUser: null, nested: true, ...(loginHint ? { loginHint } : {}) }));
  const language = detectLanguage(lang, office.context.displayLanguage);
  createRoot(root).render(
    <OutlookApp
      language={language}
      // Office.context.officeTheme: Outlook's body colour tells dark from light (Outlook has no theme-change event).
      theme={outlookTheme((office.context as { officeTheme?: { bodyBackgroundColor?: string } }).officeTheme, window)}
      environment={{
        app: composed.app,
        config,
        // Office.context.ui.openBrowserWindow opens outside the pane (Mailbox 1.5), where SharePoint's sign-in works.
        host: { openLink: (url) => office.context.ui.openBrowserWindow(url) },
      }}
      outlookHost={composed.pane(createOfficeAppointment(office), createOfficeNewMessageForm(office))}
    />,
  );
}
