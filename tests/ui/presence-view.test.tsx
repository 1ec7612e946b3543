/** Närvaro in the side panel, by role: one tap marks and times, typed times are checked, a guest is added, failures stay. */
import { FluentProvider, teamsLightTheme } from "@fluentui/react-components";
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import type { MeetingView, RecordPorts } from "../../src/core";
import { RecordPortsProvider } from "../../src/ui/record/context";
import { PresenceView } from "../../src/ui/record/presence/PresenceView";
import { MemoryDrafts, MemoryPresence, NO_REGISTER, onlineSource } from "../unit/app/record/memory-presence";
import { KEY, view as makeView } from "../unit/app/record/presence-fixtures";

jest.setTimeout(30000);

function setup(options: { view?: MeetingView; online?: ReturnType<typeof onlineSource>; store?: MemoryPresence } = {}) {
  const store = options.store ?? new MemoryPresence();
  const drafts = new MemoryDrafts();
  const unused = new Proxy({}, { get: () => () => Promise.reject(new Error("not used by Närvaro")) });
  const ports = {
    presence: store,
    drafts,
    onlineAttendance: options.online ?? onlineSource("unavailable"),
    now: () => new Date("2024-04-19T06:43:00Z"),
    register: NO_REGISTER,
    assignments: unused,
    items: unused,
  } as unknown as RecordPorts;
  const result = render(
    <FluentProvider theme={teamsLightTheme}>
      <RecordPortsProvider value={ports}>
        <PresenceView view={options.view ?? makeView()} />
      </RecordPortsProvider>
    </FluentProvider>,
  );
  return { store, drafts, result };
}

/** Waits until the rows are shown (the first render of Fluent in jsdom is slow). */
async function ready(): Promise<void> {
  await screen.findByRole("switch", { name: "Anna Berg Närvarande" }, { timeout: 5000 });
}

const person = (name: string): HTMLElement => screen.getByText(name, { selector: "span" }).closest("li")!;
const stored = (store: MemoryPresence, name: string) => store.rows.find((r) => r.displayName === name)!;

describe("Närvaro", () => {
  it("is prefilled from the RSVPs and grouped by municipality, sekretariatet last", async () => {
    setup();
    await screen.findByRole("heading", { name: "Närvaro", level: 2 });
    await screen.findByRole("switch", { name: "Anna Berg Närvarande" });
    expect(screen.getAllByRole("heading", { level: 3 }).map((h) => h.textContent)).toEqual(["Bjuv", "Höganäs", "Sekretariatet"]);
    expect((screen.getByRole("switch", { name: "Anna Berg Närvarande" }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole("switch", { name: "Bo Ek Närvarande" }) as HTMLInputElement).checked).toBe(false);
    expect(within(person("Herman Crespin")).getByText("Anmält förhinder")).toBeTruthy();
  });

  it("one tap marks present and is stored", async () => {
    const { store } = setup();
    const bo = (await ready(), screen.getByRole("switch", { name: "Bo Ek Närvarande" }));
    await act(async () => void fireEvent.click(bo));
    await waitFor(() => expect(stored(store, "Bo Ek").status).toBe("present"));
    expect((screen.getByRole("switch", { name: "Bo Ek Närvarande" }) as HTMLInputElement).checked).toBe(true);
  });

  it("Kom kl: one tap sets now rounded to five minutes, focus moves to the time, which is editable and checked", async () => {
    const { store } = setup();
    const button = (await ready(), screen.getByRole("button", { name: "Kom kl, Bo Ek" }));
    await act(async () => void fireEvent.click(button));
    const input = screen.getByRole("textbox", { name: "Kom kl, Bo Ek" }) as HTMLInputElement;
    expect(input.value).toBe("08.45");
    expect(document.activeElement).toBe(input);
    await waitFor(() => expect(stored(store, "Bo Ek").arrived).toBe("08.45"));

    fireEvent.change(input, { target: { value: "25" } });
    await act(async () => void fireEvent.keyDown(input, { key: "Enter" }));
    expect(within(person("Bo Ek")).getByRole("alert").textContent).toBe("Den tiden finns inte: timmar 00–23 och minuter 00–59, till exempel 08.45.");
    expect(input.value).toBe("25");
    expect(input.getAttribute("aria-invalid")).toBe("true");
    expect(stored(store, "Bo Ek").arrived).toBe("08.45");

    fireEvent.change(input, { target: { value: "0850" } });
    await act(async () => void fireEvent.keyDown(input, { key: "Enter" }));
    await act(async () => void fireEvent.blur(input));
    await waitFor(() => expect(stored(store, "Bo Ek").arrived).toBe("08.50"));
    expect(within(person("Bo Ek")).queryByRole("alert")).toBeNull();
    expect(store.updates).toBe(2);
  });

  it("Gick kl before Kom kl is refused in Swedish; a blank time returns to the button and clears it", async () => {
    const { store } = setup();
    await ready();
    await act(async () => void fireEvent.click(screen.getByRole("button", { name: "Kom kl, Bo Ek" })));
    await act(async () => void fireEvent.click(screen.getByRole("button", { name: "Gick kl, Bo Ek" })));
    const left = screen.getByRole("textbox", { name: "Gick kl, Bo Ek" });
    fireEvent.change(left, { target: { value: "8.00" } });
    await act(async () => void fireEvent.blur(left));
    expect(within(person("Bo Ek")).getByRole("alert").textContent).toBe("Gick kl måste vara senare än kom kl.");
    const arrived = screen.getByRole("textbox", { name: "Kom kl, Bo Ek" });
    fireEvent.change(arrived, { target: { value: "" } });
    await act(async () => void fireEvent.keyDown(arrived, { key: "Enter" }));
    await waitFor(() => expect(stored(store, "Bo Ek").arrived).toBeNull());
    expect(document.activeElement).toBe(screen.getByRole("button", { name: "Kom kl, Bo Ek" }));
  });

  it("a write that fails shows Ej sparat – försöker igen and keeps the change on screen", async () => {
    const { store, drafts } = setup();
    const bo = (await ready(), screen.getByRole("switch", { name: "Bo Ek Närvarande" }));
    store.failNext("update", "offline");
    await act(async () => void fireEvent.click(bo));
    expect(await within(person("Bo Ek")).findByText("Ej sparat – försöker igen")).toBeTruthy();
    expect((screen.getByRole("switch", { name: "Bo Ek Närvarande" }) as HTMLInputElement).checked).toBe(true);
    expect(drafts.map.size).toBe(1);
  });

  it("a row removed meanwhile says so in Swedish with a way on", async () => {
    const { store } = setup();
    const bo = (await ready(), screen.getByRole("switch", { name: "Bo Ek Närvarande" }));
    store.failNext("update", "notFound");
    await act(async () => void fireEvent.click(bo));
    const alert = await within(person("Bo Ek")).findByRole("alert");
    expect(alert.textContent).toContain("Ej sparat. Det gick inte att hitta det du sökte.");
    await act(async () => void fireEvent.click(within(alert).getByRole("button", { name: "Försök igen" })));
    await waitFor(() => expect(stored(store, "Bo Ek").status).toBe("present"));
  });

  it("adds a guest who was not invited: checked in Swedish, listed under Inbjudna gäster, focus back on the button", async () => {
    const { store } = setup();
    await ready();
    await act(async () => void fireEvent.click(screen.getByRole("button", { name: "Lägg till person" })));
    const form = screen.getByRole("form", { name: "Lägg till person som inte var kallad" });
    expect(document.activeElement).toBe(within(form).getByRole("textbox", { name: /Namn/ }));
    fireEvent.change(within(form).getByRole("textbox", { name: "E-post (valfritt)" }), { target: { value: "inte-en-adress" } });
    await act(async () => void fireEvent.click(within(form).getByRole("button", { name: "Lägg till" })));
    expect(within(form).getByText("Skriv personens namn.")).toBeTruthy();
    expect(within(form).getByText(/Det är ingen e-postadress/)).toBeTruthy();
    fireEvent.change(within(form).getByRole("textbox", { name: /Namn/ }), { target: { value: "Renee Mohlkert" } });
    fireEvent.change(within(form).getByRole("textbox", { name: /Organisation/ }), { target: { value: "Helsingborgs stad" } });
    fireEvent.change(within(form).getByRole("textbox", { name: "E-post (valfritt)" }), { target: { value: "" } });
    store.failNext("list", "offline");
    await act(async () => void fireEvent.click(within(form).getByRole("button", { name: "Lägg till" })));
    expect(within(form).getByRole("alert").textContent).toContain("Det går inte att nå Microsoft 365");
    expect((within(form).getByRole("textbox", { name: /Namn/ }) as HTMLInputElement).value).toBe("Renee Mohlkert");
    await act(async () => void fireEvent.click(within(form).getByRole("button", { name: "Lägg till" })));
    expect(screen.queryByRole("form")).toBeNull();
    expect(screen.getByRole("heading", { name: "Inbjudna gäster" })).toBeTruthy();
    expect(screen.getByText("Renee Mohlkert är tillagd.")).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole("button", { name: "Lägg till person" }));
    expect(stored(store, "Renee Mohlkert")).toMatchObject({ organisation: "Helsingborg", role: "guest", status: "present", meetingKey: KEY });
  });

  it("someone already on the list is not added twice: the form closes and says so", async () => {
    const { store } = setup();
    await ready();
    await act(async () => void fireEvent.click(screen.getByRole("button", { name: "Lägg till person" })));
    fireEvent.change(screen.getByRole("textbox", { name: /Namn/ }), { target: { value: "Bo Ek" } });
    fireEvent.change(screen.getByRole("textbox", { name: "E-post (valfritt)" }), { target: { value: "BO.EK@bjuv.se" } });
    await act(async () => void fireEvent.click(screen.getByRole("button", { name: "Lägg till" })));
    expect(screen.queryByRole("form")).toBeNull();
    expect(screen.getByText("Bo Ek står redan på listan.")).toBeTruthy();
    expect(store.rows).toHaveLength(4);
  });

  it("Escape closes the form without adding", async () => {
    const { store } = setup();
    await ready();
    await act(async () => void fireEvent.click(screen.getByRole("button", { name: "Lägg till person" })));
    fireEvent.keyDown(screen.getByRole("textbox", { name: /Namn/ }), { key: "Escape" });
    expect(screen.queryByRole("form")).toBeNull();
    expect(store.rows).toHaveLength(4);
  });

  it("offers the online report only for a Teams meeting, and without it says why times are set by hand", async () => {
    const online = onlineSource("unavailable");
    setup({ online });
    await ready();
    await act(async () => void fireEvent.click(screen.getByRole("button", { name: "Hämta tider för dem som deltog i Teams-mötet" })));
    await waitFor(() => expect(screen.getByText(/OnlineMeetingArtifact\.Read\.All/)).toBeTruthy());
    expect(screen.getByText(/Sätt tiderna för hand/)).toBeTruthy();
  });

  it("fills times from the report and names those on no row", async () => {
    const online = onlineSource([
      { email: "bo.ek@bjuv.se", displayName: "Bo Ek", joinedUtc: "2024-04-19T06:44:00Z", leftUtc: "2024-04-19T09:30:00Z" },
      { email: "x@y.se", displayName: "Extern Konsult", joinedUtc: "2024-04-19T06:30:00Z", leftUtc: "2024-04-19T09:30:00Z" },
    ]);
    const { store } = setup({ online });
    await ready();
    await act(async () => void fireEvent.click(screen.getByRole("button", { name: "Hämta tider för dem som deltog i Teams-mötet" })));
    await screen.findByText("Tider ifyllda för 1 person. Deltog online men står inte på listan: Extern Konsult. Lägg till dem för hand.");
    expect((screen.getByRole("textbox", { name: "Kom kl, Bo Ek" }) as HTMLInputElement).value).toBe("08.45");
    expect(stored(store, "Bo Ek")).toMatchObject({ status: "remote", arrived: "08.45" });
  });

  it("no offer without a Teams link; without readable RSVPs it says the list is not prefilled", async () => {
    setup({ view: makeView({ onlineMeetingUrl: null, attendance: { state: "error", error: { code: "forbidden" } } }) });
    await screen.findByText(/inte förifylld/);
    expect(screen.getByText("Ingen står på listan än. Lägg till deltagarna för hand.")).toBeTruthy();
    expect(screen.queryByRole("button", { name: /Hämta tider/ })).toBeNull();
  });

  it("a list that cannot be read says so and loads again on Försök igen", async () => {
    const store = new MemoryPresence();
    store.failNext("list", "throttled");
    setup({ store });
    expect((await screen.findByRole("alert")).textContent).toContain("Microsoft 365 ber oss vänta en stund.");
    await act(async () => void fireEvent.click(screen.getByRole("button", { name: "Försök igen" })));
    await screen.findByRole("switch", { name: "Anna Berg Närvarande" });
  });

  it("renders nothing where the host gives no record ports", () => {
    const { container } = render(<PresenceView view={makeView()} />);
    expect(container.innerHTML).toBe("");
  });
});
