/**
 * A test page for Närvaro until the side panel's record mode is wired in a host (recui + the composition roots):
 * the real Graph stores over the real demo tenant, the browser's storage as drafts, PresenceView at the panel's width.
 */
import { FluentProvider, teamsDarkTheme, teamsLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import type { AppConfig } from "../../../src/config";
import type { DraftStorage, RecordPorts } from "../../../src/core";
import { tokenProviderFor } from "../../../src/hosts/shared/tokens";
import { createServices } from "../../../src/services";
import { LanguageProvider } from "../../../src/ui/i18n";
import { RecordPortsProvider } from "../../../src/ui/record/context";
import { PresenceView } from "../../../src/ui/record/presence/PresenceView";

declare global {
  interface Window {
    /** Set by the test before the page loads. */
    presenceTest: { config: AppConfig; user: string; dark: boolean };
  }
}

const drafts: DraftStorage = {
  load: (key) => window.localStorage.getItem(key),
  save: (key, value) => window.localStorage.setItem(key, value),
  remove: (key) => window.localStorage.removeItem(key),
};

async function start(): Promise<void> {
  const { config, user, dark } = window.presenceTest;
  const services = createServices(config, tokenProviderFor(config, { demoUser: user, nested: false }));
  // The demo meeting: the group's next meeting, as the side panel would find it from the chat.
  const [next] = await services.meetings.listUpcoming();
  const view = await services.meetings.loadMeetingView({ key: next!.iCalUId, folderName: next!.folderName });
  const refuse = (): Promise<never> => Promise.reject(new Error("Närvaro does not write items"));
  const ports: RecordPorts = {
    register: services.register,
    presence: services.presence,
    assignments: services.assignments,
    items: { get: services.agenda.get, list: services.agenda.list, updateRecord: refuse },
    onlineAttendance: services.onlineAttendance,
    stage: services.stage,
    drafts,
    now: () => new Date(),
  };
  createRoot(document.getElementById("root")!).render(
    <FluentProvider theme={dark ? teamsDarkTheme : teamsLightTheme} dir="ltr">
      <LanguageProvider value="sv">
        <RecordPortsProvider value={ports}>
          <main>
            <PresenceView view={view} />
          </main>
        </RecordPortsProvider>
      </LanguageProvider>
    </FluentProvider>,
  );
}

void start();
