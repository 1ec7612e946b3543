/** My answer (RSVP) and the attendance section. */
import { act, fireEvent, screen, within } from "@testing-library/react";
import type { RsvpOutcome } from "../../src/core";
import { deferred, fakeServices, FakeFailure, makeView, renderApp } from "./fakes";

afterEach(() => jest.restoreAllMocks());

function answerRegion(): HTMLElement {
  return screen.getByRole("region", { name: "Ditt svar" });
}

describe("my answer", () => {
  it("shows the decline message field, focused, and sends the apology with its message", async () => {
    const services = fakeServices();
    renderApp({ services });
    await screen.findByRole("region", { name: "Ditt svar" });
    expect(within(answerRegion()).getByText("Ditt svar: Inte svarat än")).toBeTruthy();
    fireEvent.click(within(answerRegion()).getByRole("button", { name: "Anmäl förhinder" }));
    const message = within(answerRegion()).getByRole("textbox", { name: "Meddelande till sekretariatet (valfritt)" });
    expect(document.activeElement).toBe(message);
    fireEvent.change(message, { target: { value: "  Krockar med KF.  " } });
    await act(async () => {
      fireEvent.click(within(answerRegion()).getByRole("button", { name: "Skicka anmälan" }));
    });
    expect(services.meetings.respond).toHaveBeenCalledWith("evt-karin", "decline", "Krockar med KF.");
    expect(within(answerRegion()).getByText("Ditt svar: Anmält förhinder")).toBeTruthy();
    expect(within(answerRegion()).getByRole("status").textContent).toBe("Ditt svar är skickat till sekretariatet.");
    expect(within(answerRegion()).queryByRole("textbox")).toBeNull();
  });

  it("shows the new answer at once, before the server confirms it", async () => {
    const pending = deferred<RsvpOutcome>();
    const services = fakeServices({ respond: jest.fn(() => pending.promise) });
    renderApp({ services });
    await screen.findByRole("region", { name: "Ditt svar" });
    fireEvent.click(within(answerRegion()).getByRole("button", { name: "Jag kommer" }));
    expect(within(answerRegion()).getByText("Ditt svar: Jag kommer")).toBeTruthy();
    expect(within(answerRegion()).getByRole("button", { name: "Jag kommer" }).getAttribute("aria-pressed")).toBe("true");
    expect(within(answerRegion()).getByText("Skickar ditt svar…")).toBeTruthy();
    await act(async () => pending.resolve("sent"));
    expect(services.meetings.respond).toHaveBeenCalledWith("evt-karin", "accept", "");
    expect(within(answerRegion()).getByText("Ditt svar: Jag kommer")).toBeTruthy();
  });

  it("reverts to the confirmed answer and explains when sending fails", async () => {
    const services = fakeServices({ respond: jest.fn(async () => Promise.reject(new FakeFailure("offline"))) });
    renderApp({ services });
    await screen.findByRole("region", { name: "Ditt svar" });
    await act(async () => {
      fireEvent.click(within(answerRegion()).getByRole("button", { name: "Preliminärt" }));
    });
    expect(within(answerRegion()).getByText("Ditt svar: Inte svarat än")).toBeTruthy();
    expect(within(answerRegion()).getByRole("alert").textContent).toMatch(/Svaret kunde inte skickas\. Det går inte att nå Microsoft 365/);
  });

  it("updates the user's own line in the attendance once the answer is confirmed", async () => {
    renderApp();
    const attendance = await screen.findByRole("region", { name: "Närvaro" });
    expect(within(within(attendance).getByRole("region", { name: "Ej svarat (1)" })).getByText("Karin Holm, Helsingborg")).toBeTruthy();
    await act(async () => {
      fireEvent.click(within(answerRegion()).getByRole("button", { name: "Jag kommer" }));
    });
    expect(within(within(attendance).getByRole("region", { name: "Närvarande (3)" })).getByText("Karin Holm, Helsingborg")).toBeTruthy();
    expect(within(attendance).getByRole("region", { name: "Ej svarat (0)" })).toBeTruthy();
  });

  it("does not offer answers to the organizer", async () => {
    const base = makeView();
    const view = makeView({ meeting: { ...base.meeting, isOrganizer: true, myResponse: "organizer" } });
    renderApp({ services: fakeServices({ loadMeetingView: jest.fn(async () => view) }) });
    await screen.findByRole("region", { name: "Ditt svar" });
    expect(within(answerRegion()).queryByRole("button")).toBeNull();
    expect(within(answerRegion()).getByText(/Du är arrangör/)).toBeTruthy();
  });
});

describe("attendance", () => {
  it("lists each status with its count, people in municipality order, unknown and secretariat labelled", async () => {
    renderApp();
    const attendance = await screen.findByRole("region", { name: "Närvaro" });
    const sections = within(attendance).getAllByRole("region");
    expect(sections.map((s) => s.getAttribute("aria-label") ?? within(s).getByRole("heading").textContent)).toEqual([
      "Närvarande (2)",
      "Anmält förhinder (1)",
      "Preliminärt (0)",
      "Ej svarat (1)",
      "Inbjudna gäster",
    ]);
    const present = within(attendance).getByRole("region", { name: "Närvarande (2)" });
    expect(within(present).getAllByRole("listitem").map((li) => li.textContent)).toEqual(["Anna Berg, Bjuv", "Elin Sjöberg, Sekretariatet"]);
    const apologies = within(attendance).getByRole("region", { name: "Anmält förhinder (1)" });
    expect(within(apologies).getByText("Okänd Person, Okänd kommun")).toBeTruthy();
    expect(within(within(attendance).getByRole("region", { name: "Preliminärt (0)" })).getByText("Ingen")).toBeTruthy();
    expect(within(attendance).getByText("Gäst Gästsson, Huddinge kommun – Preliminärt")).toBeTruthy();
  });

  it("points to the user's own answer, with the reason, when everyone's answers are not readable", async () => {
    const view = makeView({ attendance: { state: "error", error: { code: "forbidden" } } });
    renderApp({ services: fakeServices({ loadMeetingView: jest.fn(async () => view) }) });
    const attendance = await screen.findByRole("region", { name: "Närvaro" });
    expect(within(attendance).getByText("Bara sekretariatet ser allas svar; ditt eget står under Ditt svar.")).toBeTruthy();
    expect(within(attendance).queryByRole("list")).toBeNull();
  });

  it("offers a retry when attendance failed for another reason", async () => {
    const broken = makeView({ attendance: { state: "error", error: { code: "throttled" } } });
    const services = fakeServices({ loadMeetingView: jest.fn().mockResolvedValueOnce(broken).mockResolvedValueOnce(makeView()) });
    renderApp({ services });
    const attendance = await screen.findByRole("region", { name: "Närvaro" });
    expect(within(attendance).getByText("Närvaron kunde inte hämtas.")).toBeTruthy();
    fireEvent.click(within(attendance).getByRole("button", { name: "Försök igen" }));
    expect(await screen.findByRole("region", { name: "Närvarande (2)" })).toBeTruthy();
  });
});
