/** Side panel, stage, configuration page and personal tab. */
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { fakeHost, fakeServices, FakeFailure, renderApp, SUMMARIES } from "./fakes";

afterEach(() => jest.restoreAllMocks());

function currentItem(): HTMLElement {
  const current = screen.getAllByRole("listitem").filter((li) => li.getAttribute("aria-current") === "step");
  expect(current).toHaveLength(1);
  return current[0]!;
}

describe("side panel", () => {
  it("highlights the current item and steps forward and back within the agenda", async () => {
    renderApp({ surface: "sidePanel" });
    await screen.findByRole("list", { name: "Dagordning" });
    expect(within(currentItem()).getByRole("heading", { level: 2 }).textContent).toBe("1. Föregående protokoll");
    expect((screen.getByRole("button", { name: "Föregående punkt" }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByRole("button", { name: "Nästa punkt" }));
    expect(within(currentItem()).getByRole("heading", { level: 2 }).textContent).toBe("2. Upphandling av IT-drift");
    expect(screen.getByText("Punkt 2 av 3")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Nästa punkt" }));
    expect((screen.getByRole("button", { name: "Nästa punkt" }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByRole("button", { name: "Föregående punkt" }));
    expect(within(currentItem()).getByRole("heading", { level: 2 }).textContent).toBe("2. Upphandling av IT-drift");
  });

  it("keeps the bilagor openable", async () => {
    const host = fakeHost();
    renderApp({ surface: "sidePanel", host });
    fireEvent.click(await screen.findByRole("link", { name: "Bilaga 1 – Förfrågningsunderlag" }));
    expect(host.openLink).toHaveBeenCalledTimes(1);
  });

  it("shares the meeting to the stage from the current item, when the host has a stage", async () => {
    const shareToStage = jest.fn(async () => undefined);
    renderApp({ surface: "sidePanel", host: fakeHost({ shareToStage }), initialItem: 2 });
    const share = await screen.findByRole("button", { name: "Dela till scenen" });
    await act(async () => {
      fireEvent.click(share);
    });
    expect(shareToStage).toHaveBeenCalledWith({ key: "ical-1", folderName: "2024-04-19 Kommundirektörsgruppen" }, 2);
    expect(screen.getByText("Dagordningen visas på scenen.")).toBeTruthy();
  });

  it("offers no share button without a stage, and says so when sharing fails", async () => {
    const { unmount } = renderApp({ surface: "sidePanel" });
    await screen.findByRole("list", { name: "Dagordning" });
    expect(screen.queryByRole("button", { name: "Dela till scenen" })).toBeNull();
    unmount();
    renderApp({ surface: "sidePanel", host: fakeHost({ shareToStage: jest.fn(async () => Promise.reject(new Error("no"))) }) });
    const share = await screen.findByRole("button", { name: "Dela till scenen" });
    await act(async () => {
      fireEvent.click(share);
    });
    expect(screen.getByText(/Det gick inte att dela till scenen/)).toBeTruthy();
  });
});

describe("stage", () => {
  it("shows the agenda large with the current item and its presenter emphasised", async () => {
    renderApp({ surface: "stage", initialItem: 2 });
    await screen.findByRole("list", { name: "Dagordning" });
    expect(within(currentItem()).getByText("Föredragande: Per Ek, IT-chef Helsingborg")).toBeTruthy();
    expect(screen.getAllByText(/^Föredragande:/)).toHaveLength(1);
    fireEvent.click(screen.getByRole("button", { name: "Nästa punkt" }));
    expect(within(currentItem()).getByRole("heading", { level: 2 }).textContent).toBe("3. Övriga frågor");
  });

  it("clamps a start item beyond the agenda", async () => {
    renderApp({ surface: "stage", initialItem: 99 });
    await screen.findByRole("list", { name: "Dagordning" });
    expect(within(currentItem()).getByRole("heading", { level: 2 }).textContent).toBe("3. Övriga frågor");
  });
});

describe("configuration page", () => {
  it("finds the meeting from the chat and hands it to the host to save", async () => {
    const chooseTabMeeting = jest.fn();
    const services = fakeServices();
    renderApp({ surface: "config", chatId: "19:meeting_abc@thread.v2", host: fakeHost({ chooseTabMeeting }), services });
    expect(await screen.findByText(/Fliken visar Kommundirektörsgruppen, fredag 19 april 2024/)).toBeTruthy();
    expect(services.meetings.findByChatId).toHaveBeenCalledWith("19:meeting_abc@thread.v2");
    expect(chooseTabMeeting).toHaveBeenLastCalledWith(SUMMARIES[0]);
  });

  it("tells the organizer clearly when the meeting is not found, and lets them pick it", async () => {
    const chooseTabMeeting = jest.fn();
    const services = fakeServices({ findByChatId: jest.fn(async () => Promise.reject(new FakeFailure("notFound"))) });
    renderApp({ surface: "config", chatId: "19:meeting_x@thread.v2", host: fakeHost({ chooseTabMeeting }), services });
    expect(await screen.findByText(/Mötet hittades inte i gruppens kalender eller SharePoint/)).toBeTruthy();
    expect(chooseTabMeeting).toHaveBeenLastCalledWith(null);
    const select = await screen.findByRole("combobox", { name: "Välj möte" });
    fireEvent.change(select, { target: { value: "ical-2" } });
    await waitFor(() => expect(chooseTabMeeting).toHaveBeenLastCalledWith(SUMMARIES[1]));
    expect(screen.getByText(/Fliken visar Kommundirektörsgruppen maj/)).toBeTruthy();
  });

  it("explains other lookup failures with a retry", async () => {
    const services = fakeServices({ findByChatId: jest.fn().mockRejectedValueOnce(new FakeFailure("forbidden")).mockResolvedValueOnce(SUMMARIES[0]) });
    renderApp({ surface: "config", chatId: "19:x", services });
    expect(await screen.findByText(/Du saknar behörighet/)).toBeTruthy();
    fireEvent.click(screen.getAllByRole("button", { name: "Försök igen" })[0]!);
    expect(await screen.findByText(/Fliken visar Kommundirektörsgruppen,/)).toBeTruthy();
  });

  it("outside a meeting, asks for the meeting to be picked", async () => {
    renderApp({ surface: "config", chatId: null });
    expect(await screen.findByText(/Fliken är inte tillagd i ett möte/)).toBeTruthy();
  });
});

describe("personal tab", () => {
  it("lists upcoming meetings with item count and my answer, and opens one", async () => {
    const services = fakeServices();
    renderApp({ surface: "personal", services, meetingRef: null });
    const list = await screen.findByRole("list");
    const cards = within(list).getAllByRole("listitem");
    expect(within(cards[0]!).getByText("3 ärenden")).toBeTruthy();
    expect(within(cards[0]!).getByText("Ditt svar: Jag kommer")).toBeTruthy();
    expect(within(cards[1]!).getByText("Antal ärenden okänt")).toBeTruthy();
    expect(within(cards[1]!).getByText("Ditt svar: Inte svarat än")).toBeTruthy();
    fireEvent.click(within(cards[1]!).getByRole("button", { name: "Öppna Kommundirektörsgruppen maj" }));
    expect(await screen.findByRole("region", { name: "Dagordning" })).toBeTruthy();
    expect(services.meetings.loadMeetingView).toHaveBeenCalledWith({ key: "ical-2", folderName: "2024-05-24 Kommundirektörsgruppen maj" });
    fireEvent.click(screen.getByRole("button", { name: "Tillbaka till kommande möten" }));
    expect(await screen.findByRole("heading", { level: 1, name: "Kommande möten" })).toBeTruthy();
  });

  it("says when there are no upcoming meetings", async () => {
    renderApp({ surface: "personal", services: fakeServices({ listUpcoming: jest.fn(async () => []) }) });
    expect(await screen.findByText("Det finns inga kommande möten.")).toBeTruthy();
  });
});
