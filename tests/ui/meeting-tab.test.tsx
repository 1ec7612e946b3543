/** The meeting tab: header, agenda, bilagor, states. */
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { deferred, fakeHost, fakeServices, FakeFailure, makeView, renderApp, SP } from "./fakes";

afterEach(() => jest.restoreAllMocks());

describe("meeting tab", () => {
  it("shows a labelled loading placeholder until the view arrives", async () => {
    const pending = deferred<ReturnType<typeof makeView>>();
    renderApp({ services: fakeServices({ loadMeetingView: jest.fn(() => pending.promise) }) });
    expect(screen.getByRole("progressbar", { name: "Laddar…" })).toBeTruthy();
    await act(async () => pending.resolve(makeView()));
    expect(screen.queryByRole("progressbar")).toBeNull();
    expect(screen.getByRole("heading", { level: 1, name: "Kommundirektörsgruppen" })).toBeTruthy();
  });

  it("loads the meeting the host names, with its folder", async () => {
    const services = fakeServices();
    renderApp({ services, meetingRef: { key: "ical-9", folderName: "2024-09-01 X" } });
    await screen.findByRole("heading", { level: 1 });
    expect(services.meetings.loadMeetingView).toHaveBeenCalledWith({ key: "ical-9", folderName: "2024-09-01 X" });
  });

  it("shows the header: weekday date, Stockholm time range, place and meeting number", async () => {
    renderApp();
    await screen.findByRole("heading", { level: 1, name: "Kommundirektörsgruppen" });
    expect(screen.getByText("fredag 19 april 2024, 08.30–11.30")).toBeTruthy();
    expect(screen.getByText("Stadshuset, Helsingborg")).toBeTruthy();
    expect(screen.getByText("Möte nr 4")).toBeTruthy();
  });

  it("says a counted number is preliminary until the meeting register holds it", async () => {
    const { unmount } = renderApp({ services: fakeServices({ loadMeetingView: jest.fn(async () => makeView({ numberSource: "computed" })) }) });
    await screen.findByText("Möte nr 4");
    expect(screen.getByText("(preliminärt nummer)")).toBeTruthy();
    unmount();
    renderApp({ services: fakeServices({ loadMeetingView: jest.fn(async () => makeView({ numberSource: "register" })) }) });
    await screen.findByText("Möte nr 4");
    expect(screen.queryByText("(preliminärt nummer)")).toBeNull();
  });

  it("lists every item with number, time, presenter, and its bilagor numbered across the meeting", async () => {
    renderApp();
    const agenda = await screen.findByRole("region", { name: "Dagordning" });
    const items = within(agenda).getAllByRole("article");
    expect(items.map((i) => within(i).getByRole("heading", { level: 3 }).textContent)).toEqual([
      "1. Föregående protokoll",
      "2. Upphandling av IT-drift",
      "3. Övriga frågor",
    ]);
    const second = items[1]!;
    expect(within(second).getByText("kl. 09.40")).toBeTruthy();
    expect(within(second).getByText("Per Ek, IT-chef Helsingborg")).toBeTruthy();
    const bilagor = within(second).getByRole("list", { name: "Bilagor till punkt 2" });
    expect(within(bilagor).getAllByRole("link").map((l) => l.textContent)).toEqual(["Bilaga 1 – Förfrågningsunderlag", "Bilaga 2 – Tidplan"]);
  });

  it("opens a bilaga through the host, not by navigating the tab", async () => {
    const host = fakeHost();
    renderApp({ host });
    const link = await screen.findByRole("link", { name: "Bilaga 2 – Tidplan" });
    const event = fireEvent.click(link);
    expect(event).toBe(false); // default prevented
    expect(host.openLink).toHaveBeenCalledWith(`${SP}/sites/kd/f2.docx`);
  });

  it("does not offer a link to a file outside the group's SharePoint", async () => {
    renderApp();
    const agenda = await screen.findByRole("region", { name: "Dagordning" });
    expect(within(agenda).queryByRole("link", { name: /Bilaga 3/ })).toBeNull();
    expect(within(agenda).getByText(/Bilaga 3 – Extern/)).toBeTruthy();
  });

  it("reveals the beslutsförslag as att-clauses behind a disclosure button", async () => {
    renderApp();
    const toggle = await screen.findByRole("button", { name: "Beslutsförslag (2)" });
    expect(toggle.getAttribute("aria-expanded")).toBe("false");
    const panel = document.getElementById(toggle.getAttribute("aria-controls")!)!;
    expect(within(panel).queryAllByRole("listitem")).toEqual([]);
    fireEvent.click(toggle);
    expect(toggle.getAttribute("aria-expanded")).toBe("true");
    expect(within(panel).getAllByRole("listitem").map((li) => li.textContent)).toEqual(["att godkänna förfrågningsunderlaget", "att uppdra åt sekretariatet att annonsera"]);
  });

  it("says so when the agenda is empty", async () => {
    const view = makeView({ agenda: { state: "ready", value: { items: [], unassignedFiles: [] } } });
    renderApp({ services: fakeServices({ loadMeetingView: jest.fn(async () => view) }) });
    expect(await screen.findByText(/Dagordningen är tom/)).toBeTruthy();
  });

  it("shows an agenda error on its own, with retry and a way to the folder in SharePoint", async () => {
    const host = fakeHost();
    const broken = makeView({ agenda: { state: "error", error: { code: "throttled" } } });
    const services = fakeServices({ loadMeetingView: jest.fn().mockResolvedValueOnce(broken).mockResolvedValueOnce(makeView()) });
    renderApp({ services, host });
    expect(await screen.findByText("Dagordningen kunde inte hämtas.")).toBeTruthy();
    expect(screen.getByText(/Microsoft 365 ber oss vänta/)).toBeTruthy();
    // The rest of the view still works.
    expect(screen.getByRole("heading", { name: "Ditt svar" })).toBeTruthy();
    fireEvent.click(screen.getByRole("link", { name: "Öppna i SharePoint" }));
    expect(host.openLink).toHaveBeenCalledWith(`${SP}/sites/kd/folder`);
    fireEvent.click(screen.getByRole("button", { name: "Försök igen" }));
    expect(await screen.findByRole("link", { name: "Bilaga 1 – Förfrågningsunderlag" })).toBeTruthy();
    expect(services.meetings.loadMeetingView).toHaveBeenCalledTimes(2);
  });

  it.each([
    ["notFound", "Mötet hittades inte"],
    ["forbidden", "Du har inte behörighet till mötet"],
    ["offline", "Mötet kunde inte hämtas"],
  ] as const)("explains a view that fails with %s, and retries", async (code, title) => {
    const services = fakeServices({ loadMeetingView: jest.fn().mockRejectedValueOnce(new FakeFailure(code)).mockResolvedValueOnce(makeView()) });
    renderApp({ services });
    expect(await screen.findByRole("heading", { level: 1, name: title })).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Försök igen" }));
    expect(await screen.findByRole("heading", { level: 1, name: "Kommundirektörsgruppen" })).toBeTruthy();
  });

  it("sends an unexpected failure to the error boundary with a Swedish message", async () => {
    jest.spyOn(console, "error").mockImplementation(() => undefined);
    renderApp({ services: fakeServices({ loadMeetingView: jest.fn(async () => Promise.reject(new TypeError("bug"))) }) });
    expect(await screen.findByRole("heading", { name: "Något gick fel i Sammanträde" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Ladda om sidan" })).toBeTruthy();
  });

  it("asks for a meeting when none is chosen", () => {
    renderApp({ meetingRef: null });
    expect(screen.getByText(/Inget möte är valt/)).toBeTruthy();
  });

  it("marks agenda-rendered once the agenda is shown", async () => {
    // jsdom has no User Timing: record marks the way the browser would.
    const marks: string[] = [];
    Object.defineProperty(performance, "mark", { configurable: true, value: (name: string) => void marks.push(name) });
    Object.defineProperty(performance, "getEntriesByName", { configurable: true, value: (name: string) => marks.filter((m) => m === name) });
    const { unmount } = renderApp();
    await screen.findByRole("region", { name: "Dagordning" });
    await waitFor(() => expect(marks).toEqual(["agenda-rendered"]));
    unmount();
    renderApp();
    await screen.findByRole("region", { name: "Dagordning" });
    expect(marks).toEqual(["agenda-rendered"]);
  });

  it("warns while offline", async () => {
    const onLine = jest.spyOn(navigator, "onLine", "get").mockReturnValue(true);
    renderApp();
    await screen.findByRole("heading", { level: 1 });
    expect(screen.queryByText(/Du är offline/)).toBeNull();
    onLine.mockReturnValue(false);
    act(() => {
      window.dispatchEvent(new Event("offline"));
    });
    expect(screen.getByText(/Du är offline/)).toBeTruthy();
    onLine.mockRestore();
  });

  it("speaks English when asked", async () => {
    renderApp({ language: "en" });
    expect(await screen.findByRole("region", { name: "Agenda" })).toBeTruthy();
    expect(screen.getByText("Friday 19 April 2024, 08.30–11.30")).toBeTruthy();
    expect(screen.getByRole("link", { name: "Attachment 1 – Förfrågningsunderlag" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Send apologies" })).toBeTruthy();
  });
});
