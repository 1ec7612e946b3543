/** Holds every JSON object the demo tenant returns to Microsoft's Graph v1.0 metadata, so the demo cannot drift from real Graph. */
import type { DemoTenant } from "../../../src/demo-tenant/server";
import { startDemoTenant } from "../../../src/demo-tenant/server";
import { checkAgainst, loadModel } from "./csdl-model";
import type { TypeModel } from "./csdl-model";

const ORGANIZER = "elin.sjoberg@familjenhelsingborg.se";
const MEMBER = "karin.lindqvist@helsingborg.se";
const SITE = "familjenhelsingborg.sharepoint.com,kdgrupp,web";
const CHAT = "19:meeting_NjVlYzQ5ZTAtMjE1Ni00YjA5LWI3ZjctOGQ0ZDZhZmYxYzA3@thread.v2";
const G = "microsoft.graph.";

let model: TypeModel;
let tenant: DemoTenant;
let key: string;

beforeAll(async () => {
  model = loadModel().model;
  tenant = await startDemoTenant({ port: 0, quiet: true });
  const dec = tenant.state().events.find((e) => e.startUtc.startsWith("2026-12-11"));
  if (!dec) throw new Error("default data lacks the December meeting");
  key = dec.iCalUId;
}, 30000);
afterAll(() => tenant.close());

async function call(path: string, init: { method?: string; body?: unknown; raw?: Buffer; as?: string; ifMatch?: string } = {}): Promise<unknown> {
  const headers: Record<string, string> = { Authorization: `Bearer demo:${init.as ?? ORGANIZER}` };
  if (init.ifMatch !== undefined) headers["If-Match"] = init.ifMatch;
  let body: BodyInit | undefined;
  if (init.raw) body = new Uint8Array(init.raw);
  else if (init.body !== undefined) {
    body = JSON.stringify(init.body);
    headers["Content-Type"] = "application/json";
  }
  const res = await fetch(`${tenant.url}/v1.0${path}`, { method: init.method ?? "GET", headers, body });
  const json = (await res.json()) as unknown;
  if (res.status >= 300) throw new Error(`${path}: ${res.status} ${JSON.stringify(json)}`);
  return json;
}

function expectConforms(type: string, value: unknown): void {
  expect(value).toBeDefined();
  expect(checkAgainst(model, type, value)).toEqual([]);
}

const values = (body: unknown): unknown[] => {
  const v = (body as { value?: unknown[] }).value;
  if (!Array.isArray(v) || v.length === 0) throw new Error("expected a non-empty collection");
  return v;
};

describe("the checker itself", () => {
  it("fails on a property that the type does not have, even nested, and names where", () => {
    const fake = { subject: "x", colour: "blå", attendees: [{ type: "required", emailAddress: { address: "a@b.se", nickname: "x" }, status: { response: "accepted" } }] };
    const problems = checkAgainst(model, `${G}event`, fake);
    expect(problems).toEqual(expect.arrayContaining([expect.stringContaining("$.colour"), expect.stringContaining("$.attendees[0].emailAddress.nickname")]));
  });

  it("fails on a wrong JSON type, a bad enum value and a wrong collection", () => {
    expect(checkAgainst(model, `${G}event`, { isCancelled: "false" })[0]).toContain("expected boolean");
    expect(checkAgainst(model, `${G}driveItem`, { size: "123" })[0]).toContain("expected number");
    expect(checkAgainst(model, `${G}responseStatus`, { response: "maybe" })[0]).toContain("not a member");
    expect(checkAgainst(model, `${G}event`, { attendees: {} })[0]).toContain("expected an array");
    expect(checkAgainst(model, `${G}event`, { start: "2026-12-11" })[0]).toContain("expected an object");
    expect(checkAgainst(model, `${G}directoryObject`, { "@odata.type": "#microsoft.graph.event", subject: "x" })[0]).toContain("does not derive");
  });

  it("follows base types, navigation properties and @odata.type, ignores annotations, and treats fieldValueSet as open", () => {
    expect(checkAgainst(model, `${G}event`, { id: "x", createdDateTime: "2026-01-01T00:00:00Z", "@odata.etag": "W/1" })).toEqual([]);
    expect(checkAgainst(model, `${G}driveItem`, { listItem: { fields: { AnyColumn: 1, Other: "x" } } })).toEqual([]);
    expect(checkAgainst(model, `${G}directoryObject`, { "@odata.type": "#microsoft.graph.user", companyName: "Bjuvs kommun" })).toEqual([]);
    expect(checkAgainst(model, `${G}directoryObject`, { companyName: "Bjuvs kommun" })).toHaveLength(1);
  });
});

describe("demo tenant responses conform to Graph v1.0 metadata", () => {
  it("users and group members", async () => {
    expectConforms(`${G}user`, await call("/me"));
    expectConforms(`${G}user`, await call(`/users/${MEMBER}?$select=id,displayName,mail,userPrincipalName,companyName,officeLocation,jobTitle,accountEnabled,department,usageLocation`));
    expectConforms(`Collection(${G}user)`, values(await call(`/users?$filter=mail eq '${MEMBER}'`)));
    expectConforms(`${G}group`, await call("/groups/kommundirektorsgruppen"));
    expectConforms(`Collection(${G}directoryObject)`, values(await call("/groups/kommundirektorsgruppen/members?$select=displayName,mail,companyName,officeLocation")));
    expectConforms(`Collection(${G}directoryObject)`, values(await call("/groups/kommundirektorsgruppen/members")));
  });

  it("events: own copy, organizer's copy, series master, calendarView", async () => {
    // The meeting is an occurrence: as in Graph, only calendarView lists it (/events holds single instances and masters).
    const day = "calendarView?startDateTime=2026-12-10T00:00:00Z&endDateTime=2026-12-13T00:00:00Z";
    const own = values(await call(`/me/${day}`, { as: MEMBER }));
    expectConforms(`Collection(${G}event)`, own);
    expectConforms(`Collection(${G}event)`, values(await call(`/users/${ORGANIZER}/${day}`)));
    const masters = values(await call("/me/events")) as { id: string }[];
    expectConforms(`Collection(${G}event)`, masters);
    expectConforms(`Collection(${G}event)`, values(await call(`/me/events/${encodeURIComponent(masters[0]!.id)}/instances?startDateTime=2026-11-01T00:00:00Z&endDateTime=2027-01-01T00:00:00Z`)));
    expectConforms(`Collection(${G}event)`, values(await call("/me/calendarView?startDateTime=2026-01-01T00:00:00Z&endDateTime=2027-01-01T00:00:00Z&$top=50")));
    const id = (own[0] as { id: string }).id;
    await call(`/me/events/${encodeURIComponent(id)}/tentativelyAccept`, { method: "POST", body: { sendResponse: true }, as: MEMBER }).catch(() => undefined);
    expectConforms(`${G}event`, await call(`/me/events/${encodeURIComponent(id)}`, { as: MEMBER }));
  });

  it("the meeting chat", async () => {
    expectConforms(`${G}chat`, await call(`/chats/${encodeURIComponent(CHAT)}`));
  });

  it("site, lists, list items, fieldValueSets", async () => {
    expectConforms(`${G}site`, await call(`/sites/${SITE}`));
    expectConforms(`Collection(${G}list)`, values(await call(`/sites/${SITE}/lists`)));
    const items = `/sites/${SITE}/lists/Dagordning/items`;
    expectConforms(`Collection(${G}listItem)`, values(await call(`${items}?$expand=fields&$filter=${encodeURIComponent(`fields/MeetingKey eq '${key}'`)}`)));
    // The stage's poll: only the id and the record's columns of each item.
    expectConforms(`Collection(${G}listItem)`, values(await call(`${items}?$select=id&$expand=${encodeURIComponent("fields($select=Outcome,Decisions)")}&$filter=${encodeURIComponent(`fields/MeetingKey eq '${key}'`)}`)));
    const created = (await call(items, { method: "POST", body: { fields: { Title: "Kontroll", MeetingKey: key, SortKey: 9, Kind: "information" } } })) as { id: string };
    expectConforms(`${G}listItem`, created);
    expectConforms(`${G}fieldValueSet`, await call(`${items}/${created.id}/fields`, { method: "PATCH", body: { StartTime: "11.25" } }));
    expectConforms(`${G}fieldValueSet`, await call(`${items}/${created.id}/fields`, { method: "PATCH", body: { SortKey: 8.5 } }));
    expectConforms(`${G}listItem`, await call(`${items}/${created.id}?$expand=fields`));
  });

  it("the record's lists: Sammanträden, Närvaro, Uppdrag (rows, create, PATCH of fields)", async () => {
    for (const list of ["Sammanträden", "Närvaro", "Uppdrag"]) {
      const items = `/sites/${SITE}/lists/${encodeURIComponent(list)}/items`;
      expectConforms(`${G}list`, await call(`/sites/${SITE}/lists/${encodeURIComponent(list)}`));
      expectConforms(`Collection(${G}columnDefinition)`, values(await call(`/sites/${SITE}/lists/${encodeURIComponent(list)}/columns`)));
      const created = (await call(items, { method: "POST", body: { fields: { Title: "Kontroll", MeetingKey: key } } })) as { id: string };
      expectConforms(`${G}listItem`, created);
      expectConforms(`Collection(${G}listItem)`, values(await call(`${items}?$expand=fields&$filter=${encodeURIComponent(`fields/MeetingKey eq '${key}'`)}`)));
      expectConforms(`${G}fieldValueSet`, await call(`${items}/${created.id}/fields`, { method: "PATCH", body: { Title: "Kontroll 2" } }));
    }
    const year = "fields/Start ge '2025-12-31T00:00:00Z' and fields/Start lt '2027-01-02T00:00:00Z'";
    expectConforms(`Collection(${G}listItem)`, values(await call(`/sites/${SITE}/lists/${encodeURIComponent("Sammanträden")}/items?$expand=fields&$filter=${encodeURIComponent(year)}`)));
  });

  it("the online meeting by join URL, its attendance reports and their attendance records", async () => {
    const dec = tenant.state().events.find((e) => e.iCalUId === key)!;
    const found = values(await call(`/me/onlineMeetings?$filter=${encodeURIComponent(`JoinWebUrl eq '${dec.joinUrl}'`)}`));
    expectConforms(`Collection(${G}onlineMeeting)`, found);
    const id = encodeURIComponent((found[0] as { id: string }).id);
    expectConforms(`${G}onlineMeeting`, await call(`/me/onlineMeetings/${id}`));
    const reports = values(await call(`/me/onlineMeetings/${id}/attendanceReports`));
    expectConforms(`Collection(${G}meetingAttendanceReport)`, reports);
    const reportId = encodeURIComponent((reports[reports.length - 1] as { id: string }).id);
    const expanded = await call(`/me/onlineMeetings/${id}/attendanceReports/${reportId}?$expand=attendanceRecords`);
    expectConforms(`${G}meetingAttendanceReport`, expanded);
    expect((expanded as { attendanceRecords: unknown[] }).attendanceRecords.length).toBeGreaterThan(2);
    expectConforms(`Collection(${G}attendanceRecord)`, values(await call(`/me/onlineMeetings/${id}/attendanceReports/${reportId}/attendanceRecords`)));
    // Only the organizer reads the reports; a member who may see the meeting gets 403.
    expectConforms(`Collection(${G}onlineMeeting)`, values(await call(`/me/onlineMeetings?$filter=${encodeURIComponent(`JoinWebUrl eq '${dec.joinUrl}'`)}`, { as: MEMBER })));
    await expect(call(`/me/onlineMeetings/${id}/attendanceReports`, { as: MEMBER })).rejects.toThrow(/403/);
  });

  it("creating lists and columns: list, columnDefinition with each facet (text, note, number, choice, dateTime, boolean)", async () => {
    const created = await call(`/sites/${SITE}/lists`, {
      method: "POST",
      body: {
        displayName: "Kontrollista",
        list: { template: "genericList" },
        columns: [
          { name: "Kort", text: {} },
          { name: "Lang", text: { allowMultipleLines: true } },
          { name: "Tal", number: {}, indexed: true },
          { name: "Val", choice: { choices: ["a", "b"] } },
        ],
      },
    });
    expectConforms(`${G}list`, created);
    const columns = `/sites/${SITE}/lists/Kontrollista/columns`;
    expectConforms(`${G}columnDefinition`, await call(columns, { method: "POST", body: { name: "Nar", displayName: "När", dateTime: {} } }));
    expectConforms(`${G}columnDefinition`, await call(columns, { method: "POST", body: { name: "Klar", boolean: {} } }));
    expectConforms(`Collection(${G}columnDefinition)`, values(await call(columns)));
    expectConforms(`${G}columnDefinition`, await call(`${columns}/Kort`, { method: "PATCH", body: { indexed: true } }));
    expectConforms(`${G}list`, await call(`/sites/${SITE}/lists`, { method: "POST", body: { displayName: "Kontrollbibliotek", list: { template: "documentLibrary" } } }));
    expectConforms(`Collection(${G}columnDefinition)`, values(await call(`/sites/${SITE}/lists/Dagordning/columns`)));
  });

  it("drives, driveItems (files, folders, root) with expanded listItem", async () => {
    const drive = (await call(`/sites/${SITE}/lists/${encodeURIComponent("Möteshandlingar")}/drive`)) as { id: string };
    expectConforms(`${G}drive`, drive);
    expectConforms(`${G}driveItem`, await call(`/drives/${drive.id}/root`));
    const folder = (await call(`/drives/${drive.id}/root:/${encodeURIComponent("2026-12-11 Kommundirektörsmöte")}:`)) as { id: string };
    expectConforms(`${G}driveItem`, folder);
    const children = values(await call(`/drives/${drive.id}/items/${folder.id}/children?$expand=listItem($expand=fields)`));
    expectConforms(`Collection(${G}driveItem)`, children);
    expectConforms(`Collection(${G}driveItem)`, values(await call(`/drives/${drive.id}/root/children`)));
    const made = await call(`/drives/${drive.id}/items/${folder.id}/children`, { method: "POST", body: { name: "Underlag", folder: {}, "@microsoft.graph.conflictBehavior": "rename" } });
    expectConforms(`${G}driveItem`, made);
    const uploaded = (await call(`/drives/${drive.id}/items/${folder.id}:/${encodeURIComponent("Kontroll.pdf")}:/content`, { method: "PUT", raw: Buffer.from("%PDF-1.4\n%%EOF\n") })) as { id: string };
    expectConforms(`${G}driveItem`, uploaded);
    // A new version in place (the pane's "Ny version"): PUT on the item's content, guarded by its eTag.
    const etag = (uploaded as unknown as { eTag: string }).eTag;
    expectConforms(`${G}driveItem`, await call(`/drives/${drive.id}/items/${uploaded.id}/content`, { method: "PUT", raw: Buffer.from("%PDF-1.4\n%v2\n%%EOF\n"), ifMatch: etag }));
    expectConforms(`${G}listItem`, await call(`/drives/${drive.id}/items/${uploaded.id}/listItem?$expand=fields`));
    expectConforms(`${G}fieldValueSet`, await call(`/drives/${drive.id}/items/${uploaded.id}/listItem/fields`, { method: "PATCH", body: { ItemNumber: 2 } }));
    expectConforms(`${G}fieldValueSet`, await call(`/drives/${drive.id}/items/${uploaded.id}/listItem/fields`, { method: "PATCH", body: { ItemId: "5" } }));
  });

  it("the library's rows: meeting folders by MeetingKey (with their driveItem) and by MeetingStart", async () => {
    const rows = `/sites/${SITE}/lists/${encodeURIComponent("Möteshandlingar")}/items`;
    const byKey = values(
      await call(`${rows}?$filter=${encodeURIComponent(`fields/MeetingKey eq '${key}'`)}&$expand=${encodeURIComponent("fields($select=MeetingKey,MeetingStart),driveItem($select=id,name,webUrl,folder)")}`),
    );
    expectConforms(`Collection(${G}listItem)`, byKey);
    expect(byKey.some((row) => typeof (row as { driveItem?: { folder?: unknown } }).driveItem?.folder === "object")).toBe(true);
    const filter = "fields/MeetingStart ge '2025-12-31T00:00:00Z' and fields/MeetingStart lt '2027-01-02T00:00:00Z'";
    const year = values(await call(`${rows}?$filter=${encodeURIComponent(filter)}&$expand=${encodeURIComponent("fields($select=MeetingKey,MeetingStart)")}`));
    expectConforms(`Collection(${G}listItem)`, year);
    expect(year).toHaveLength(11);
  });

  it("sharing: invite, the folder's and a file's permissions (direct, inherited, site groups)", async () => {
    const drive = (await call(`/sites/${SITE}/lists/${encodeURIComponent("Möteshandlingar")}/drive`)) as { id: string };
    const folder = (await call(`/drives/${drive.id}/root:/${encodeURIComponent("2026-12-11 Kommundirektörsmöte")}:`)) as { id: string };
    const invite = { recipients: [{ email: "camilla.nystrom@orkelljunga.se" }, { email: "ny.gast@example.org" }], roles: ["read"], requireSignIn: true, sendInvitation: false };
    expectConforms(`Collection(${G}permission)`, values(await call(`/drives/${drive.id}/items/${folder.id}/invite`, { method: "POST", body: invite })));
    expectConforms(`Collection(${G}permission)`, values(await call(`/drives/${drive.id}/items/${folder.id}/permissions`)));
    const file = values(await call(`/drives/${drive.id}/items/${folder.id}/children`))[0] as { id: string };
    const onFile = values(await call(`/drives/${drive.id}/items/${file.id}/permissions`)) as { inheritedFrom?: { id: string } }[];
    expectConforms(`Collection(${G}permission)`, onFile);
    expect(onFile.some((p) => p.inheritedFrom?.id === folder.id)).toBe(true);
  });
});
