/** Bilagor that vanish without a word (issue 12 item 2) and names that lie (item 9), in the tab's DOM. */
import { act, fireEvent, screen, within } from "@testing-library/react";
import type { MeetingView } from "../../src/core";
import { fakeHost, fakeServices, makeView, renderApp, SP } from "./fakes";

function withoutBilagor(view: MeetingView, code: "forbidden" | "throttled"): MeetingView {
  if (view.agenda.state !== "ready") throw new Error("fixture agenda not ready");
  // What loadMeetingView returns when the files request fails: the items without bilagor, the files section failed.
  const items = view.agenda.value.items.map((item) => ({ ...item, attachments: [] }));
  return { ...view, agenda: { state: "ready", value: { ...view.agenda.value, items } }, files: { state: "error", error: { code, detail: "files" } } };
}

describe("the folder's files cannot be read", () => {
  it.each([
    ["forbidden", /Du saknar behörighet/],
    ["throttled", /Microsoft 365 ber oss vänta/],
  ] as const)("says so in the agenda (%s), keeps the items, and a retry reloads them with their bilagor", async (code, why) => {
    const loadMeetingView = jest.fn().mockResolvedValueOnce(withoutBilagor(makeView(), code)).mockResolvedValue(makeView());
    renderApp({ services: fakeServices({ loadMeetingView }) });
    const agenda = await screen.findByRole("region", { name: "Dagordning" });
    within(agenda).getByText("Bilagorna kunde inte hämtas. Punkterna visas utan bilagor.");
    expect(within(agenda).getByText(why)).toBeTruthy();
    expect(within(agenda).getAllByRole("heading", { level: 3 })).toHaveLength(3);
    expect(within(agenda).queryByRole("link", { name: /Bilaga/ })).toBeNull();
    // The folder itself is readable: the notice offers it in SharePoint, on the trusted origin only.
    expect(within(agenda).getByRole("link", { name: "Öppna i SharePoint" }).getAttribute("href")).toBe(`${SP}/sites/kd/folder`);

    await act(async () => {
      fireEvent.click(within(agenda).getByRole("button", { name: /Försök igen/ }));
    });
    expect(loadMeetingView).toHaveBeenCalledTimes(2);
    const reloaded = await screen.findByRole("link", { name: "Bilaga 1 – Förfrågningsunderlag" });
    expect(reloaded).toBeTruthy();
    expect(screen.queryByText("Bilagorna kunde inte hämtas. Punkterna visas utan bilagor.")).toBeNull();
  });

  it("says nothing when the files were read (a meeting whose items simply have no bilagor)", async () => {
    renderApp();
    await screen.findByRole("region", { name: "Dagordning" });
    expect(screen.queryByText(/Bilagorna kunde inte hämtas/)).toBeNull();
  });

  it("the side panel says so too", async () => {
    renderApp({ surface: "sidePanel", services: fakeServices({ loadMeetingView: jest.fn(async () => withoutBilagor(makeView(), "forbidden")) }) });
    expect(await screen.findByText("Bilagorna kunde inte hämtas. Punkterna visas utan bilagor.")).toBeTruthy();
  });

  it("in English", async () => {
    renderApp({ language: "en", services: fakeServices({ loadMeetingView: jest.fn(async () => withoutBilagor(makeView(), "forbidden")) }) });
    expect(await screen.findByText("The bilagor (attachments) could not be loaded. The items are shown without them.")).toBeTruthy();
  });
});

describe("a bilaga's name and link in the tab", () => {
  function viewWith(name: string, webUrl: string): MeetingView {
    const view = makeView();
    if (view.agenda.state !== "ready") throw new Error("fixture agenda not ready");
    const [first, ...rest] = view.agenda.value.items;
    return { ...view, agenda: { state: "ready", value: { ...view.agenda.value, items: [{ ...first!, attachments: [{ number: 9, fileId: "x", name, webUrl }] }, ...rest] } } };
  }

  it("shows a right-to-left override stripped, so the real extension cannot hide", async () => {
    renderApp({ services: fakeServices({ loadMeetingView: jest.fn(async () => viewWith("1 Faktura\u202Efdp.exe", `${SP}/sites/kd/x.exe`)) }) });
    const link = await screen.findByRole("link", { name: "Bilaga 9 – Fakturafdp" });
    expect(link.textContent).not.toMatch(/[\u202A-\u202E\u2066-\u2069\u200B-\u200F]/);
  });

  it.each([
    ["a look-alike suffix", "https://familjenhelsingborg.sharepoint.com.evil.example/x.pdf"],
    ["a punycode look-alike", "https://familjenhelsingborg.xn--sharepint-52h.com/x.pdf"],
    ["userinfo", "https://familjenhelsingborg.sharepoint.com@evil.example/x.pdf"],
    ["another port", "https://familjenhelsingborg.sharepoint.com:8443/x.pdf"],
  ])("does not open %s", async (_why, url) => {
    const host = fakeHost();
    renderApp({ host, services: fakeServices({ loadMeetingView: jest.fn(async () => viewWith("1 Budget.pdf", url)) }) });
    const agenda = await screen.findByRole("region", { name: "Dagordning" });
    await within(agenda).findByText(/Bilaga 9 – Budget/);
    expect(within(agenda).queryByRole("link", { name: /Bilaga 9/ })).toBeNull();
    expect(agenda.innerHTML).not.toContain(new URL(url).host);
    expect(host.openLink).not.toHaveBeenCalled();
  });
});
