/** All-day events and internat over two days in the tab header, the stage and the personal tab; the organizer's card. */
import { screen, within } from "@testing-library/react";
import type { MeetingSummary } from "../../src/core";
import { fakeServices, makeView, renderApp, SUMMARIES } from "./fakes";

afterEach(() => jest.restoreAllMocks());

// As Graph returns them without a Prefer header: midnight to midnight UTC with isAllDay.
const ALL_DAY = { startUtc: "2026-12-11T00:00:00Z", endUtc: "2026-12-12T00:00:00Z", isAllDay: true };
const INTERNAT = { startUtc: "2026-08-25T00:00:00Z", endUtc: "2026-08-27T00:00:00Z", isAllDay: true };
const ACROSS_MONTHS = { startUtc: "2026-08-31T07:00:00Z", endUtc: "2026-09-01T13:00:00Z", isAllDay: false };

function servicesWith(span: typeof ALL_DAY) {
  const base = makeView();
  return fakeServices({ loadMeetingView: jest.fn(async () => makeView({ meeting: { ...base.meeting, ...span } })) });
}

describe("meeting time", () => {
  it("the tab header says hela dagen for an all-day event, never 01.00–01.00", async () => {
    renderApp({ services: servicesWith(ALL_DAY) });
    await screen.findByRole("heading", { level: 1, name: "Kommundirektörsgruppen" });
    expect(screen.getByText("fredag 11 december 2026, hela dagen")).toBeTruthy();
    expect(screen.queryByText(/01\.00/)).toBeNull();
  });

  it("the tab header shows a two-day internat as a date range, in English too", async () => {
    const { unmount } = renderApp({ services: servicesWith(INTERNAT) });
    expect(await screen.findByText("25–26 augusti 2026, hela dagen")).toBeTruthy();
    unmount();
    renderApp({ services: servicesWith(INTERNAT), language: "en" });
    expect(await screen.findByText("25–26 August 2026, all day")).toBeTruthy();
  });

  it("the stage shows the range across months with the times", async () => {
    renderApp({ surface: "stage", services: servicesWith(ACROSS_MONTHS) });
    expect(await screen.findByText(/^31 augusti – 1 september 2026, 09\.00–15\.00/)).toBeTruthy();
  });

  it("the personal tab shows hela dagen, and the organizer's own meeting as theirs, not 'Ditt svar: Arrangör'", async () => {
    const summaries: MeetingSummary[] = [{ ...SUMMARIES[0]!, ...INTERNAT, myResponse: "organizer" }, SUMMARIES[1]!];
    renderApp({ surface: "personal", services: fakeServices({ listUpcoming: jest.fn(async () => summaries) }), meetingRef: null });
    const cards = await screen.findAllByRole("listitem");
    expect(within(cards[0]!).getByText("25–26 augusti 2026, hela dagen")).toBeTruthy();
    expect(within(cards[0]!).getByText("Du är arrangör")).toBeTruthy();
    expect(screen.queryByText(/Arrangör/)).toBeNull();
    expect(within(cards[1]!).getByText("Ditt svar: Inte svarat än")).toBeTruthy();
  });
});

describe("the member page names the answer once", () => {
  it("with everyone's answers unreadable, 'Ditt svar:' appears once, in the answer section", async () => {
    const view = makeView({ attendance: { state: "error", error: { code: "forbidden" } } });
    renderApp({ services: fakeServices({ loadMeetingView: jest.fn(async () => view) }) });
    const attendance = await screen.findByRole("region", { name: "Närvaro" });
    expect(screen.getAllByText(/Ditt svar:/)).toHaveLength(1);
    expect(within(screen.getByRole("region", { name: "Ditt svar" })).getByText("Ditt svar: Inte svarat än")).toBeTruthy();
    expect(within(attendance).getByText("Bara sekretariatet ser allas svar; ditt eget står under Ditt svar.")).toBeTruthy();
  });
});
