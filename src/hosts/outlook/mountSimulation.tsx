/** Mounts the pane outside Outlook: a simulated appointment of the demo meeting, the demo tenant, a clear banner. */
import { FluentProvider, makeStyles, Spinner, tokens, webLightTheme } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { createRoot } from "react-dom/client";
import type { AppConfig } from "../../config";
import { findTeamsJoinBlock } from "../../core";
import { stringsFor, useStrings, OutlookApp } from "../../ui";
import { detectLanguage } from "../shared/language";
import { tokenProviderFor } from "../shared/tokens";
import { composeOutlook } from "./composition";
import type { OutlookComposition } from "./composition";
import { useSimulationTheme } from "./paneTheme";
import { SimulatedAppointment, readStoredState, SIMULATION_STORAGE_KEY } from "./simulation/simulatedAppointment";
import type { SimulatedIdentity, SimulatedState } from "./simulation/simulatedAppointment";
import { simulatedIdentity } from "./simulation/identity";
import { SimulatedAppointmentView } from "./simulation/SimulatedAppointmentView";
import { SimulatedMessageForm } from "./simulation/simulatedMessageForm";
import { SimulatedMessageView } from "./simulation/SimulatedMessageView";
import { SIMULATED_ORGANIZER_TEXT, teamsJoinBlock } from "./simulation/teamsBlock";

const useStyles = makeStyles({
  banner: {
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorPaletteYellowBackground2,
    color: tokens.colorNeutralForeground1,
    borderBottom: `${tokens.strokeWidthThick} solid ${tokens.colorPaletteYellowBorderActive}`,
    fontWeight: tokens.fontWeightSemibold,
  },
  loading: { padding: tokens.spacingVerticalXXL },
});

function SimulationBanner(): JSX.Element {
  const styles = useStyles();
  const { outlook } = useStrings();
  return (
    <header className={styles.banner}>
      <p style={{ margin: 0 }}>{outlook.simulatedBanner}</p>
    </header>
  );
}

function SimulationLoading({ label }: { label: string }): JSX.Element {
  const styles = useStyles();
  return <Spinner role="status" label={label} className={styles.loading} />;
}

/** Follows the system theme (or ?theme=) around the pane. */
function Themed({ children }: { children: (theme: ReturnType<typeof useSimulationTheme>) => ReactNode }): JSX.Element {
  return <>{children(useSimulationTheme(new URLSearchParams(window.location.search).get("theme")))}</>;
}

function browserStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/**
 * Seeds the simulation from the next meeting in the calendar it opens (that mailbox's own copy, body included): what
 * Outlook shows a delegate comes from the owner's calendar, so the seed is read as the owner.
 */
async function seed(owner: OutlookComposition, identity: SimulatedIdentity): Promise<SimulatedState> {
  const [next] = await owner.app.meetings.listUpcoming();
  if (next === undefined) throw new Error("no upcoming meeting in the demo tenant");
  const loaded = await owner.loadSeed(next.id);
  let body = loaded.bodyHtml.trim() === "" ? SIMULATED_ORGANIZER_TEXT : loaded.bodyHtml;
  // The simulation must show what Outlook shows: an online meeting's body always holds Teams' join block.
  if (findTeamsJoinBlock(body) === null) body += teamsJoinBlock("https://teams.microsoft.com/l/meetup-join/simulerad");
  return { ...loaded, bodyHtml: body, properties: {}, saved: false, user: identity.user, owner: identity.owner };
}

/**
 * Renders the simulated appointment and the pane, signed in to the demo tenant as `?user=` (default: the organizer);
 * `lang` is the page's ?lang= override, if any.
 */
export async function mountSimulation(root: HTMLElement, config: AppConfig, lang: string | null): Promise<void> {
  // The entry never gets here in production; this guard keeps a simulation from ever being built there if it did.
  if (config.mode !== "demo") throw new Error("Den simulerade bokningen finns bara i demoläge");
  const storage = browserStorage();
  const language = detectLanguage(lang, navigator.language);
  const identity = simulatedIdentity(window.location.search, config.organizerMailbox);
  // The host's one token choice (tokens.ts): a demo user's token in demo mode, and only there.
  const user = composeOutlook(config, tokenProviderFor(config, { demoUser: identity.user, nested: false }));
  const owner = identity.owner === identity.user ? user : composeOutlook(config, tokenProviderFor(config, { demoUser: identity.owner, nested: false }));
  const freshSeed = (): Promise<SimulatedState> => seed(owner, identity);
  const reactRoot = createRoot(root);
  const environment = { app: user.app, config, host: { openLink: (url: string) => void window.open(url, "_blank", "noopener,noreferrer") } };

  const show = (state: SimulatedState, generation: number): void => {
    const appointment = new SimulatedAppointment(state, storage);
    const messages = new SimulatedMessageForm();
    const reset = (): void => {
      try {
        storage?.removeItem(SIMULATION_STORAGE_KEY);
      } catch {
        // Blocked storage: nothing was kept, so nothing to clear.
      }
      void freshSeed().then((fresh) => show(fresh, generation + 1));
    };
    reactRoot.render(
      <Themed>
        {(theme) => (
      <OutlookApp
        // A reset is a new appointment: remount the pane so nothing of the old one lingers.
        key={generation}
        language={language}
        theme={theme}
        environment={environment}
        outlookHost={user.pane(appointment, messages)}
        banner={<SimulationBanner />}
        simulation={
          // minWidth 0: this is the grid item now, and must shrink like the aside did (no sideways scroll at 350 px).
          <div style={{ minWidth: 0 }}>
            <SimulatedAppointmentView appointment={appointment} onReset={reset} />
            <SimulatedMessageView form={messages} />
          </div>
        }
      />
        )}
      </Themed>,
    );
  };

  const stored = readStoredState(storage, identity);
  if (stored === null) {
    // Seeding takes two Graph round trips (seconds on a slow line): say so at once instead of a blank page.
    reactRoot.render(
      <FluentProvider theme={webLightTheme}>
        <SimulationLoading label={stringsFor(language).outlook.simulationLoading} />
      </FluentProvider>,
    );
  }
  show(stored ?? (await freshSeed()), 0);
}
