/** Avsluta / Återuppta protokollföringen by role and keyboard: asks first, writes once, says what happened, focus stays sensible. */
import { FluentProvider, teamsLightTheme } from "@fluentui/react-components";
import { act, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { useState } from "react";
import { openRecord } from "../../src/app/record";
import { ExpectedFailure } from "../../src/core";
import type { MeetingRegisterRow, RecordPorts } from "../../src/core";
import { RecordStateControl } from "../../src/ui/record/RecordStateControl";
import { memoryRecord } from "../unit/app/record/memoryPorts";

jest.setTimeout(30000);

const meeting = { key: "M1", subject: "Kommundirektörsgruppen", startUtc: "2027-02-12T07:30:00Z", folderName: "2027-02-12 Kommundirektörsgruppen" };

function Harness({ ports, initial }: { ports: RecordPorts; initial: MeetingRegisterRow }): JSX.Element {
  const [row, setRow] = useState(initial);
  return (
    <>
      <p data-testid="state">{row.state}</p>
      <RecordStateControl ports={ports} row={row} onSaved={setRow} />
    </>
  );
}

async function setup() {
  const rec = memoryRecord();
  const row = await openRecord(rec.ports, meeting);
  render(
    <FluentProvider theme={teamsLightTheme}>
      <Harness ports={rec.ports} initial={row} />
    </FluentProvider>,
  );
  return rec;
}

const button = (name: string): HTMLElement => screen.getByRole("button", { name });

describe("ending the record", () => {
  it("asks first; Avbryt and Escape write nothing and give focus back", async () => {
    const rec = await setup();
    const etag = rec.rows[0]?.etag;
    fireEvent.click(button("Avsluta protokollföringen"));
    screen.getByRole("group", { name: /^Avsluta protokollföringen\? Därefter kan det slutliga protokollet skapas/ });
    expect(document.activeElement).toBe(button("Avsluta"));
    fireEvent.click(button("Avbryt"));
    expect(screen.queryByRole("group")).toBeNull();
    expect(document.activeElement).toBe(button("Avsluta protokollföringen"));

    fireEvent.click(button("Avsluta protokollföringen"));
    fireEvent.keyDown(screen.getByRole("group"), { key: "Escape" });
    expect(document.activeElement).toBe(button("Avsluta protokollföringen"));
    expect(screen.queryByRole("group")).toBeNull();
    expect(rec.rows[0]).toMatchObject({ state: "inProgress", etag });
  });

  it("ends on confirmation, says so, and offers Återuppta with the keyboard there; Återuppta sets pågår again", async () => {
    const rec = await setup();
    fireEvent.click(button("Avsluta protokollföringen"));
    await act(async () => void fireEvent.click(button("Avsluta")));
    await screen.findByText("Protokollföringen är avslutad. Det slutliga protokollet kan skapas.");
    expect(rec.rows[0]?.state).toBe("ended");
    expect(screen.getByTestId("state").textContent).toBe("ended");
    await waitFor(() => expect(document.activeElement).toBe(button("Återuppta protokollföringen")));

    await act(async () => void fireEvent.click(button("Återuppta protokollföringen")));
    await screen.findByText("Protokollföringen pågår igen.");
    expect(rec.rows[0]?.state).toBe("inProgress");
    await waitFor(() => expect(document.activeElement).toBe(button("Avsluta protokollföringen")));
  });

  it("a failed write says so in Swedish, keeps the state, and can be tried again", async () => {
    const rec = await setup();
    const update = rec.ports.register.update;
    rec.ports.register.update = async () => {
      throw new ExpectedFailure("offline");
    };
    fireEvent.click(button("Avsluta protokollföringen"));
    await act(async () => void fireEvent.click(button("Avsluta")));
    await screen.findByText("Protokollföringens läge kunde inte sparas. Försök igen.");
    expect(rec.rows[0]?.state).toBe("inProgress");
    rec.ports.register.update = update;
    fireEvent.click(button("Avsluta protokollföringen"));
    await act(async () => void fireEvent.click(button("Avsluta")));
    await screen.findByText("Protokollföringen är avslutad. Det slutliga protokollet kan skapas.");
    expect(rec.rows[0]?.state).toBe("ended");
  });

  it("another secretary ended it meanwhile: nothing doubled, and the panel says it was already ended", async () => {
    const rec = await setup();
    const stored = rec.rows[0]!;
    await rec.ports.register.update(stored.id, stored.etag, { state: "ended" });
    const etag = rec.rows[0]?.etag;
    fireEvent.click(button("Avsluta protokollföringen"));
    await act(async () => void fireEvent.click(button("Avsluta")));
    await screen.findByText("Protokollföringen var redan avslutad.");
    expect(rec.rows[0]?.etag).toBe(etag);
    expect(button("Återuppta protokollföringen")).toBeTruthy();
  });
});
