/** Demo sign-in against the demo tenant: the user list, and an unknown user's token surfacing as unauthenticated. */
import type { DemoTenant } from "../../../src/demo-tenant/server";
import { listDemoUsers } from "../../../src/services";
import { configFor, DEFAULT_FOLDER, eventOn, ORGANIZER, servicesAs, startTenant } from "./harness";

describe("demo authentication", () => {
  let tenant: DemoTenant;
  beforeAll(async () => {
    tenant = await startTenant();
  });
  afterAll(() => tenant.close());

  it("lists the demo users for the sign-in picker", async () => {
    const users = await listDemoUsers(configFor(tenant));
    expect(users).toHaveLength(tenant.state().users.length);
    expect(users.find((u) => u.mail === ORGANIZER)).toEqual({ mail: ORGANIZER, displayName: "Elin Sjöberg", organisation: "sekretariatet", role: "secretariat" });
  });

  it("surfaces a token Graph refuses as unauthenticated", async () => {
    const key = eventOn(tenant.state(), "2026-12-11").iCalUId;
    await expect(servicesAs(tenant, "okand@example.se").meetings.loadMeetingView({ key, folderName: DEFAULT_FOLDER })).rejects.toMatchObject({
      appError: { code: "unauthenticated" },
    });
  });

  it("reports an unreachable Graph as offline", async () => {
    const closed = await startTenant();
    const config = configFor(closed);
    await closed.close();
    await expect(listDemoUsers(config)).rejects.toMatchObject({ appError: { code: "offline" } });
  });
});
