/** Issue #16 on the Teams side, in jsdom: the attendance wording around the meeting's start, and the main area while
 *  no meeting is chosen (the demo bar's list loading, failed, empty). */
import { fireEvent, screen, within } from "@testing-library/react";
import { makeView, renderApp } from "./fakes";
import { initialDemoUser, isMailAddress } from "../../src/hosts/shared/demoUser";
import type { MeetingListState } from "../../src/ui/surfaces/NoMeetingChosen";

afterEach(() => jest.restoreAllMocks());

describe("attendance labels", () => {
  it("uses a fixture meeting that starts 2024-04-19 06:30 UTC", () => {
    expect(makeView().meeting.startUtc).toBe("2024-04-19T06:30:00Z");
  });

  it("calls the accepted 'Kommer' before the meeting starts", async () => {
    jest.spyOn(Date, "now").mockReturnValue(Date.parse("2024-04-18T12:00:00Z"));
    renderApp();
    const attendance = await screen.findByRole("region", { name: "Närvaro" });
    expect(within(attendance).getByRole("region", { name: /^Kommer \(\d+\)$/ })).toBeTruthy();
    expect(within(attendance).queryByRole("region", { name: /^Närvarande/ })).toBeNull();
  });

  it("calls them 'Närvarande' once it has started", async () => {
    jest.spyOn(Date, "now").mockReturnValue(Date.parse("2024-04-19T06:30:00Z"));
    renderApp();
    const attendance = await screen.findByRole("region", { name: "Närvaro" });
    expect(within(attendance).getByRole("region", { name: /^Närvarande \(\d+\)$/ })).toBeTruthy();
    expect(within(attendance).queryByRole("region", { name: /^Kommer/ })).toBeNull();
  });
});

describe("no meeting chosen yet", () => {
  const noMeeting = (meetingList: MeetingListState | null, language: "sv" | "en" = "sv") => renderApp({ meetingRef: null, meetingList, language });

  it("shows the skeleton while the list loads, and while a meeting is about to be picked from it", () => {
    for (const list of [{ state: "loading" }, { state: "ready", count: 3 }] as const) {
      const { unmount } = noMeeting(list);
      expect(screen.getByRole("progressbar", { name: "Laddar…" })).toBeTruthy();
      expect(screen.queryByText(/Inget möte är valt/)).toBeNull();
      unmount();
    }
  });

  it("shows the list's failure in the main area with a retry that reloads the list", () => {
    const retry = jest.fn();
    noMeeting({ state: "error", error: { code: "offline", detail: "fetch failed" }, retry });
    expect(screen.getByRole("heading", { level: 1, name: "Mötet kunde inte hämtas" })).toBeTruthy();
    expect(screen.getByRole("alert").textContent).toContain("Det går inte att nå Microsoft 365");
    fireEvent.click(screen.getByRole("button", { name: "Försök igen" }));
    expect(retry).toHaveBeenCalledTimes(1);
  });

  it("says the group has no upcoming meetings when the list is empty, and in English in English", () => {
    const { unmount } = noMeeting({ state: "ready", count: 0 });
    expect(screen.getByText(/Gruppen har inga kommande möten/)).toBeTruthy();
    unmount();
    noMeeting({ state: "ready", count: 0 }, "en");
    expect(screen.getByText(/The group has no upcoming meetings/)).toBeTruthy();
  });

  it("keeps the sentence where nothing picks a meeting (inside Teams)", () => {
    noMeeting(null);
    expect(screen.getByText("Inget möte är valt. Välj ett möte i listan.")).toBeTruthy();
  });
});

describe("the demo user a link asks for", () => {
  const storage = (mail: string | null) => ({ getItem: () => mail });

  it("reads an empty ?user= as no one asked for, so the remembered user stays", () => {
    expect(initialDemoUser("", storage("Annan@Bjuv.se"))).toBe("annan@bjuv.se");
    expect(initialDemoUser("  ", storage(null))).toBeNull();
  });

  it("tells a mailbox from a mistyped link", () => {
    expect(isMailAddress("karin.lindqvist@helsingborg.se")).toBe(true);
    for (const bad of ["not-a-mail", "%zz", "a b@c.se", "@helsingborg.se", "karin@"]) expect(isMailAddress(bad)).toBe(false);
  });
});
