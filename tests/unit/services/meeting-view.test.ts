import { DEMO_CONFIG, graphRoot } from "../../../src/config";
import { graphContext } from "../../../src/services/graph/context";
import type { GraphCall, GraphHttp } from "../../../src/services/graph/graph-http";
import { COPY_PAGE } from "../../../src/services/graph/meeting-copies";
import { loadMeetingView } from "../../../src/services/graph/meeting-view";
import { EVENT_SELECT } from "../../../src/services/graph/parse/meeting";
import type { RetryPolicy } from "../../../src/services/graph/retry";

type Answer = { status: number; body?: unknown; headers?: Record<string, string> };
type Handler = (attempt: number) => Answer;

const KEY = "0400KEY";
const FOLDER = "2026-12-11 Kommundirektörsmöte";
const organizer = { emailAddress: { name: "Elin Sjöberg", address: "elin.sjoberg@familjenhelsingborg.se" } };
const event = (id: string, response: string, attendeeResponse: string) => ({
  id,
  iCalUId: KEY,
  subject: "Kommundirektörsmöte",
  start: { dateTime: "2026-12-11T07:30:00.0000000", timeZone: "UTC" },
  end: { dateTime: "2026-12-11T10:30:00.0000000", timeZone: "UTC" },
  organizer,
  attendees: [{ type: "required", status: { response: attendeeResponse }, emailAddress: { name: "Camilla Nyström", address: "camilla.nystrom@orkelljunga.se" } }],
  responseStatus: { response },
});
const other = (id: string, iCalUId: string) => ({ ...event(id, "accepted", "none"), iCalUId, subject: "Annat möte" });
const page = (...value: unknown[]): Answer => ({ status: 200, body: { value } });
const item = (id: string, n: number) => ({ id, eTag: `"{${id}},1"`, fields: { Title: `Ärende ${n}`, MeetingKey: KEY, ItemNumber: n, Kind: "information" } });
const file = (id: string, name: string, itemNumber: number | null) => ({ id, name, webUrl: `https://sp/${id}`, size: 1, file: {}, listItem: { fields: itemNumber === null ? {} : { ItemNumber: itemNumber } } });
const odata = (status: number, code: string): Answer => ({ status, body: { error: { code, message: code } } });
/** A row of the library (a meeting folder) with its columns and, when asked, its driveItem. */
const folderRow = (rowId: string, key: string, start: string, drive?: { id: string; name: string }) => ({
  id: rowId,
  fields: { MeetingKey: key, MeetingStart: start },
  ...(drive ? { driveItem: { id: drive.id, name: drive.name, webUrl: `https://sp/${drive.id}`, folder: { childCount: 1 } } } : {}),
});

function defaults(): Record<string, Handler> {
  return {
    me: () => ({ status: 200, body: { displayName: "Camilla Nyström", mail: "camilla.nystrom@orkelljunga.se" } }),
    // The group's meetings are occurrences: /events never lists them, calendarView around the day does.
    own: () => page(),
    organizer: () => page(),
    ownDay: () => page(other("x-id", "OTHER"), event("own-id", "accepted", "none")),
    organizerDay: () => page(event("org-id", "organizer", "accepted"), other("y-id", "OTHER")),
    items: () => ({ status: 200, body: { value: [item("2", 2), item("1", 1)] } }),
    members: () => ({ status: 200, body: { value: [{ "@odata.type": "#microsoft.graph.user", mail: "camilla.nystrom@orkelljunga.se", displayName: "Camilla Nyström" }] } }),
    keyed: () => page(folderRow("40", KEY, "2026-12-11T07:30:00Z", { id: "F", name: FOLDER })),
    // Sammanträden: the meeting has no row yet.
    record: () => page(),
    folder: () => ({ status: 200, body: { id: "F", name: FOLDER, webUrl: "https://sp/F", folder: {}, listItem: { id: "40", fields: { MeetingKey: KEY } } } }),
    files: () => ({ status: 200, body: { value: [file("b", "Bilaga.pdf", 2), file("a", "1 - Protokoll.pdf", null), { id: "sub", name: "Undermapp", webUrl: "x", folder: {} }] } }),
    // The group's meetings of the year: their folders' rows (this meeting's own row too).
    series: () =>
      page(
        folderRow("30", "NOV", "2026-11-13T07:30:00Z"),
        folderRow("40", KEY, "2026-12-11T07:30:00Z"),
        // A row without a start, and next year's first meeting within the day's margin: neither counts.
        { id: "41", fields: { MeetingKey: "NOSTART" } },
        folderRow("50", "NEXT", "2027-01-08T07:30:00Z"),
      ),
  };
}

/** "own@2026-12-11" is answered by the handler "ownDay". */
const handlerName = (id: string) => id.replace(/@.*$/, "Day");

function setup(overrides: Record<string, Handler> = {}, pages: Record<string, unknown> = {}) {
  const handlers: Record<string, Handler> = { ...defaults(), ...overrides };
  const attempts = new Map<string, number>();
  const batches: string[][] = [];
  const urls: string[] = [];
  const gets: string[] = [];
  const http = {
    json: (call: GraphCall) => {
      if (call.method === "GET") {
        gets.push(call.path);
        return Promise.resolve(pages[call.path]);
      }
      const requests = (call.body as { requests: { id: string; url: string }[] }).requests;
      batches.push(requests.map((r) => r.id));
      urls.push(...requests.map((r) => r.url));
      return Promise.resolve({
        responses: requests.map((r) => {
          const attempt = (attempts.get(r.id) ?? 0) + 1;
          attempts.set(r.id, attempt);
          const answer = handlers[handlerName(r.id)]!(attempt);
          return { id: r.id, status: answer.status, headers: answer.headers ?? {}, body: answer.body ?? null };
        }),
      });
    },
  } as unknown as GraphHttp;
  const waits: number[] = [];
  const policy: RetryPolicy = { maxAttempts: 4, maxWaitSeconds: 10, deadlineSeconds: 30, baseBackoffSeconds: 0.5, sleep: (ms) => (waits.push(ms), Promise.resolve()), now: () => 0 };
  return { ctx: graphContext(http, DEMO_CONFIG, policy), batches, waits, urls, gets };
}

describe("loadMeetingView (unit, fake $batch)", () => {
  it("builds every section from one batch", async () => {
    const { ctx, batches } = setup();
    const view = await loadMeetingView(ctx, { key: KEY, folderName: FOLDER });
    expect(batches).toEqual([["me", "own", "own@2026-12-11", "organizer", "organizer@2026-12-11", "items", "members", "keyed", "record", "folder", "files", "series"]]);
    expect(view.meeting).toMatchObject({ id: "own-id", myResponse: "accepted", isOrganizer: false });
    // Attendees come from the organizer's copy, which holds the answers.
    expect(view.meeting.attendees[0]?.response).toBe("accepted");
    expect(view.meetingNumber).toBe(2);
    expect(view.folder).toEqual({ state: "ready", value: { id: "F", name: FOLDER, webUrl: "https://sp/F" } });
    expect(view.agenda.state === "ready" && view.agenda.value.items.map((i) => [i.title, i.attachments.map((a) => [a.number, a.name])])).toEqual([
      ["Ärende 1", [[1, "1 - Protokoll.pdf"]]],
      ["Ärende 2", [[2, "Bilaga.pdf"]]],
    ]);
    expect(view.attendance.state === "ready" && view.attendance.value.groups.map((g) => g.organisation)).toEqual(["Örkelljunga", "sekretariatet"]);
  });

  it("reads the register row in the same batch: its Number when set, else the computed number marked as such", async () => {
    const registered = (fields: Record<string, unknown>) => () => page({ id: "7", eTag: '"{A},3"', fields: { MeetingKey: KEY, Title: "Kommundirektörsmöte", Start: "2026-12-11T07:30:00Z", ...fields } });
    const none = await loadMeetingView(setup().ctx, { key: KEY, folderName: FOLDER });
    expect(none).toMatchObject({ meetingNumber: 2, numberSource: "computed", record: { state: "ready", value: null } });
    const withNumber = await loadMeetingView(setup({ record: registered({ Number: 11, RecordState: "pågår", Chair: "Karin Lindqvist" }) }).ctx, { key: KEY, folderName: FOLDER });
    expect(withNumber).toMatchObject({ meetingNumber: 11, numberSource: "register", record: { state: "ready", value: { id: "7", number: 11, state: "inProgress", chair: "Karin Lindqvist" } } });
    const withoutNumber = await loadMeetingView(setup({ record: registered({}) }).ctx, { key: KEY, folderName: FOLDER });
    expect(withoutNumber).toMatchObject({ meetingNumber: 2, numberSource: "computed", record: { state: "ready", value: { id: "7", number: null } } });
    const noList = await loadMeetingView(setup({ record: () => odata(404, "itemNotFound") }).ctx, { key: KEY, folderName: FOLDER });
    expect(noList).toMatchObject({ numberSource: "computed", record: { state: "ready", value: null } });
    const refused = await loadMeetingView(setup({ record: () => odata(403, "accessDenied") }).ctx, { key: KEY, folderName: FOLDER });
    expect(refused).toMatchObject({ meetingNumber: 2, numberSource: "computed", record: { state: "error", error: { code: "forbidden" } } });
    expect(refused.agenda.state).toBe("ready");
  });

  it("re-sends only the throttled inner requests, honouring Retry-After", async () => {
    const { ctx, batches, waits } = setup({
      items: (attempt) => (attempt < 3 ? { ...odata(429, "TooManyRequests"), headers: { "Retry-After": "2" } } : defaults().items!(attempt)),
      members: (attempt) => (attempt < 2 ? odata(503, "ServiceUnavailable") : defaults().members!(attempt)),
    });
    const view = await loadMeetingView(ctx, { key: KEY, folderName: FOLDER });
    expect(batches.slice(1)).toEqual([["items", "members"], ["items"]]);
    expect(waits).toEqual([2000, 2000]);
    expect(view.agenda.state).toBe("ready");
  });

  it("shows the agenda when attendance is forbidden", async () => {
    const { ctx } = setup({ organizer: () => odata(403, "ErrorAccessDenied"), organizerDay: () => odata(403, "ErrorAccessDenied") });
    const view = await loadMeetingView(ctx, { key: KEY, folderName: FOLDER });
    expect(view.attendance).toMatchObject({ state: "error", error: { code: "forbidden" } });
    expect(view.agenda.state).toBe("ready");
    expect(view.meeting.attendees[0]?.response).toBe("none");
  });

  it("fails only the agenda section when the items cannot be read or are malformed", async () => {
    const failing = await loadMeetingView(setup({ items: () => odata(500, "generalException") }).ctx, { key: KEY, folderName: FOLDER });
    expect(failing.agenda).toMatchObject({ state: "error", error: { code: "unknown" } });
    expect(failing.attendance.state).toBe("ready");
    const malformed = await loadMeetingView(setup({ items: () => ({ status: 200, body: { value: [{ id: "1", fields: { Title: "x" } }] } }) }).ctx, { key: KEY, folderName: FOLDER });
    expect(malformed.agenda).toMatchObject({ state: "error", error: { code: "invalidResponse" } });
  });

  it("keeps the agenda without bilagor when files fail, and says so in the files section (the folder itself is fine)", async () => {
    const view = await loadMeetingView(setup({ files: () => odata(500, "generalException") }).ctx, { key: KEY, folderName: FOLDER });
    expect(view.agenda.state === "ready" && view.agenda.value.items.flatMap((i) => i.attachments)).toEqual([]);
    expect(view.files).toMatchObject({ state: "error", error: { code: "unknown" } });
    expect(view.folder.state).toBe("ready");
  });

  it("treats a folder that does not exist yet as none", async () => {
    const view = await loadMeetingView(setup({ keyed: () => page(), folder: () => odata(404, "itemNotFound"), files: () => odata(404, "itemNotFound") }).ctx, { key: KEY, folderName: FOLDER });
    expect(view.folder).toEqual({ state: "ready", value: null });
    expect(view.agenda.state).toBe("ready");
  });

  it("degrades without directory data and without the series", async () => {
    const view = await loadMeetingView(setup({ members: () => odata(403, "Authorization_RequestDenied"), series: () => odata(500, "x") }).ctx, { key: KEY, folderName: FOLDER });
    expect(view.directory).toEqual([]);
    expect(view.meetingNumber).toBeNull();
    // The mail domain still places the attendee.
    expect(view.attendance.state === "ready" && view.attendance.value.groups[0]?.organisation).toBe("Örkelljunga");
  });

  it("uses the organizer's copy when the user has none, and fails notFound when neither is readable", async () => {
    const noOwnCopy = { ownDay: () => page(other("x-id", "OTHER")) };
    const uninvited = await loadMeetingView(setup(noOwnCopy).ctx, { key: KEY, folderName: FOLDER });
    expect(uninvited.meeting).toMatchObject({ id: "org-id", myResponse: "none", isOrganizer: false });
    const denied = { organizer: () => odata(403, "ErrorAccessDenied"), organizerDay: () => odata(403, "ErrorAccessDenied") };
    await expect(loadMeetingView(setup({ ...noOwnCopy, ...denied }).ctx, { key: KEY, folderName: FOLDER })).rejects.toMatchObject({ appError: { code: "notFound" } });
  });

  it("surfaces the own copy's failure when it is not a plain absence", async () => {
    // /events answered (no single instance); the day's view stayed throttled: the copy may exist, so no fallback.
    const { ctx } = setup({
      ownDay: () => ({ ...odata(429, "TooManyRequests"), headers: { "Retry-After": "1" } }),
      organizer: () => odata(403, "ErrorAccessDenied"),
      organizerDay: () => odata(403, "ErrorAccessDenied"),
    });
    await expect(loadMeetingView(ctx, { key: KEY, folderName: FOLDER })).rejects.toMatchObject({ appError: { code: "throttled" } });
  });

  it("rejects a malformed event as invalidResponse rather than rendering half a meeting", async () => {
    const { ctx } = setup({ ownDay: () => page({ ...event("x", "accepted", "none"), start: { dateTime: "2026-12-11T08:30:00", timeZone: "W. Europe Standard Time" } }) });
    await expect(loadMeetingView(ctx, { key: KEY, folderName: FOLDER })).rejects.toMatchObject({ appError: { code: "invalidResponse" } });
  });

  it("looks for the copies around the folder's day, with the event fields, in the same single batch", async () => {
    const { ctx, batches, urls } = setup();
    await loadMeetingView(ctx, { key: KEY, folderName: FOLDER });
    expect(batches).toHaveLength(1);
    expect(batches[0]!.length).toBeLessThanOrEqual(20);
    const window = "startDateTime=2026-12-10T00%3A00%3A00.000Z&endDateTime=2026-12-13T00%3A00%3A00.000Z";
    const select = `$select=${encodeURIComponent(EVENT_SELECT)}`;
    expect(urls).toContain(`/me/calendarView?${window}&${select}&$top=${COPY_PAGE.day}`);
    expect(urls).toContain(`/users/elin.sjoberg%40familjenhelsingborg.se/calendarView?${window}&${select}&$top=${COPY_PAGE.day}`);
    expect(urls).toContain(`/me/events?$filter=${encodeURIComponent("iCalUId eq '0400KEY'")}&${select}&$top=${COPY_PAGE.events}`);
  });

  it("finds a single-instance meeting through /events when the day's view lacks it", async () => {
    const { ctx } = setup({
      own: () => page(event("own-single", "tentativelyAccepted", "none")),
      organizer: () => page(event("org-single", "organizer", "declined")),
      ownDay: () => page(),
      organizerDay: () => page(other("y-id", "OTHER")),
    });
    const view = await loadMeetingView(ctx, { key: KEY, folderName: FOLDER });
    expect(view.meeting).toMatchObject({ id: "own-single", myResponse: "tentativelyAccepted" });
    expect(view.meeting.attendees[0]?.response).toBe("declined");
  });

  it("forgives a failed lookup when another found the copy, and parses only the matching event", async () => {
    const { ctx } = setup({
      own: () => odata(500, "generalException"),
      ownDay: () => page({ id: "odd", iCalUId: "OTHER", start: "not a date" }, event("own-id", "declined", "none")),
    });
    const view = await loadMeetingView(ctx, { key: KEY, folderName: FOLDER });
    expect(view.meeting).toMatchObject({ id: "own-id", myResponse: "declined" });
  });

  it("follows the day's nextLink only until the copy is found", async () => {
    const next = `${graphRoot(DEMO_CONFIG)}/me/calendarView?$skiptoken=2`;
    const { ctx, gets } = setup(
      { ownDay: () => ({ status: 200, body: { value: [other("x-id", "OTHER")], "@odata.nextLink": next } }) },
      { "/me/calendarView?$skiptoken=2": { value: [event("own-id", "accepted", "none")], "@odata.nextLink": `${graphRoot(DEMO_CONFIG)}/me/calendarView?$skiptoken=3` } },
    );
    const view = await loadMeetingView(ctx, { key: KEY, folderName: FOLDER });
    expect(view.meeting.id).toBe("own-id");
    expect(gets).toEqual(["/me/calendarView?$skiptoken=2"]);
  });

  it("without a folder name, looks around the date Exchange wrote into the key, in the first batch", async () => {
    const goid = "040000008200E00074C5B7101A82E00807EA0C0BB0F3A5C1E25ADC0100000000000000001000000012345678";
    const withGoid = (id: string, response: string, attendee: string) => ({ ...event(id, response, attendee), iCalUId: goid });
    const { ctx, batches } = setup({
      ownDay: () => page(withGoid("own-id", "accepted", "none")),
      organizerDay: () => page(withGoid("org-id", "organizer", "accepted")),
    });
    const view = await loadMeetingView(ctx, { key: goid });
    expect(view.meeting).toMatchObject({ id: "own-id", iCalUId: goid });
    // The folder is found by its key in the first batch; its files need its id, so they come in a second.
    expect(batches).toEqual([["me", "own", "own@2026-12-11", "organizer", "organizer@2026-12-11", "items", "members", "keyed", "record", "series"], ["files"]]);
    expect(view.agenda.state === "ready" && view.agenda.value.items.flatMap((i) => i.attachments.map((a) => a.name))).toEqual(["1 - Protokoll.pdf", "Bilaga.pdf"]);
    // A folder dated otherwise (a moved meeting) adds its own day: still one batch, well under 20.
    const movedName = "2026-12-18 Kommundirektörsmöte";
    const moved = setup({
      ownDay: () => page(withGoid("own-id", "accepted", "none")),
      organizerDay: () => page(withGoid("org-id", "organizer", "accepted")),
      keyed: () => page(folderRow("40", goid, "2026-12-18T07:30:00Z", { id: "F", name: movedName })),
    });
    await loadMeetingView(moved.ctx, { key: goid, folderName: movedName });
    expect(moved.batches).toHaveLength(1);
    expect(moved.batches[0]!.filter((id) => id.includes("@"))).toEqual(["own@2026-12-18", "own@2026-12-11", "organizer@2026-12-18", "organizer@2026-12-11"]);
    expect(moved.batches[0]!.length).toBeLessThanOrEqual(20);
  });

  it("finds the folder by its MeetingKey when the meeting was moved or renamed: bilagor stay, one more round trip", async () => {
    const { ctx, batches, urls } = setup({
      // The name guessed from the new date and subject finds nothing; the key finds the folder under its first name.
      folder: () => odata(404, "itemNotFound"),
      files: (attempt) => (attempt === 1 ? odata(404, "itemNotFound") : defaults().files!(attempt)),
      keyed: () => page(folderRow("40", KEY, "2026-12-04T07:30:00Z", { id: "F", name: "2026-12-04 Kommundirektörsmöte" })),
    });
    const view = await loadMeetingView(ctx, { key: KEY, folderName: FOLDER });
    expect(view.folder).toEqual({ state: "ready", value: { id: "F", name: "2026-12-04 Kommundirektörsmöte", webUrl: "https://sp/F" } });
    expect(view.agenda.state === "ready" && view.agenda.value.items.map((i) => i.attachments.length)).toEqual([1, 1]);
    expect(batches[1]).toEqual(["files"]);
    expect(urls.at(-1)).toMatch(/\/drive\/items\/F\/children\?/);
  });

  it("never takes another meeting's folder that has this meeting's date and subject", async () => {
    const { ctx } = setup({
      keyed: () => page(),
      folder: () => ({ status: 200, body: { id: "G", name: FOLDER, webUrl: "https://sp/G", folder: {}, listItem: { id: "9", fields: { MeetingKey: "ANOTHER" } } } }),
    });
    const view = await loadMeetingView(ctx, { key: KEY, folderName: FOLDER });
    expect(view.folder).toEqual({ state: "ready", value: null });
    expect(view.agenda.state === "ready" && view.agenda.value.items.flatMap((i) => i.attachments)).toEqual([]);
  });

  it("takes an older folder by its name when it carries no key yet", async () => {
    const { ctx, batches } = setup({ keyed: () => page(), folder: () => ({ status: 200, body: { id: "F", name: FOLDER, webUrl: "https://sp/F", folder: {}, listItem: { id: "40", fields: {} } } }) });
    const view = await loadMeetingView(ctx, { key: KEY, folderName: FOLDER });
    expect(view.folder).toMatchObject({ state: "ready", value: { id: "F" } });
    expect(view.agenda.state === "ready" && view.agenda.value.items.map((i) => i.attachments.length)).toEqual([1, 1]);
    expect(batches).toHaveLength(1);
  });

  it("numbers the meeting among the group's meeting folders of its year, at its live start", async () => {
    // Moved to before November's meeting: counted at its new start, although its folder still says December.
    const moved = (id: string, response: string, attendee: string) => ({
      ...event(id, response, attendee),
      start: { dateTime: "2026-11-06T07:30:00.0000000", timeZone: "UTC" },
      end: { dateTime: "2026-11-06T10:30:00.0000000", timeZone: "UTC" },
    });
    const { ctx } = setup({ ownDay: () => page(moved("own-id", "accepted", "none")), organizerDay: () => page(moved("org-id", "organizer", "accepted")) });
    expect((await loadMeetingView(ctx, { key: KEY, folderName: FOLDER })).meetingNumber).toBe(1);
    expect((await loadMeetingView(setup().ctx, { key: KEY, folderName: FOLDER })).meetingNumber).toBe(2);
  });
});
