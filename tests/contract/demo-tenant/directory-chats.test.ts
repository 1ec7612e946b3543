import type { DemoTenant } from "../../../src/demo-tenant/server";
import { CHAT_ID, decemberMeeting, graph, MEMBER, ORGANIZER, OUTSIDER, q, start } from "./helpers";

let tenant: DemoTenant;
beforeAll(async () => {
  tenant = await start();
});
afterAll(() => tenant.close());

describe("authentication", () => {
  it("401 InvalidAuthenticationToken without a token, with a malformed one, and for an unknown user", async () => {
    const variants: Record<string, string>[] = [{}, { Authorization: "Bearer eyJhbGciOi" }, { Authorization: "Bearer demo:nobody@example.se" }];
    for (const headers of variants) {
      const r = await graph(tenant, undefined, "/me", { headers });
      expect(r.status).toBe(401);
      expect(r.body.error.code).toBe("InvalidAuthenticationToken");
      expect(r.body.error.innerError.date).toEqual(expect.any(String));
    }
  });

  it("accepts the mail case-insensitively", async () => {
    const r = await graph(tenant, "Elin.Sjoberg@FamiljenHelsingborg.se", "/me");
    expect(r.status).toBe(200);
    expect(r.body.mail).toBe(ORGANIZER);
  });
});

describe("users and groups", () => {
  it("/me returns Graph's default property set, without companyName", async () => {
    const r = await graph(tenant, MEMBER, "/me");
    expect(r.body).toMatchObject({ displayName: "Karin Lindqvist", mail: MEMBER, userPrincipalName: MEMBER, jobTitle: "Stadsdirektör", id: expect.any(String) });
    expect(r.body).not.toHaveProperty("companyName");
  });

  it("/users/{mail} and /users/{id} with $select give companyName and officeLocation", async () => {
    const byMail = await graph(tenant, MEMBER, `/users/annika.svensson@perstorp.se?$select=id,displayName,companyName,officeLocation`);
    expect(byMail.body).toMatchObject({ displayName: "Annika Svensson", companyName: null, officeLocation: "Perstorp" });
    const byId = await graph(tenant, MEMBER, `/users/${byMail.body.id}?$select=displayName,mail`);
    expect(Object.keys(byId.body).filter((k) => !k.startsWith("@")).sort()).toEqual(["displayName", "mail"]);
    const unknown = await graph(tenant, MEMBER, "/users/ingen@bjuv.se");
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.code).toBe("Request_ResourceNotFound");
    const badSelect = await graph(tenant, MEMBER, "/me?$select=shoeSize");
    expect(badSelect.status).toBe(400);
  });

  it("filters /users by mail", async () => {
    const r = await graph(tenant, MEMBER, `/users?$filter=${q("mail eq 'camilla.nystrom@orkelljunga.se'")}&$select=displayName,companyName,officeLocation`);
    expect(r.body.value).toEqual([{ displayName: "Camilla Nyström", companyName: null, officeLocation: null }]);
  });

  it("lists the group's members as microsoft.graph.user with $select", async () => {
    const r = await graph(tenant, MEMBER, "/groups/kommundirektorsgruppen/members?$select=displayName,mail,companyName,officeLocation");
    expect(r.status).toBe(200);
    expect(r.body.value).toHaveLength(12);
    for (const m of r.body.value) {
      expect(m["@odata.type"]).toBe("#microsoft.graph.user");
      expect(Object.keys(m).sort()).toEqual(["@odata.type", "companyName", "displayName", "mail", "officeLocation"]);
    }
    expect(r.body.value.map((m: { companyName: string | null }) => m.companyName)).toContain("Landskrona stad");
    expect((await graph(tenant, MEMBER, "/groups/nope/members")).status).toBe(404);
  });
});

describe("chats", () => {
  it("gives members the chat with the organizer's event id", async () => {
    const r = await graph(tenant, MEMBER, `/chats/${encodeURIComponent(CHAT_ID)}`);
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ id: CHAT_ID, chatType: "meeting", topic: "Kommundirektörsmöte" });
    const key = decemberMeeting(tenant.state()).iCalUId;
    // The organizer's copy of the occurrence, found where Graph lists occurrences.
    const org = await graph(tenant, ORGANIZER, `/me/calendarView?startDateTime=2026-12-10T00:00:00Z&endDateTime=2026-12-13T00:00:00Z&$select=id,iCalUId`);
    expect(org.body.value[0].iCalUId).toBe(key);
    expect(r.body.onlineMeetingInfo.calendarEventId).toBe(org.body.value[0].id);
    expect(r.body.onlineMeetingInfo.joinWebUrl).toBe(decemberMeeting(tenant.state()).joinUrl);
    const viaId = await graph(tenant, ORGANIZER, `/me/events/${encodeURIComponent(r.body.onlineMeetingInfo.calendarEventId)}?$select=iCalUId`);
    expect(viaId.body.iCalUId).toBe(key);
  });

  it("404s for non-members and unknown chats", async () => {
    expect((await graph(tenant, OUTSIDER, `/chats/${encodeURIComponent(CHAT_ID)}`)).status).toBe(404);
    expect((await graph(tenant, MEMBER, `/chats/${encodeURIComponent("19:meeting_x@thread.v2")}`)).status).toBe(404);
  });
});

describe("unknown paths", () => {
  it("answers 400 BadRequest for unknown segments, as Graph does", async () => {
    const r = await graph(tenant, MEMBER, "/me/drive/root/nonsense");
    expect(r.status).toBe(400);
    expect(r.body.error.code).toBe("BadRequest");
  });
});
