/**
 * The secretariat's marking on rows kept although a field was bad (#11 item 5): in the tab's agenda only for the
 * secretariat, in the attendance list on the attendee, in the user's language.
 */
import { render, screen } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { buildAgenda } from "../../src/core";
import type { AttendanceReport } from "../../src/core";
import { toAgendaItemRecord } from "../../src/services/graph/parse/agenda-item";
import { toFileRecord } from "../../src/services/graph/parse/drive";
import { EnvironmentProvider } from "../../src/ui/environment";
import { LanguageProvider } from "../../src/ui/i18n";
import { CONFIG, fakeApp, fakeHost } from "./fakes";
import { AgendaList } from "../../src/ui/meeting/AgendaList";
import { AttendancePanel } from "../../src/ui/meeting/AttendancePanel";

const row = (id: string, fields: Record<string, unknown>): unknown => ({ id, eTag: `"{${id}},1"`, fields: { MeetingKey: "K", ...fields } });
const agenda = buildAgenda(
  [row("1", { Title: "Inledning", ItemNumber: 1 }), row("2", { Title: "Tillagd för hand" }), row("3", { Title: "Budget", ItemNumber: 2, Kind: "Beslutsärende" })].map(toAgendaItemRecord),
  // A bilaga of item 1 whose size column was edited into text: kept, attached, marked.
  [toFileRecord({ id: "F1", name: "Underlag.pdf", webUrl: "https://familjenhelsingborg.sharepoint.com/Underlag.pdf", size: "stor", file: {}, listItem: { fields: { ItemId: "1" } } })],
);

function renderAgenda(secretariat: boolean, language: "sv" | "en" = "sv"): void {
  render(
    <FluentProvider theme={webLightTheme}>
      <LanguageProvider value={language}>
        <EnvironmentProvider value={{ app: fakeApp(), host: fakeHost(), config: CONFIG }}>
          <AgendaList agenda={{ state: "ready", value: agenda }} files={{ state: "ready", value: [] }} onRetry={() => undefined} sharePointUrl={null} secretariat={secretariat} />
        </EnvironmentProvider>
      </LanguageProvider>
    </FluentProvider>,
  );
}

it("the secretariat sees each kept row marked with what to correct", () => {
  renderAgenda(true);
  expect(screen.getAllByRole("heading", { level: 3 }).map((h) => h.textContent)).toEqual(["1. Inledning", "2. Budget", "3. Tillagd för hand"]);
  expect(screen.getAllByTestId("row-problems").map((p) => p.textContent)).toEqual([
    "Att rätta i SharePoint: Fältet size kunde inte läsas.",
    "Att rätta i SharePoint: Okänd typ: 'Beslutsärende'.",
    "Att rätta i SharePoint: Saknar ordningsnummer (visas sist).",
  ]);
});

it("a member sees the same rows without the marking", () => {
  renderAgenda(false);
  expect(screen.getAllByRole("heading", { level: 3 })).toHaveLength(3);
  expect(screen.getByRole("link", { name: "Bilaga 1 – Underlag" })).toBeTruthy();
  expect(screen.queryAllByTestId("row-problems")).toHaveLength(0);
});

it("the marking follows the language", () => {
  renderAgenda(true, "en");
  expect(screen.getAllByTestId("row-problems").map((p) => p.textContent)).toContain("To correct in SharePoint: No order number (shown last).");
});

it("an attendee with an unknown answer is listed as not answered, marked", () => {
  const report: AttendanceReport = {
    groups: [{ organisation: "Bjuv", entries: [{ name: "Anna Berg", email: "anna.berg@bjuv.se", status: "noResponse", role: "member", organisation: "Bjuv", problems: [{ code: "unknownResponse", value: "maybe" }] }] }],
    guests: [],
    counts: { present: 0, apologies: 0, tentative: 0, noResponse: 1 },
  } as unknown as AttendanceReport;
  render(
    <FluentProvider theme={webLightTheme}>
      <LanguageProvider value="sv">
        <AttendancePanel attendance={{ state: "ready", value: report }} myResponse={null} meetingStartUtc={undefined} onRetry={() => undefined} />
      </LanguageProvider>
    </FluentProvider>,
  );
  expect(screen.getByTestId("row-problems").textContent).toBe("Att rätta i SharePoint: Okänt svar: 'maybe' (räknas som inte svarat).");
});
