/** The entry script's early Graph load: handed to the meeting tab once, never loaded twice, never served to the wrong view. */
import { act, fireEvent, screen, waitFor } from "@testing-library/react";
import { DEMO_CONFIG } from "../../src/config";
import { initialDemoUser } from "../../src/hosts/shared/demoUser";
import { meetingToLoad, startStandaloneEarly } from "../../src/hosts/shared/earlyStart";
import { readQuery } from "../../src/hosts/shared/query";
import { deferred, fakeApp, fakeServices, FakeFailure, makeView, renderApp } from "./fakes";

const REF = { key: "ical-1", folderName: "2024-04-19 Kommundirektörsgruppen" };

describe("meetings.prefetch / meetings.load", () => {
  it("hands the very same load to the first load of the same meeting, and only once", () => {
    const services = fakeServices();
    const app = fakeApp(services);
    const started = app.meetings.prefetch(REF);
    expect(services.meetings.loadMeetingView).toHaveBeenCalledWith(REF);
    expect(app.meetings.load({ ...REF })).toBe(started);
    expect(app.meetings.load(REF)).not.toBe(started);
    expect(services.meetings.loadMeetingView).toHaveBeenCalledTimes(2);
  });

  it("is not served to another user's use cases, another meeting or another folder, and is dropped by that first load", () => {
    const services = fakeServices();
    const app = fakeApp(services);
    const other = fakeApp(fakeServices());
    for (const [taker, ref] of [
      [other, REF],
      [app, { ...REF, key: "ical-2" }],
      [app, { key: REF.key }],
    ] as const) {
      const started = app.meetings.prefetch(REF);
      expect(taker.meetings.load(ref)).not.toBe(started);
      if (taker === app) expect(app.meetings.load(REF)).not.toBe(started);
    }
    // Three prefetches, two other-meeting loads and two reloads on this user's source; the other user's on its own.
    expect(services.meetings.loadMeetingView).toHaveBeenCalledTimes(7);
  });

  it("does not leave a failed prefetch unhandled, and the taker still sees the failure", async () => {
    const app = fakeApp(fakeServices({ loadMeetingView: jest.fn(() => Promise.reject(new FakeFailure("offline"))) }));
    app.meetings.prefetch(REF);
    await new Promise((resolve) => setTimeout(resolve, 0));
    await expect(app.meetings.load(REF)).rejects.toMatchObject({ appError: { code: "offline" } });
  });
});

describe("the meeting tab with a prefetched view", () => {
  it("shows the prefetched view without asking Graph again, and asks afresh on retry", async () => {
    const view = deferred<ReturnType<typeof makeView>>();
    const services = fakeServices({ loadMeetingView: jest.fn(() => view.promise) });
    const app = fakeApp(services);
    void app.meetings.prefetch(REF);
    renderApp({ app, meetingRef: REF });
    await act(async () => view.resolve(makeView()));
    await screen.findByRole("region", { name: "Dagordning" });
    expect(services.meetings.loadMeetingView).toHaveBeenCalledTimes(1);
  });

  it("loads for itself when the prefetch was for another meeting", async () => {
    const services = fakeServices({ loadMeetingView: jest.fn(() => Promise.resolve(makeView())) });
    const app = fakeApp(services);
    void app.meetings.prefetch({ key: "ical-other" });
    renderApp({ app, meetingRef: REF });
    await screen.findByRole("region", { name: "Dagordning" });
    expect(services.meetings.loadMeetingView.mock.calls).toEqual([[{ key: "ical-other" }], [REF]]);
  });

  it("shows a prefetched failure with its retry, and the retry loads again", async () => {
    const services = fakeServices({ loadMeetingView: jest.fn(() => Promise.reject(new FakeFailure("offline"))) });
    const app = fakeApp(services);
    void app.meetings.prefetch(REF);
    renderApp({ app, meetingRef: REF });
    const retry = await screen.findByRole("button", { name: /Försök igen/ });
    expect(services.meetings.loadMeetingView).toHaveBeenCalledTimes(1);
    services.meetings.loadMeetingView.mockImplementation(() => Promise.resolve(makeView()));
    fireEvent.click(retry);
    await screen.findByRole("region", { name: "Dagordning" });
    await waitFor(() => expect(services.meetings.loadMeetingView).toHaveBeenCalledTimes(2));
  });
});

describe("what the entry starts early", () => {
  const storage = (mail: string | null): Pick<Storage, "getItem"> => ({ getItem: () => mail });

  it("loads a view at once only on the meeting surfaces", () => {
    expect(meetingToLoad("content", REF)).toBe(REF);
    expect(meetingToLoad("sidePanel", REF)).toBe(REF);
    expect(meetingToLoad("stage", REF)).toBe(REF);
    expect(meetingToLoad("config", REF)).toBeNull();
    expect(meetingToLoad("personal", REF)).toBeNull();
    expect(meetingToLoad("content", null)).toBeNull();
  });

  it("signs in as ?user= before the remembered user, lower-cased", () => {
    expect(initialDemoUser("Karin.Lindqvist@Bjuv.se", storage("annan@bjuv.se"))).toBe("karin.lindqvist@bjuv.se");
    expect(initialDemoUser(null, storage("Annan@Bjuv.se"))).toBe("annan@bjuv.se");
    expect(initialDemoUser(null, null)).toBeNull();
  });

  it("builds the use cases for the known demo user, and nothing without one, outside demo mode or for a malformed ?user=", () => {
    // The Graph client wants a fetch to exist (jsdom has none); nothing is requested without a meeting.
    const fetch = jest.fn(() => Promise.reject(new Error("no network in this test")));
    Object.defineProperty(globalThis, "fetch", { value: fetch, configurable: true, writable: true });
    const noMeeting = readQuery("?view=personal");
    const early = startStandaloneEarly(DEMO_CONFIG, noMeeting, storage("Karin.Lindqvist@bjuv.se"));
    expect(early?.user).toBe("karin.lindqvist@bjuv.se");
    expect(typeof early?.composed.app.meetings.load).toBe("function");
    expect(startStandaloneEarly(DEMO_CONFIG, noMeeting, storage(null))).toBeNull();
    expect(startStandaloneEarly({ ...DEMO_CONFIG, mode: "production" }, noMeeting, storage("karin.lindqvist@bjuv.se"))).toBeNull();
    expect(startStandaloneEarly(DEMO_CONFIG, readQuery("?view=personal&user=inte-en-adress"), null)).toBeNull();
    expect(fetch).not.toHaveBeenCalled();
    Reflect.deleteProperty(globalThis, "fetch");
  });
});

describe("the agenda first", () => {
  it("has every item on screen when agenda-rendered is marked; the answer and attendance follow in the next render", async () => {
    const seen: { items: number; answer: boolean }[] = [];
    const marks: string[] = [];
    // jsdom has no User Timing: record what the page shows at the moment of the mark.
    Object.defineProperty(performance, "mark", {
      configurable: true,
      value: (name: string) => {
        marks.push(name);
        seen.push({ items: document.querySelectorAll("article h3").length, answer: screen.queryByRole("region", { name: "Ditt svar" }) !== null });
      },
    });
    Object.defineProperty(performance, "getEntriesByName", { configurable: true, value: (name: string) => marks.filter((m) => m === name) });
    const view = makeView();
    if (view.agenda.state !== "ready") throw new Error("makeView gives a ready agenda");
    renderApp({ services: fakeServices({ loadMeetingView: jest.fn(() => Promise.resolve(view)) }) });
    await screen.findByRole("region", { name: "Ditt svar" });
    expect(view.agenda.value.items.length).toBeGreaterThan(1);
    expect(seen).toEqual([{ items: view.agenda.value.items.length, answer: false }]);
  });
});
