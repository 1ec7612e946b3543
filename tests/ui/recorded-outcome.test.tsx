/** Members' tabs show each item's outcome and decision under it once recorded (issue 13 item 5), read from the Dagordning row. */
import { render, screen, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { buildAgenda } from "../../src/core";
import { toAgendaItemRecord } from "../../src/services/graph/parse/agenda-item";
import { EnvironmentProvider } from "../../src/ui/environment";
import { LanguageProvider } from "../../src/ui/i18n";
import { AgendaList } from "../../src/ui/meeting/AgendaList";
import { CONFIG, fakeHost, fakeApp } from "./fakes";

const row = (id: string, fields: Record<string, unknown>): unknown => ({ id, eTag: `"{${id}},1"`, fields: { MeetingKey: "K", ...fields } });

function renderAgenda(language: "sv" | "en"): void {
  const agenda = buildAgenda(
    [
      row("1", { Title: "Budget", SortKey: 1, ProposedDecisions: "godkänna budgeten", Outcome: "beslutat", Decisions: "godkänna budgeten med ändringen\nuppdra åt sekretariatet att återkomma" }),
      row("2", { Title: "Regional plan", SortKey: 2, ProposedDecisions: "anta planen", Outcome: "bordlagt" }),
      row("3", { Title: "Inte behandlad än", SortKey: 3, ProposedDecisions: "notera" }),
    ].map(toAgendaItemRecord),
    [],
  );
  render(
    <FluentProvider theme={webLightTheme}>
      <LanguageProvider value={language}>
        <EnvironmentProvider value={{ app: fakeApp(), host: fakeHost(), config: CONFIG }}>
          <AgendaList agenda={{ state: "ready", value: agenda }} files={{ state: "ready", value: [] }} onRetry={() => undefined} sharePointUrl={null} />
        </EnvironmentProvider>
      </LanguageProvider>
    </FluentProvider>,
  );
}

it("shows the outcome and the decision as taken under a recorded item, and nothing under one not yet recorded", () => {
  renderAgenda("sv");
  const [budget, plan, pending] = screen.getAllByRole("article");
  expect(within(budget!).getByText("Utfall: Beslutat")).toBeTruthy();
  const decision = within(budget!).getByRole("region", { name: "Beslut" });
  expect(within(decision).getAllByRole("listitem").map((li) => li.textContent)).toEqual(["att godkänna budgeten med ändringen", "att uppdra åt sekretariatet att återkomma"]);
  expect(within(plan!).getByText("Utfall: Bordlagt / hänskjutet till nästa möte")).toBeTruthy();
  expect(within(plan!).queryByRole("region", { name: "Beslut" })).toBeNull();
  expect(within(pending!).queryByText(/^Utfall/)).toBeNull();
  expect(within(pending!).queryByRole("region", { name: "Beslut" })).toBeNull();
});

it("says it in English where the UI is English", () => {
  renderAgenda("en");
  expect(screen.getByText("Outcome: Decided")).toBeTruthy();
  expect(screen.getByRole("region", { name: "Decision" })).toBeTruthy();
});
