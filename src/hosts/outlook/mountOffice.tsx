/** Mounts the pane inside Outlook: the Office.js appointment, nested app authentication, the real Graph. */
import { createRoot } from "react-dom/client";
import type { AppConfig } from "../../config";
import { createNaaTokenProvider, createServices, createOfficeAppointment, createOfficeNewMessageForm, createOutlookServices } from "../../services";
import { OutlookApp } from "../../ui";
import { detectLanguage } from "../shared/language";
import { outlookTheme } from "./paneTheme";

/** Renders the task pane for Office's current appointment. */
export function mountOffice(root: HTMLElement, config: AppConfig, office: typeof Office): void {
  const mailbox = office.context.mailbox;
  const tokens = createNaaTokenProvider(config, { nested: true, loginHint: mailbox.userProfile?.emailAddress });
  const services = createServices(config, tokens);
  const outlookServices = createOutlookServices(config, tokens);
  const language = detectLanguage(new URLSearchParams(window.location.search).get("lang"), office.context.displayLanguage);
  createRoot(root).render(
    <OutlookApp
      language={language}
      // Office.context.officeTheme: Outlook's body colour tells dark from light (Outlook has no theme-change event).
      theme={outlookTheme((office.context as { officeTheme?: { bodyBackgroundColor?: string } }).officeTheme, window)}
      environment={{
        services,
        config,
        // Office.context.ui.openBrowserWindow opens outside the pane (Mailbox 1.5), where SharePoint's sign-in works.
        host: { openLink: (url) => office.context.ui.openBrowserWindow(url) },
      }}
      outlookHost={{
        appointment: createOfficeAppointment(office),
        resolver: outlookServices.resolver,
        groupName: config.groupName,
        sharing: outlookServices.sharing,
        messages: createOfficeNewMessageForm(office),
      }}
    />,
  );
}
