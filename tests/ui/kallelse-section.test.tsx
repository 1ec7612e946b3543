/**
 * *Infoga kallelse* in the pane: at the top by default, at the cursor when chosen, refused with a Swedish sentence when
 * the folder's files could not be read (#12.2), and still complete when no short links can be made.
 */
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import type { HostAppointment } from "../../src/core/ports-outlook";
import { EnvironmentProvider } from "../../src/ui/environment";
import { LanguageProvider } from "../../src/ui/i18n";
import { KallelseSection } from "../../src/ui/outlook/KallelseSection";
import { OutlookHostProvider } from "../../src/ui/outlook/outlookHost";
import { CONFIG, fakeApp, fakeHost, fakeServices, makeView, SP } from "./fakes";

// Fluent's MessageBar measures itself; jsdom has no ResizeObserver.
beforeAll(() => {
  globalThis.ResizeObserver ??= class {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  } as unknown as typeof ResizeObserver;
});

function appointment(): HostAppointment & { [K in "setBodyHtml" | "prependBodyHtml" | "insertBodyHtmlAtCursor"]: jest.Mock } {
  return {
    mode: "organizer",
    getSubject: async () => "Kommundirektörsgruppen",
    setSubject: jest.fn(),
    getStart: async () => "2024-04-19T06:30:00Z",
    getEnd: async () => "2024-04-19T09:30:00Z",
    getLocation: async () => "Stadshuset",
    getAttendees: async () => ({ required: [], optional: [] }),
    getOrganizer: async () => null,
    getCalendarOwner: async () => ({ mailbox: "elin.sjoberg@familjenhelsingborg.se", shared: false }),
    getBodyHtml: async () => "<p>Hej!</p><p>Hälsningar<br>Elin</p>",
    setBodyHtml: jest.fn(async () => undefined),
    prependBodyHtml: jest.fn(async () => undefined),
    insertBodyHtmlAtCursor: jest.fn(async () => undefined),
    saveAndGetItemId: async () => "id",
    loadProperties: async () => ({}),
    saveProperties: async () => undefined,
  };
}

function setup(view = makeView(), viewLinks: jest.Mock = jest.fn(async () => new Map([["f1", `${SP}/:b:/s/kd/Short1`]]))) {
  const services = fakeServices({ loadMeetingView: jest.fn(async () => view) });
  (services.documents as unknown as { viewLinks: jest.Mock }).viewLinks = viewLinks;
  const host = appointment();
  const app = fakeApp(services);
  render(
    <LanguageProvider value="sv">
      <EnvironmentProvider value={{ app, host: fakeHost(), config: CONFIG }}>
        <OutlookHostProvider value={app.outlook({ appointment: host, resolver: { meetingKeyOf: async () => "k" } })}>
          <KallelseSection meetingRef={{ key: "ical-1", folderName: "2024-04-19 Kommundirektörsgruppen" }} />
        </OutlookHostProvider>
      </EnvironmentProvider>
    </LanguageProvider>,
  );
  return host;
}

describe("KallelseSection", () => {
  it("prepends the kallelse by default, with the short link where there is one", async () => {
    const host = setup();
    fireEvent.click(screen.getByRole("button", { name: "Infoga kallelse" }));
    await screen.findByText("Kallelsen med 3 punkter är infogad i bokningen.");
    expect(host.prependBodyHtml).toHaveBeenCalledTimes(1);
    const html = host.prependBodyHtml.mock.calls[0]?.[0] as string;
    expect(html).toContain("Kallelse till möte 4/2024");
    expect(html).toContain(`Bilaga 1 – Förfrågningsunderlag<br><a id="LPNoLP" href="${SP}/:b:/s/kd/Short1">`);
    expect(host.insertBodyHtmlAtCursor).not.toHaveBeenCalled();
    expect(host.setBodyHtml).not.toHaveBeenCalled();
  });

  it("inserts at the cursor when the secretariat chooses so", async () => {
    const host = setup();
    fireEvent.click(screen.getByRole("radio", { name: "Där markören står" }));
    fireEvent.click(screen.getByRole("button", { name: "Infoga kallelse" }));
    await screen.findByText("Kallelsen med 3 punkter är infogad i bokningen.");
    expect(host.insertBodyHtmlAtCursor).toHaveBeenCalledTimes(1);
    expect(host.prependBodyHtml).not.toHaveBeenCalled();
  });

  it("refuses, in Swedish, when the folder's files could not be read, and writes nothing", async () => {
    const view = makeView({ folder: { state: "error", error: { code: "forbidden" } } });
    const host = setup(view);
    fireEvent.click(screen.getByRole("button", { name: "Infoga kallelse" }));
    await screen.findByText(/Filerna i mötets mapp kunde inte läsas .*Kallelsen infogades inte, eftersom bilagorna då skulle saknas/);
    expect(host.prependBodyHtml).not.toHaveBeenCalled();
    expect(host.insertBodyHtmlAtCursor).not.toHaveBeenCalled();
    expect(host.setBodyHtml).not.toHaveBeenCalled();
  });

  it("still inserts a complete kallelse, with full addresses, when no short links can be made", async () => {
    const host = setup(makeView(), jest.fn(async () => Promise.reject(new Error("createLink denied"))));
    fireEvent.click(screen.getByRole("button", { name: "Infoga kallelse" }));
    await waitFor(() => expect(host.prependBodyHtml).toHaveBeenCalledTimes(1));
    expect(host.prependBodyHtml.mock.calls[0]?.[0]).toContain(`href="${SP}/sites/kd/f1.pdf"`);
  });
});
