import { simulatedIdentity } from "../../src/hosts/outlook/simulation/identity";
import { readStoredState, SIMULATION_STORAGE_KEY } from "../../src/hosts/outlook/simulation/simulatedAppointment";

const ORGANIZER = "elin.sjoberg@familjenhelsingborg.se";

describe("the simulation's identity (?user=, ?owner=)", () => {
  it("defaults to the organizer in her own calendar, and reads user and owner lower-cased", () => {
    expect(simulatedIdentity("", ORGANIZER)).toEqual({ user: ORGANIZER, owner: ORGANIZER });
    expect(simulatedIdentity("?user=Karin.Lindqvist@Helsingborg.se", ORGANIZER)).toEqual({ user: "karin.lindqvist@helsingborg.se", owner: "karin.lindqvist@helsingborg.se" });
    expect(simulatedIdentity(`?user=assistent@familjenhelsingborg.se&owner=${ORGANIZER}`, ORGANIZER)).toEqual({ user: "assistent@familjenhelsingborg.se", owner: ORGANIZER });
  });

  it("ignores values that are no mail address", () => {
    expect(simulatedIdentity("?user=<script>&owner=", ORGANIZER)).toEqual({ user: ORGANIZER, owner: ORGANIZER });
  });

  it("never reopens another identity's stored appointment (its links are someone else's)", () => {
    const stored = { eventId: "e", subject: "s", startUtc: "a", endUtc: "b", bodyHtml: "", required: [], optional: [], location: "", properties: { sammantradeMeetingKey: "K" }, saved: true, user: ORGANIZER, owner: ORGANIZER };
    const storage = { getItem: (key: string) => (key === SIMULATION_STORAGE_KEY ? JSON.stringify(stored) : null) };
    expect(readStoredState(storage, { user: ORGANIZER, owner: ORGANIZER })?.properties).toEqual({ sammantradeMeetingKey: "K" });
    expect(readStoredState(storage, { user: "karin.lindqvist@helsingborg.se", owner: "karin.lindqvist@helsingborg.se" })).toBeNull();
    expect(readStoredState(storage, { user: "karin.lindqvist@helsingborg.se", owner: ORGANIZER })).toBeNull();
  });
});
