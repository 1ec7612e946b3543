/**
 * The stage's poll against the demo tenant over real HTTP: the current item and its decision in exactly one Graph
 * request (one $batch of the register row and the items' record), counted in the tenant's own request log.
 */
import { readStage, setCurrentItem } from "../../../src/app";
import type { MeetingRegisterFields } from "../../../src/core";
import { recordPortsOf } from "../../../src/hosts/shared/recordPorts";
import type { DemoTenant } from "../../../src/demo-tenant/server";
import { eventOn, MEMBER, ORGANIZER, servicesAs, tenantPerTest } from "./harness";

let tenant: DemoTenant;
tenantPerTest((started) => (tenant = started));

const december = () => eventOn(tenant.state(), "2026-12-11").iCalUId;

function registerFields(key: string): MeetingRegisterFields {
  return { meetingKey: key, title: "Kommundirektörsmöte", startUtc: "2026-12-11T07:30:00.000Z", number: 11, folderName: "", chair: "", approvers: [], state: "inProgress", currentItemId: null, protokollFileId: null, protokollPdfId: null };
}

/** One poll as a member's stage makes it, and the Graph requests the tenant served for it. */
async function poll(key: string) {
  const ports = recordPortsOf(servicesAs(tenant, MEMBER));
  tenant.clearRequests();
  const shown = await readStage(ports, key);
  return { shown, log: tenant.requests() };
}

describe("the stage's poll", () => {
  it("is one $batch of two reads whether or not an item is current: 20 Graph requests a minute per viewer at 3 s", async () => {
    const key = december();
    const none = await poll(key);
    expect(none.shown).toEqual({ currentItemId: null, outcome: null, decisions: [], recorded: false });
    expect(none.log.map((entry) => [entry.method, entry.path.replace(/\?.*/, ""), entry.batch?.length])).toEqual([["POST", "/v1.0/$batch", 2]]);

    const organizer = recordPortsOf(servicesAs(tenant, ORGANIZER));
    const [first, second] = await organizer.items.list(key);
    const row = await setCurrentItem(organizer, await organizer.register.ensure(registerFields(key)), first!.id);
    const current = await poll(key);
    expect(current.shown).toEqual({ currentItemId: first!.id, outcome: null, decisions: [], recorded: false });
    expect(current.log).toHaveLength(1);

    // The secretariat records the decision, then moves the stage on: each poll still one request, with the new item.
    await organizer.items.updateRecord(second!.id, second!.etag, { outcome: "decided", decisions: ["godkänna förslaget med ändringen i punkt 3"] });
    await setCurrentItem(organizer, row, second!.id);
    const decided = await poll(key);
    expect(decided.shown).toEqual({ currentItemId: second!.id, outcome: "decided", decisions: ["godkänna förslaget med ändringen i punkt 3"], recorded: true });
    expect(decided.log).toHaveLength(1);
    expect(decided.log[0]!.batch).toHaveLength(2);
    expect((60_000 / 3_000) * decided.log.length).toBe(20);
  });

  it("a current item removed from the agenda shows as nothing recorded, still in one request", async () => {
    const key = december();
    const organizer = recordPortsOf(servicesAs(tenant, ORGANIZER));
    await setCurrentItem(organizer, await organizer.register.ensure(registerFields(key)), "999999");
    const gone = await poll(key);
    expect(gone.shown).toEqual({ currentItemId: "999999", outcome: null, decisions: [], recorded: false });
    expect(gone.log).toHaveLength(1);
  });
});
