/**
 * @jest-environment jsdom
 */
/**
 * The Teams host (src/hosts/teams) with teams-js mocked at its boundary: the SDK's own functions are replaced only where
 * a test plays the Teams client; app.initialize keeps the SDK's real behaviour unless a test stands in for a host.
 */
import { act, createElement } from "react";
import type { ReactElement } from "react";
import { app, meeting, pages } from "@microsoft/teams-js";
import type * as TeamsJsModule from "@microsoft/teams-js";
import { teamsDarkTheme, teamsHighContrastTheme, teamsLightTheme } from "@fluentui/react-components";
import { DEMO_CONFIG } from "../../src/config";
import type { MeetingSummary } from "../../src/core";
import type { TokenProvider } from "../../src/services";
import { surfaceOfFrame } from "../../src/hosts/teams/frame";
import { refFromEntityId, stageUrl, tabSettingsFor } from "../../src/hosts/teams/tabSettings";
import { startInTeams } from "../../src/hosts/teams/teamsHost";
import { readQuery } from "../../src/hosts/shared/query";
import { AttachmentList } from "../../src/ui/meeting/AttachmentList";
import { EnvironmentProvider } from "../../src/ui/environment";
import type { UiEnvironment } from "../../src/ui/environment";
import { mount } from "../../src/hosts/shared/mount";
import { LanguageProvider } from "../../src/ui/i18n";
import { THEMES } from "../../src/ui/shell/themes";
import type { ThemeName } from "../../src/core";

type TeamsJs = typeof TeamsJsModule;

jest.mock("@microsoft/teams-js", () => {
  // jsdom has no fetch; the SDK asks its CDN for the valid origins at load and, refused, keeps its built-in list.
  globalThis.fetch ??= jest.fn(() => Promise.reject(new TypeError("no network in tests")));
  const actual = jest.requireActual<TeamsJs>("@microsoft/teams-js");
  return {
    ...actual,
    app: {
      ...actual.app,
      // The SDK's own initialize by default: outside a frame it rejects at once ("No Parent window found").
      initialize: jest.fn(actual.app.initialize),
      getContext: jest.fn(),
      openLink: jest.fn(() => Promise.resolve()),
      registerOnThemeChangeHandler: jest.fn(),
      notifySuccess: jest.fn(),
    },
    meeting: { ...actual.meeting, shareAppContentToStage: jest.fn() },
    pages: {
      ...actual.pages,
      config: { ...actual.pages.config, isSupported: jest.fn(() => true), registerOnSaveHandler: jest.fn(), setConfig: jest.fn(), setValidityState: jest.fn() },
    },
  };
});

// The UI's first load is started by the host on the use cases its composition root built: observed here (the use cases
// the prefetch was called on, and the ref), so no test reaches Graph.
const mockPrefetch = jest.fn();
jest.mock("../../src/hosts/teams/composition", () => ({
  composeTab: () => {
    const useCases = { meetings: { prefetch: (ref: unknown) => mockPrefetch(useCases, ref), load: () => new Promise(() => undefined) } };
    return { app: useCases, services: {} };
  },
}));

// The token provider the host gets: a silent-capable one (as NAA) whose answer each test chooses.
const silentToken = jest.fn<Promise<string | null>, []>();
jest.mock("../../src/hosts/shared/tokens", () => ({
  tokenProviderFor: jest.fn(
    (): TokenProvider => ({ getToken: () => Promise.resolve("token"), getTokenSilently: () => silentToken() }),
  ),
}));

// The App stands in for the whole UI: it records what the host gave it and shows the bilagor through the host's actions.
interface AppProps {
  environment: UiEnvironment;
  theme: ThemeName;
  surface: string;
  meetingRef: unknown;
  initialItem: number | undefined;
  chatId: string | null;
}
const rendered: AppProps[] = [];
const TRUSTED = "http://localhost:3001/sites/fh/Sammantraden/2024-04-19%20KDM/Bilaga%201.pdf";
const FOREIGN = "https://evil.example/Bilaga%202.pdf";
jest.mock("../../src/ui/App", () => ({
  App: (props: AppProps): ReactElement => {
    rendered.push(props);
    return createElement(
      LanguageProvider,
      { value: "sv" },
      createElement(
        EnvironmentProvider,
        { value: props.environment },
        createElement(AttachmentList, {
          label: "Bilagor",
          attachments: [
            { number: 1, fileId: "f1", name: "Bilaga 1.pdf", webUrl: TRUSTED },
            { number: 2, fileId: "f2", name: "Bilaga 2.pdf", webUrl: FOREIGN },
          ],
        }),
      ),
    );
  },
}));

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const initialize = app.initialize as jest.Mock;
const getContext = app.getContext as jest.Mock;
const openLink = app.openLink as jest.Mock;
const onThemeChange = app.registerOnThemeChangeHandler as jest.Mock;
const share = meeting.shareAppContentToStage as jest.Mock;
const config = pages.config as unknown as Record<"isSupported" | "registerOnSaveHandler" | "setConfig" | "setValidityState", jest.Mock>;
const prefetch = mockPrefetch;

const KEY = "040000008200E00074C5B7101A82E00800000000B0E1C2D3";
const FOLDER = "2024-04-19 Kommundirektörsmöte";
const APP_BASE = "https://sammantrade.example/app";
const CONFIG = { ...DEMO_CONFIG, appBaseUrl: APP_BASE };

function teamsContext(frameContext: string, theme = "default", entityId: string | undefined = KEY): unknown {
  return {
    app: { locale: "sv-SE", theme, host: { name: "Teams", clientType: "web" }, sessionId: "s" },
    page: { id: entityId, frameContext },
    user: { loginHint: "karin.holm@helsingborg.se" },
    chat: { id: "19:meeting_abc@thread.v2" },
  };
}

/** Plays a Teams client answering app.initialize with the given frame context, then starts the host. */
async function startIn(frameContext: string, options: { theme?: string; query?: string; entityId?: string } = {}): Promise<AppProps> {
  initialize.mockImplementationOnce(() => Promise.resolve());
  getContext.mockResolvedValueOnce(teamsContext(frameContext, options.theme, options.entityId));
  let started = false;
  await act(async () => {
    started = await startInTeams(CONFIG, readQuery(options.query ?? ""));
  });
  expect(started).toBe(true);
  expect(app.notifySuccess).toHaveBeenCalled();
  return rendered[rendered.length - 1]!;
}

beforeEach(() => {
  // One React root per page, as in Teams: clearing it lets each test mount the Teams UI afresh (its theme state too).
  act(() => mount(null, "sv"));
  rendered.length = 0;
  jest.clearAllMocks();
  silentToken.mockResolvedValue("silent-token");
  config.isSupported.mockReturnValue(true);
});

describe("frame context → surface", () => {
  it.each([
    ["content", "content"],
    ["settings", "config"],
    ["sidePanel", "sidePanel"],
    ["meetingStage", "stage"],
    ["remove", "content"],
    [undefined, "content"],
  ])("frameContext %s shows %s", (frameContext, surface) => {
    expect(surfaceOfFrame(frameContext, null)).toBe(surface);
  });

  it("lets an explicit ?view= win over the frame context", () => {
    expect(surfaceOfFrame("content", "personal")).toBe("personal");
  });

  it("mounts the surface of the frame, with the meeting from the tab's entityId and the chat from the context", async () => {
    const props = await startIn("sidePanel");
    expect(props.surface).toBe("sidePanel");
    expect(props.meetingRef).toEqual({ key: KEY });
    expect(props.chatId).toBe("19:meeting_abc@thread.v2");
    expect(document.documentElement.lang).toBe("sv");
  });

  it("prefers the contentUrl's meeting and folder over the entityId", async () => {
    const props = await startIn("meetingStage", { query: `?meeting=${KEY}&folder=${encodeURIComponent(FOLDER)}&view=stage&item=3`, entityId: "other" });
    expect(props.surface).toBe("stage");
    expect(props.meetingRef).toEqual({ key: KEY, folderName: FOLDER });
    expect(props.initialItem).toBe(3);
  });

  it("reads no meeting from a blank entityId", () => {
    expect(refFromEntityId("  ")).toBeNull();
    expect(refFromEntityId(undefined)).toBeNull();
  });
});

describe("the early load waits for a silent token", () => {
  it("starts the meeting's load when a token comes without asking the user", async () => {
    await startIn("content");
    expect(prefetch).toHaveBeenCalledTimes(1);
    expect(prefetch.mock.calls[0][1]).toEqual({ key: KEY });
    // The UI gets the very use cases the load was started on, so it takes that load instead of sending its own.
    expect(prefetch.mock.calls[0][0]).toBe(rendered[rendered.length - 1]!.environment.app);
  });

  it("starts nothing early when sign-in needs the user: the UI's own load asks", async () => {
    silentToken.mockResolvedValue(null);
    const props = await startIn("content");
    expect(prefetch).not.toHaveBeenCalled();
    expect(props.surface).toBe("content");
  });

  it("treats a failing silent attempt like a missing token", async () => {
    silentToken.mockRejectedValue(new Error("bridge gone"));
    await startIn("content");
    expect(prefetch).not.toHaveBeenCalled();
  });

  it("loads nothing early on the configuration page (it lists meetings instead)", async () => {
    await startIn("settings");
    expect(silentToken).not.toHaveBeenCalled();
    expect(prefetch).not.toHaveBeenCalled();
  });
});

describe("bilagor open through app.openLink", () => {
  it("opens a trusted SharePoint link with app.openLink and never a foreign one", async () => {
    await startIn("content");
    const links = [...document.querySelectorAll("a")];
    expect(links.map((a) => a.getAttribute("href"))).toEqual([TRUSTED]);
    act(() => links[0]!.click());
    expect(openLink).toHaveBeenCalledTimes(1);
    expect(openLink).toHaveBeenCalledWith(TRUSTED);
    expect(document.body.textContent).toContain("Bilaga 2");
    expect(openLink).not.toHaveBeenCalledWith(FOREIGN);
  });

  it("reports a refused openLink in the console instead of an unhandled rejection", async () => {
    const errors = jest.spyOn(console, "error").mockImplementation(() => undefined);
    openLink.mockRejectedValueOnce(new Error("not allowed"));
    const props = await startIn("content");
    props.environment.host.openLink(TRUSTED);
    await act(async () => undefined);
    expect(errors).toHaveBeenCalledWith("Sammanträde: app.openLink misslyckades", expect.any(Error));
    errors.mockRestore();
  });
});

describe("share to stage", () => {
  it("offers sharing on the side panel only, and shares the stage URL of the meeting and item", async () => {
    expect((await startIn("content")).environment.host.shareToStage).toBeUndefined();
    const props = await startIn("sidePanel", { query: `?meeting=${KEY}&folder=${encodeURIComponent(FOLDER)}` });
    share.mockImplementationOnce((callback: (error: unknown) => void) => callback(null));
    await props.environment.host.shareToStage!({ key: KEY, folderName: FOLDER }, 4);
    expect(share).toHaveBeenCalledTimes(1);
    const url = new URL(share.mock.calls[0][1] as string);
    expect(`${url.origin}${url.pathname}`).toBe(`${APP_BASE}/teams.html`);
    expect(Object.fromEntries(url.searchParams)).toEqual({ meeting: KEY, folder: FOLDER, view: "stage", item: "4" });
    expect(url.toString()).toBe(stageUrl({ key: KEY, folderName: FOLDER }, 4, APP_BASE));
  });

  it("rejects with Teams' error code when the stage refuses", async () => {
    const props = await startIn("sidePanel");
    share.mockImplementationOnce((callback: (error: unknown) => void) => callback({ errorCode: 1000, message: "permission denied" }));
    await expect(props.environment.host.shareToStage!({ key: KEY }, 1)).rejects.toThrow("shareAppContentToStage: 1000 permission denied");
  });
});

describe("configuration page", () => {
  const chosen: MeetingSummary = {
    id: "AAMk-1",
    iCalUId: KEY,
    subject: "Kommundirektörsmöte",
    startUtc: "2024-04-19T06:30:00Z",
    endUtc: "2024-04-19T09:30:00Z",
    isAllDay: false,
    location: "Mindpark, Helsingborg",
    myResponse: "accepted",
    folderName: FOLDER,
    itemCount: 5,
  };

  it("saves entityId = iCalUId and contentUrl <appBaseUrl>/teams.html?meeting=…&folder=…, then notifies success", async () => {
    const props = await startIn("settings");
    expect(props.surface).toBe("config");
    expect(config.registerOnSaveHandler).toHaveBeenCalledTimes(1);
    const save = config.registerOnSaveHandler.mock.calls[0][0] as (event: { notifySuccess(): void; notifyFailure(reason?: string): void }) => void;

    act(() => props.environment.host.chooseTabMeeting!(chosen));
    expect(config.setValidityState).toHaveBeenLastCalledWith(true);

    config.setConfig.mockResolvedValueOnce(undefined);
    const event = { notifySuccess: jest.fn(), notifyFailure: jest.fn() };
    save(event);
    await act(async () => undefined);
    const saved = config.setConfig.mock.calls[0][0] as { entityId: string; contentUrl: string; websiteUrl: string; suggestedDisplayName: string };
    expect(saved.entityId).toBe(KEY);
    const url = new URL(saved.contentUrl);
    expect(`${url.origin}${url.pathname}`).toBe(`${APP_BASE}/teams.html`);
    expect(Object.fromEntries(url.searchParams)).toEqual({ meeting: KEY, folder: FOLDER });
    expect(saved).toEqual(tabSettingsFor(chosen, APP_BASE, saved.suggestedDisplayName));
    expect(saved.suggestedDisplayName).not.toBe("");
    expect(event.notifySuccess).toHaveBeenCalledTimes(1);
    expect(event.notifyFailure).not.toHaveBeenCalled();
  });

  it("fails the save while no meeting is chosen, and when Teams refuses the settings", async () => {
    const props = await startIn("settings");
    const save = config.registerOnSaveHandler.mock.calls[0][0] as (event: { notifySuccess(): void; notifyFailure(reason?: string): void }) => void;
    const first = { notifySuccess: jest.fn(), notifyFailure: jest.fn() };
    save(first);
    expect(first.notifyFailure).toHaveBeenCalledWith(expect.any(String));
    expect(config.setConfig).not.toHaveBeenCalled();

    act(() => props.environment.host.chooseTabMeeting!(chosen));
    act(() => props.environment.host.chooseTabMeeting!(null));
    expect(config.setValidityState).toHaveBeenLastCalledWith(false);

    act(() => props.environment.host.chooseTabMeeting!(chosen));
    config.setConfig.mockRejectedValueOnce(new Error("settings too long"));
    const second = { notifySuccess: jest.fn(), notifyFailure: jest.fn() };
    save(second);
    await act(async () => undefined);
    expect(second.notifyFailure).toHaveBeenCalledWith("settings too long");
    expect(second.notifySuccess).not.toHaveBeenCalled();
  });

  it("offers no tab saving where the host does not support pages.config", async () => {
    config.isSupported.mockReturnValue(false);
    const props = await startIn("settings");
    expect(config.registerOnSaveHandler).not.toHaveBeenCalled();
    expect(props.environment.host.chooseTabMeeting).toBeUndefined();
  });
});

describe("theme", () => {
  const fluent: Record<ThemeName, unknown> = { light: teamsLightTheme, dark: teamsDarkTheme, contrast: teamsHighContrastTheme };

  it.each([
    ["default", "light"],
    ["dark", "dark"],
    ["contrast", "contrast"],
  ] as const)("Teams' %s theme at start is the %s Fluent Teams theme", async (teamsTheme, theme) => {
    const props = await startIn("content", { theme: teamsTheme });
    expect(props.theme).toBe(theme);
    expect(THEMES[props.theme]).toBe(fluent[theme]);
  });

  it("follows registerOnThemeChangeHandler through dark, contrast and back to default", async () => {
    await startIn("content");
    expect(onThemeChange).toHaveBeenCalledTimes(1);
    const handler = onThemeChange.mock.calls[0][0] as (theme: string) => void;
    for (const [teamsTheme, theme] of [["dark", "dark"], ["contrast", "contrast"], ["default", "light"]] as const) {
      act(() => handler(teamsTheme));
      expect(THEMES[rendered[rendered.length - 1]!.theme]).toBe(fluent[theme]);
    }
  });

  it("keeps a ?theme= override and does not follow Teams", async () => {
    const props = await startIn("content", { theme: "dark", query: "?theme=contrast" });
    expect(props.theme).toBe("contrast");
    expect(onThemeChange).not.toHaveBeenCalled();
  });
});

describe("outside Teams", () => {
  it("resolves false at once with the SDK's own app.initialize on a top-level page", async () => {
    expect(window.parent).toBe(window);
    const started = Date.now();
    await expect(startInTeams(CONFIG, readQuery(""))).resolves.toBe(false);
    expect(Date.now() - started).toBeLessThan(1000);
    // The SDK's own rejection, not a mocked one.
    await expect(jest.requireActual<TeamsJs>("@microsoft/teams-js").app.initialize()).rejects.toThrow("No Parent window found");
    expect(getContext).not.toHaveBeenCalled();
    expect(rendered).toHaveLength(0);
  });

  it("resolves false when a frame's host never answers within the timeout", async () => {
    jest.useFakeTimers();
    try {
      initialize.mockImplementationOnce(() => new Promise(() => undefined));
      const result = startInTeams(CONFIG, readQuery(""));
      await jest.advanceTimersByTimeAsync(3000);
      await expect(result).resolves.toBe(false);
    } finally {
      jest.useRealTimers();
    }
  });

  it("the entry never loads the Teams host nor awaits the SDK when the page is not framed", async () => {
    const startStandalone = jest.fn();
    const startInTeamsSpy = jest.fn();
    await jest.isolateModulesAsync(async () => {
      jest.doMock("../../src/hosts/shared/startStandalone", () => ({ startStandalone: startStandalone }));
      jest.doMock("../../src/hosts/teams/teamsHost", () => ({ startInTeams: startInTeamsSpy }));
      jest.doMock("../../src/hosts/teams/teamsRoot", () => ({ mountTeams: jest.fn() }));
      await import("../../src/hosts/teams/index");
      await act(async () => {
        await new Promise((resolve) => setTimeout(resolve, 0));
      });
    });
    expect(startStandalone).toHaveBeenCalledTimes(1);
    expect(startInTeamsSpy).not.toHaveBeenCalled();
    expect(initialize).not.toHaveBeenCalled();
  });
});
