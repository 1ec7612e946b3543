/** Host plumbing shared by both hosts and the Teams host's pure parts: config, language, theme, query, tab settings. */
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { DEMO_CONFIG } from "../../src/config";
import { rememberDemoUser, rememberedDemoUser } from "../../src/hosts/shared/demoUser";
import { detectLanguage, languageOfLocale } from "../../src/hosts/shared/language";
import { openInNewTab } from "../../src/hosts/shared/openLink";
import { readQuery, withMeeting, withSurface, withUser } from "../../src/hosts/shared/query";
import { readRuntimeConfig } from "../../src/hosts/shared/runtimeConfig";
import { chooseDemoUser } from "../../src/hosts/shared/StandaloneApp";
import { isStandaloneWindow, withTimeout } from "../../src/hosts/shared/standalone";
import { followSystemTheme, systemTheme, themeOfTeams, themeOverride } from "../../src/hosts/shared/theme";
import { surfaceOfFrame } from "../../src/hosts/teams/frame";
import { refFromEntityId, stageUrl, tabSettingsFor } from "../../src/hosts/teams/tabSettings";
import { DemoBar } from "../../src/ui/demo/DemoBar";
import { CONFIG, fakeApp, fakeHost, fakeServices, SUMMARIES, renderApp } from "./fakes";

afterEach(() => jest.restoreAllMocks());

describe("runtime configuration", () => {
  afterEach(() => document.head.querySelectorAll("meta").forEach((m) => m.remove()));

  function meta(content: string): void {
    const tag = document.createElement("meta");
    tag.name = "sammantrade-config";
    tag.content = content;
    document.head.appendChild(tag);
  }

  it("merges the server's meta tag over the demo defaults, ignoring unknown keys and wrong types", () => {
    meta(JSON.stringify({ graphBaseUrl: "http://localhost:4001", mode: "production", evil: "<script>", siteId: 42 }));
    const config = readRuntimeConfig(document);
    expect(config.graphBaseUrl).toBe("http://localhost:4001");
    expect(config.mode).toBe("production");
    expect(config.siteId).toBe(DEMO_CONFIG.siteId);
    expect(config).not.toHaveProperty("evil");
  });

  it("keeps the defaults without a tag, and says so when the tag is broken", () => {
    expect(readRuntimeConfig(document)).toBe(DEMO_CONFIG);
    const error = jest.spyOn(console, "error").mockImplementation(() => undefined);
    meta("{not json");
    expect(readRuntimeConfig(document)).toBe(DEMO_CONFIG);
    expect(error).toHaveBeenCalled();
  });
});

describe("language", () => {
  it("is Swedish by default and English for English locales; ?lang= wins", () => {
    expect(languageOfLocale("sv-SE")).toBe("sv");
    expect(languageOfLocale("en-GB")).toBe("en");
    expect(languageOfLocale("EN-us")).toBe("en");
    expect(languageOfLocale("de-DE")).toBe("sv");
    expect(languageOfLocale(undefined)).toBe("sv");
    expect(detectLanguage("en", "sv-SE")).toBe("en");
    expect(detectLanguage("sv", "en-US")).toBe("sv");
    expect(detectLanguage("fr", "en-US")).toBe("en");
  });
});

describe("theme", () => {
  function media(matches: Record<string, boolean>): { matchMedia: (q: string) => MediaQueryList; listeners: Set<() => void> } {
    const listeners = new Set<() => void>();
    return {
      listeners,
      matchMedia: (query: string) =>
        ({
          matches: matches[query] ?? false,
          addEventListener: (_: string, l: () => void) => listeners.add(l),
          removeEventListener: (_: string, l: () => void) => listeners.delete(l),
        }) as unknown as MediaQueryList,
    };
  }

  it("maps Teams themes, query overrides and the system preference", () => {
    expect(themeOfTeams("default")).toBe("light");
    expect(themeOfTeams("dark")).toBe("dark");
    expect(themeOfTeams("contrast")).toBe("contrast");
    expect(themeOverride("dark")).toBe("dark");
    expect(themeOverride("purple")).toBeNull();
    expect(systemTheme(media({ "(prefers-color-scheme: dark)": true }))).toBe("dark");
    expect(systemTheme(media({ "(forced-colors: active)": true, "(prefers-color-scheme: dark)": true }))).toBe("contrast");
    expect(systemTheme(media({}))).toBe("light");
  });

  it("follows system changes until unsubscribed", () => {
    const matches: Record<string, boolean> = {};
    const win = media(matches);
    const seen: string[] = [];
    const stop = followSystemTheme({ matchMedia: (q) => ({ ...win.matchMedia(q), get matches() { return matches[q] ?? false; } }) as MediaQueryList }, (t) => seen.push(t));
    matches["(prefers-color-scheme: dark)"] = true;
    win.listeners.forEach((l) => l());
    expect(seen).toEqual(["dark"]);
    stop();
    expect(win.listeners.size).toBe(0);
  });
});

describe("page query", () => {
  it("reads surface, meeting, folder, item and overrides", () => {
    const q = readQuery("?view=stage&meeting=abc&folder=2026-12-11%20M%C3%B6te&item=3&lang=en&theme=dark&user=a%40b.se&chat=19%3Ax");
    expect(q).toEqual({ surface: "stage", meetingRef: { key: "abc", folderName: "2026-12-11 Möte" }, item: 3, lang: "en", theme: "dark", user: "a@b.se", chat: "19:x" });
    expect(readQuery("?view=evil&item=-1")).toMatchObject({ surface: null, meetingRef: null, item: null });
    expect(readQuery("?meeting=k").meetingRef).toEqual({ key: "k" });
  });

  it("rewrites meeting, surface and user while keeping the rest", () => {
    expect(withMeeting("?lang=en&folder=old", { key: "k 1", folderName: "2026 Möte" })).toBe("?lang=en&folder=2026+M%C3%B6te&meeting=k+1");
    expect(withMeeting("?folder=old", { key: "k" })).toBe("?meeting=k");
    expect(withSurface("?meeting=k", "sidePanel")).toBe("?meeting=k&view=sidePanel");
    expect(withUser("?user=a%40b.se&x=1", "c@d.se")).toBe("?user=c%40d.se&x=1");
  });
});

describe("standalone detection", () => {
  it("is standalone only when neither framed nor opened", () => {
    const top = {} as Window;
    expect(isStandaloneWindow({ parent: top, opener: null } as unknown as Window)).toBe(false);
    const self = { opener: null } as { parent?: unknown; opener: unknown };
    self.parent = self;
    expect(isStandaloneWindow(self as unknown as Window)).toBe(true);
    self.opener = {};
    expect(isStandaloneWindow(self as unknown as Window)).toBe(false);
  });

  it("gives up on a host that does not answer in time", async () => {
    jest.useFakeTimers();
    const never = withTimeout(new Promise<void>(() => undefined), 3000);
    jest.advanceTimersByTime(3000);
    await expect(never).rejects.toThrow(/3000 ms/);
    jest.useRealTimers();
    await expect(withTimeout(Promise.resolve(7), 3000)).resolves.toBe(7);
  });
});

describe("demo user", () => {
  const users = [
    { mail: "elin@fh.se", name: "Elin", role: "secretariat" as const },
    { mail: "karin@hbg.se", name: "Karin", role: "member" as const },
  ];

  it("takes the wanted user when known, else the first member", () => {
    expect(chooseDemoUser(users, "ELIN@fh.se")).toBe("elin@fh.se");
    expect(chooseDemoUser(users, "gone@x.se")).toBe("karin@hbg.se");
    expect(chooseDemoUser(users, null)).toBe("karin@hbg.se");
    expect(chooseDemoUser([], null)).toBeNull();
  });

  it("is remembered, and blocked storage is tolerated", () => {
    rememberDemoUser(window.localStorage, "karin@hbg.se");
    expect(rememberedDemoUser(window.localStorage)).toBe("karin@hbg.se");
    const blocked = { getItem: () => { throw new Error("SecurityError"); }, setItem: () => { throw new Error("SecurityError"); } };
    expect(() => rememberDemoUser(blocked, "x")).not.toThrow();
    expect(rememberedDemoUser(blocked)).toBeNull();
  });

  it("opens links in a new tab without an opener", () => {
    const open = jest.fn();
    openInNewTab("https://sp/x.pdf", { open });
    expect(open).toHaveBeenCalledWith("https://sp/x.pdf", "_blank", "noopener");
  });
});

describe("Teams tab settings", () => {
  it("maps frame contexts to surfaces, with ?view= first", () => {
    expect(surfaceOfFrame("content", null)).toBe("content");
    expect(surfaceOfFrame("settings", null)).toBe("config");
    expect(surfaceOfFrame("sidePanel", null)).toBe("sidePanel");
    expect(surfaceOfFrame("meetingStage", null)).toBe("stage");
    expect(surfaceOfFrame("content", "personal")).toBe("personal");
  });

  it("saves the iCalUId as entityId and a contentUrl carrying meeting and folder", () => {
    const settings = tabSettingsFor(SUMMARIES[0]!, "https://app.example.se/", "Dagordning");
    expect(settings.entityId).toBe("ical-1");
    expect(settings.contentUrl).toBe("https://app.example.se/teams.html?meeting=ical-1&folder=2024-04-19+Kommundirekt%C3%B6rsgruppen");
    expect(readQuery(new URL(settings.contentUrl).search).meetingRef).toEqual({ key: "ical-1", folderName: "2024-04-19 Kommundirektörsgruppen" });
    expect(settings.suggestedDisplayName).toBe("Dagordning");
  });

  it("shares the stage page for the same meeting from the current item", () => {
    const url = new URL(stageUrl({ key: "k", folderName: "f" }, 4, "https://app.example.se"));
    expect(readQuery(url.search)).toMatchObject({ surface: "stage", meetingRef: { key: "k", folderName: "f" }, item: 4 });
    expect(refFromEntityId(" k ")).toEqual({ key: "k" });
    expect(refFromEntityId("")).toBeNull();
  });
});

describe("demo bar", () => {
  const users = [
    { mail: "karin@hbg.se", name: "Karin", role: "member" as const },
    { mail: "elin@fh.se", name: "Elin", role: "secretariat" as const },
  ];

  it("marks demo mode, switches user, picks the first meeting when none is chosen, and switches surface", async () => {
    const onUserChange = jest.fn();
    const onMeetingChange = jest.fn();
    const onSurfaceChange = jest.fn();
    renderApp({
      meetingRef: null,
      banner: <DemoBar users={users} currentUser="karin@hbg.se" onUserChange={onUserChange} currentMeeting={null} onMeetingChange={onMeetingChange} surface="content" onSurfaceChange={onSurfaceChange} />,
    });
    expect(screen.getByText("Demoläge")).toBeTruthy();
    await waitFor(() => expect(onMeetingChange).toHaveBeenCalledWith(SUMMARIES[0]));
    const user = screen.getByRole("combobox", { name: "Logga in som" });
    expect(within(user).getAllByRole("option").map((o) => o.textContent)).toEqual(["Karin (ledamot)", "Elin (sekretariatschef)"]);
    fireEvent.change(user, { target: { value: "elin@fh.se" } });
    expect(onUserChange).toHaveBeenCalledWith("elin@fh.se");
    fireEvent.change(screen.getByRole("combobox", { name: "Vy" }), { target: { value: "stage" } });
    expect(onSurfaceChange).toHaveBeenCalledWith("stage");
    fireEvent.change(screen.getByRole("combobox", { name: "Möte" }), { target: { value: "ical-2" } });
    expect(onMeetingChange).toHaveBeenLastCalledWith(SUMMARIES[1]);
  });

  it("shows no Demoläge marker and no user switch in production", async () => {
    const services = fakeServices();
    const { EnvironmentProvider } = await import("../../src/ui/environment");
    const { LanguageProvider } = await import("../../src/ui/i18n");
    await act(async () => {
      render(
        <LanguageProvider value="sv">
          <EnvironmentProvider value={{ app: fakeApp(services), host: fakeHost(), config: { ...CONFIG, mode: "production" } }}>
            <DemoBar users={null} currentUser={null} onUserChange={jest.fn()} currentMeeting="ical-1" onMeetingChange={jest.fn()} surface="personal" onSurfaceChange={jest.fn()} />
          </EnvironmentProvider>
        </LanguageProvider>,
      );
    });
    expect(screen.queryByText("Demoläge")).toBeNull();
    expect(screen.queryByRole("combobox", { name: "Logga in som" })).toBeNull();
    expect(((await screen.findByRole("combobox", { name: "Möte" })) as HTMLSelectElement).value).toBe("ical-1");
  });
});

describe("protokoll slot", () => {
  it("offers the secretariat the protokoll action and members nothing", async () => {
    const { makeView } = await import("./fakes");
    const base = makeView();
    const organizerView = makeView({ meeting: { ...base.meeting, isOrganizer: true, myResponse: "organizer" } });
    const { unmount } = renderApp({ services: fakeServices({ loadMeetingView: jest.fn(async () => organizerView) }) });
    expect(await screen.findByRole("button", { name: "Skapa protokollutkast" })).toBeTruthy();
    unmount();
    renderApp();
    await screen.findByRole("region", { name: "Närvaro" });
    expect(screen.queryByRole("button", { name: "Skapa protokollutkast" })).toBeNull();
  });
});
