/**
 * One error policy in the Outlook pane (#11 item 6): an expected failure of an action (Office, Graph) shows its title,
 * its sentence and a way on where it happened; a bug thrown inside an action reaches the error boundary with the
 * Swedish crash message, and is not dressed up as "unknown" in the action's notice.
 */
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { ExpectedFailure } from "../../src/core";
import type { HostAppointment } from "../../src/core/ports-outlook";
import type { NewMessageForm } from "../../src/core/ports-sharing";
import { errorMessage } from "../../src/core/i18n/errors";
import { OfficeError } from "../../src/services/office/office-error";
import { DraftError } from "../../src/core/protokoll";
import { GraphError } from "../../src/services/graph/errors";
import { EnvironmentProvider } from "../../src/ui/environment";
import { LanguageProvider, stringsFor } from "../../src/ui/i18n";
import { OutlookHostProvider } from "../../src/ui/outlook/outlookHost";
import { ReminderSection } from "../../src/ui/outlook/ReminderSection";
import { ErrorBoundary } from "../../src/ui/shell/ErrorBoundary";
import { CONFIG, fakeApp, fakeHost } from "./fakes";

/** An appointment whose subject cannot be read: the first thing the reminder action asks Outlook for. */
function appointmentFailingWith(failure: unknown): HostAppointment {
  return new Proxy({} as HostAppointment, {
    get: (_target, key) => {
      if (key === "mode") return "organizer";
      if (key === "getSubject") return () => Promise.reject(failure);
      if (key === "getAttendees") return () => Promise.resolve({ required: [], optional: [] });
      return () => Promise.resolve(null);
    },
  });
}

function renderReminder(failure: unknown, language: "sv" | "en" = "sv"): { crashes: unknown[] } {
  const crashes: unknown[] = [];
  const messages: NewMessageForm = { open: jest.fn(() => Promise.resolve()) } as unknown as NewMessageForm;
  const app = fakeApp();
  const host = app.outlook({ appointment: appointmentFailingWith(failure), resolver: {} as never, messages });
  render(
    <FluentProvider theme={webLightTheme}>
      <LanguageProvider value={language}>
        <ErrorBoundary strings={stringsFor(language)} onError={(error) => crashes.push(error)}>
          <EnvironmentProvider value={{ app, host: fakeHost(), config: CONFIG }}>
            <OutlookHostProvider value={host}>
              <ReminderSection remind={host.remind!} meetingRef={{ key: "ical-1", folderName: "2024-04-19 Kommundirektörsgruppen" }} />
            </OutlookHostProvider>
          </EnvironmentProvider>
        </ErrorBoundary>
      </LanguageProvider>
    </FluentProvider>,
  );
  return { crashes };
}

let consoleError: jest.SpyInstance;
beforeEach(() => {
  // React logs what a boundary caught; the test asserts on the boundary itself.
  consoleError = jest.spyOn(console, "error").mockImplementation(() => undefined);
});
afterEach(() => consoleError.mockRestore());

describe("the Outlook pane's error policy", () => {
  it("a bug inside an action reaches the error boundary with the Swedish crash message", async () => {
    const bug = new TypeError("Cannot read properties of undefined (reading 'email')");
    const { crashes } = renderReminder(bug);
    fireEvent.click(screen.getByRole("button", { name: "Påminn de som inte svarat" }));
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("Något gick fel i Sammanträde");
    expect(alert.textContent).toContain("Ladda om sidan");
    expect(screen.getByRole("button", { name: "Ladda om sidan" })).toBeTruthy();
    expect(crashes).toEqual([bug]);
    // The action's own notice never claimed it as an "unknown" failure.
    expect(screen.queryByText(errorMessage("unknown", "sv"))).toBeNull();
  });

  it.each<[string, unknown, "forbidden" | "offline" | "throttled"]>([
    ["an Office failure", new OfficeError("forbidden", "getSubject: 5002"), "forbidden"],
    ["a Graph failure", new GraphError("throttled", "429"), "throttled"],
  ])("%s shows the action's title, its sentence and a way on, and the pane stays", async (_label, failure, code) => {
    const { crashes } = renderReminder(failure);
    fireEvent.click(screen.getByRole("button", { name: "Påminn de som inte svarat" }));
    await waitFor(() => expect(document.body.textContent).toContain(errorMessage(code, "sv")));
    expect(document.body.textContent).toContain(stringsFor("sv").outlook.remindFailed);
    expect(crashes).toEqual([]);
    // The way on: the action can be tried again right there.
    expect((screen.getByRole("button", { name: "Påminn de som inte svarat" }) as HTMLButtonElement).disabled).toBe(false);
  });

  it("says the expected failure in English in an English pane", async () => {
    renderReminder(new OfficeError("offline", "9041"), "en");
    fireEvent.click(screen.getByRole("button", { name: stringsFor("en").outlook.remindButton }));
    await waitFor(() => expect(document.body.textContent).toContain(errorMessage("offline", "en")));
  });
});

describe("one expected-failure shape", () => {
  it("Office, draft and Graph failures are all ExpectedFailure, each with a sentence in both languages", () => {
    for (const failure of [new OfficeError("forbidden", "x"), new DraftError("notFound", "y"), new GraphError("conflict", "z")]) {
      expect(failure).toBeInstanceOf(ExpectedFailure);
      expect(failure.userMessage("sv")).toBe(errorMessage(failure.code, "sv"));
      expect(failure.userMessage("en")).toBe(errorMessage(failure.code, "en"));
    }
    expect(new OfficeError("forbidden", "x").name).toBe("OfficeError");
    expect(new DraftError("notFound", "y").appError).toEqual({ code: "notFound", detail: "y" });
  });
});
