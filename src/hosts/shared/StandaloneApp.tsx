/** The app outside Teams: the same UI against the configured tenant, with the demo bar (Demoläge, user, meeting, view). */
import { useCallback, useEffect, useMemo, useState } from "react";
import type { AppConfig } from "../../config";
import type { AppError, MeetingRef, MeetingSummary, RecordPorts, Language, Surface, ThemeName } from "../../core";
import { isAppFailure } from "../../core";
import { listDemoUsers } from "../../services";
import { App, DemoBar, DemoUserNotice, firstViewSettled, AppStatus } from "../../ui";
import type { DemoUserMismatch, StartState, DemoUserOption, HostActions, UiEnvironment, MeetingListState } from "../../ui";
import { initialDemoUser, isMailAddress, pageStorage, rememberDemoUser } from "./demoUser";
import { meetingToLoad } from "./earlyStart";
import type { EarlyStart } from "./earlyStart";
import { openInNewTab } from "./openLink";
import type { PageQuery } from "./query";
import { withMeeting, withSurface, withUser } from "./query";
import { followSystemTheme, systemTheme, themeOverride } from "./theme";
import { tokenProviderFor } from "./tokens";
import { composeTab } from "../teams/composition";

/** Props of StandaloneApp. */
export interface StandaloneAppProps {
  config: AppConfig;
  language: Language;
  query: PageQuery;
  /** Use cases the entry script built for the starting demo user (and maybe already loading the meeting). */
  early?: EarlyStart | null;
}

const HOST: HostActions = { openLink: (url) => openInNewTab(url) };

type Users = { state: "loading" } | { state: "ready"; users: DemoUserOption[] } | { state: "failed"; error: AppError };

/** Chooses the demo user: the ?user= link, else the remembered one if it still exists, else the first member. */
export function chooseDemoUser(users: DemoUserOption[], wanted: string | null): string | null {
  const known = (mail: string | null): mail is string => mail !== null && users.some((u) => u.mail === mail.toLowerCase());
  if (known(wanted)) return wanted.toLowerCase();
  return (users.find((u) => u.role === "member") ?? users[0])?.mail ?? null;
}

/** The requested demo user that is not the one shown (no mail address, or not in the tenant), once the list tells. */
function demoUserMismatch(askedFor: string | null, shown: string | null, users: Users): DemoUserMismatch | null {
  if (askedFor === null || shown === null || users.state !== "ready" || askedFor === shown) return null;
  const shownAs = users.users.find((u) => u.mail === shown)?.name ?? shown;
  return { wanted: askedFor, reason: isMailAddress(askedFor) ? "unknown" : "malformed", shownAs };
}

/** Renders the UI for the browser: theme from the system (or ?theme=), demo users from the demo tenant. */
export function StandaloneApp({ config, language, query, early = null }: StandaloneAppProps): JSX.Element {
  const forcedTheme = themeOverride(query.theme);
  const [theme, setTheme] = useState<ThemeName>(() => forcedTheme ?? systemTheme(window));
  useEffect(() => (forcedTheme ? undefined : followSystemTheme(window, setTheme)), [forcedTheme]);

  const demo = config.mode === "demo";
  // The user the link (or the last visit) asks for; cleared once the user picks another in the demo bar.
  const [askedFor, setAskedFor] = useState(() => initialDemoUser(query.user, pageStorage()));
  // A mistyped ?user= cannot sign in: it waits for the user list like no ?user= at all, and the page says why.
  const wantedUser = askedFor !== null && isMailAddress(askedFor) ? askedFor : null;
  // A wanted user starts at once (the agenda need not wait for the user list); the list only fills the picker.
  const [user, setUser] = useState<string | null>(demo ? wantedUser : null);
  const [users, setUsers] = useState<Users>({ state: "loading" });
  const [attempt, setAttempt] = useState(0);
  // With the user known and a meeting named, the list only fills the picker: it waits for the agenda, so that its answer
  // does not re-render the page while the agenda renders.
  const [listWaits] = useState(() => wantedUser !== null && meetingToLoad(query.surface ?? "content", query.meetingRef) !== null);
  useEffect(() => {
    if (!demo) return;
    let live = true;
    (listWaits ? firstViewSettled() : Promise.resolve())
      .then(() => listDemoUsers(config))
      .then(
        (list) => {
          if (!live) return;
          const options = list.map((u): DemoUserOption => ({ mail: u.mail, name: u.displayName, role: u.role }));
          setUsers({ state: "ready", users: options });
          setUser((current) => chooseDemoUser(options, current));
        },
        (error: unknown) => {
          if (!live) return;
          if (isAppFailure(error)) setUsers({ state: "failed", error: error.appError });
          // Not a typed failure: a bug, for the error boundary (thrown from a state update so React rethrows it).
          else
            setUsers(() => {
              throw error;
            });
        },
      );
    return () => {
      live = false;
    };
  }, [config, demo, attempt, listWaits]);

  const [surface, setSurface] = useState<Surface>(query.surface ?? "content");
  const [meetingRef, setMeetingRef] = useState<MeetingRef | null>(query.meetingRef);
  const [meetingList, setMeetingList] = useState<MeetingListState>({ state: "loading" });

  const composition = useMemo<{ environment: UiEnvironment; recordPorts: RecordPorts } | null>(() => {
    if (demo && user === null) return null;
    // The entry's use cases for this user may already be loading the meeting: reusing them hands that load to the tab.
    const composed = early !== null && early.user === user ? early.composed : composeTab(config, tokenProviderFor(config, { demoUser: user, nested: false }));
    return { environment: { app: composed.app, host: HOST, config }, recordPorts: composed.recordPorts };
  }, [config, demo, user, early]);
  const environment = composition?.environment ?? null;

  const changeUser = useCallback((mail: string) => {
    setAskedFor(null);
    rememberDemoUser(pageStorage(), mail);
    if (new URLSearchParams(window.location.search).has("user")) window.history.replaceState(null, "", withUser(window.location.search, mail));
    setUser(mail);
  }, []);
  const changeMeeting = useCallback((meeting: MeetingSummary) => {
    const ref = { key: meeting.iCalUId, folderName: meeting.folderName };
    window.history.replaceState(null, "", withMeeting(window.location.search, ref));
    setMeetingRef(ref);
  }, []);
  const changeSurface = useCallback((next: Surface) => {
    window.history.replaceState(null, "", withSurface(window.location.search, next));
    setSurface(next);
  }, []);

  if (environment === null) {
    // Demo mode before a user is known: the user list decides, so wait for it (or explain why it did not come).
    const status: StartState =
      users.state === "ready"
        ? { state: "error", error: { code: "notFound", detail: "the demo tenant lists no users" }, onRetry: () => setAttempt((n) => n + 1) }
        : users.state === "failed"
        ? {
            state: "error",
            error: users.error,
            onRetry: () => {
              setUsers({ state: "loading" });
              setAttempt((n) => n + 1);
            },
          }
        : { state: "loading" };
    return <AppStatus language={language} theme={theme} status={status} />;
  }

  const mismatch = demoUserMismatch(askedFor, user, users);
  return (
    <App
      environment={environment}
      recordPorts={composition?.recordPorts}
      language={language}
      theme={theme}
      surface={surface}
      meetingRef={meetingRef}
      initialItem={query.item ?? undefined}
      chatId={query.chat}
      meetingList={meetingList}
      banner={
        <>
          <DemoBar
            users={demo && users.state === "ready" ? users.users : null}
            currentUser={user}
            onUserChange={changeUser}
            currentMeeting={meetingRef?.key ?? null}
            onMeetingChange={changeMeeting}
            surface={surface}
            onSurfaceChange={changeSurface}
            onListChange={setMeetingList}
          />
          {mismatch !== null && <DemoUserNotice mismatch={mismatch} />}
        </>
      }
    />
  );
}
