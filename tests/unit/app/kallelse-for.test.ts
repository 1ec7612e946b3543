/**
 * #12.2 (kallelse part): when the folder's files cannot be read (403, or 503 past the retry budget) *Infoga kallelse*
 * refuses instead of inserting a kallelse with its bilagor silently missing. The view comes from the real loader over
 * a fake $batch, so the test also holds the loader to reporting the failure.
 */
import { DEMO_CONFIG } from "../../../src/config";
import { graphContext } from "../../../src/services/graph/context";
import type { GraphCall, GraphHttp } from "../../../src/services/graph/graph-http";
import { loadMeetingView } from "../../../src/services/graph/meeting-view";
import type { RetryPolicy } from "../../../src/services/graph/retry";
import { kallelseFor, linkTargets } from "../../../src/app/kallelseFor";
import type { AppointmentFacts } from "../../../src/app/facts";

type Answer = { status: number; body?: unknown; headers?: Record<string, string> };

const KEY = "0400KEY";
const FOLDER = "2026-12-11 Kommundirektörsmöte";
const organizer = { emailAddress: { name: "Elin Sjöberg", address: "elin.sjoberg@familjenhelsingborg.se" } };
const event = {
  id: "org-id",
  iCalUId: KEY,
  subject: "Kommundirektörsmöte",
  start: { dateTime: "2026-12-11T07:30:00.0000000", timeZone: "UTC" },
  end: { dateTime: "2026-12-11T10:30:00.0000000", timeZone: "UTC" },
  organizer,
  attendees: [],
  responseStatus: { response: "organizer" },
};
const odata = (status: number, code: string): Answer => ({ status, body: { error: { code, message: code } } });
const file = (id: string, name: string) => ({ id, name, webUrl: `http://localhost:3001/sites/kd/M%C3%B6teshandlingar/${id}`, size: 1, file: {}, listItem: { fields: {} } });
const item = (id: string, n: number) => ({ id, eTag: `"{${id}},1"`, fields: { Title: `Ärende ${n}`, MeetingKey: KEY, ItemNumber: n, Kind: "beslut" } });

function answers(files: () => Answer): Record<string, () => Answer> {
  return {
    me: () => ({ status: 200, body: { displayName: "Elin Sjöberg", mail: "elin.sjoberg@familjenhelsingborg.se" } }),
    own: () => ({ status: 200, body: { value: [] } }),
    organizer: () => ({ status: 200, body: { value: [] } }),
    ownDay: () => ({ status: 200, body: { value: [event] } }),
    organizerDay: () => ({ status: 200, body: { value: [event] } }),
    items: () => ({ status: 200, body: { value: [item("1", 1), item("2", 2)] } }),
    members: () => ({ status: 200, body: { value: [] } }),
    folder: () => ({ status: 200, body: { id: "F", name: FOLDER, webUrl: "http://localhost:3001/sites/kd/M%C3%B6teshandlingar/F", folder: {} } }),
    files,
    series: () => ({ status: 200, body: { value: [] } }),
    keyed: () => ({ status: 200, body: { value: [] } }),
    record: () => ({ status: 200, body: { value: [] } }),
  };
}

async function view(files: () => Answer) {
  const handlers = answers(files);
  const http = {
    json: (call: GraphCall) => {
      const requests = (call.body as { requests: { id: string }[] }).requests;
      return Promise.resolve({
        responses: requests.map((r) => {
          const answer = handlers[r.id.replace(/@.*$/, "Day")]!();
          return { id: r.id, status: answer.status, headers: answer.headers ?? {}, body: answer.body ?? null };
        }),
      });
    },
  } as unknown as GraphHttp;
  const policy: RetryPolicy = { maxAttempts: 3, maxWaitSeconds: 1, deadlineSeconds: 2, baseBackoffSeconds: 0, sleep: () => Promise.resolve(), now: () => Date.now() };
  return loadMeetingView(graphContext(http, DEMO_CONFIG, policy), { key: KEY, folderName: FOLDER });
}

const facts: AppointmentFacts = {
  mode: "organizer",
  subject: "Kommundirektörsmöte",
  startUtc: "2026-12-11T07:30:00Z",
  endUtc: "2026-12-11T10:30:00Z",
  location: "Mindpark",
  required: [],
  optional: [],
  owner: null,
  organizerMail: null,
};

const build = async (files: () => Answer) =>
  kallelseFor(facts, await view(files), "", "Kommundirektörsgruppen", DEMO_CONFIG, { nowUtc: "2026-12-04T09:00:00Z", shortLinks: new Map() });

describe("kallelseFor with unreadable files", () => {
  it("refuses when the folder's files answer 403", async () => {
    expect(await build(() => odata(403, "accessDenied"))).toEqual({ kind: "bilagorUnreadable", error: expect.objectContaining({ code: "forbidden" }) });
  });

  it("refuses when the files answer 503 past the retry budget", async () => {
    expect(await build(() => ({ ...odata(503, "serviceNotAvailable"), headers: { "Retry-After": "0" } }))).toMatchObject({ kind: "bilagorUnreadable" });
  });

  it("builds the kallelse when the files are read, every bilaga with its link, and asks short links for files, folder and PDF", async () => {
    const files = () => ({
      status: 200,
      body: { value: [file("a", "1 Underlag.pdf"), file("b", "2 Yttrande.docx"), file("p", "Kallelse med handlingar, möte 11-2026.pdf")] },
    });
    const built = await build(files);
    if (built.kind !== "ready") throw new Error(built.kind);
    expect(built.kallelse.items.flatMap((i) => i.attachments.map((a) => a.label))).toEqual(["Bilaga 1 – Underlag", "Bilaga 2 – Yttrande"]);
    expect(built.kallelse.papers.map((p) => p.url).filter((u) => u !== null)).toEqual([
      "http://localhost:3001/sites/kd/M%C3%B6teshandlingar/p",
      "http://localhost:3001/sites/kd/M%C3%B6teshandlingar/F",
    ]);
    expect(built.kallelse.issued).toBe("Helsingborg 4 december 2026");
    expect(linkTargets(await view(files))).toEqual(["a", "b", "F", "p"]);
    // The kallelse inside the PDF does not point at an older copy of the PDF.
    const inside = kallelseFor(facts, await view(files), "", "K", DEMO_CONFIG, { nowUtc: "2026-12-04T09:00:00Z", shortLinks: new Map(), linkHandlingarPdf: false });
    expect(inside.kind === "ready" && inside.kallelse.papers.map((p) => p.url).filter((u) => u !== null)).toEqual(["http://localhost:3001/sites/kd/M%C3%B6teshandlingar/F"]);
  });

  it("builds a kallelse without bilagor when the folder does not exist yet (nothing is missing)", async () => {
    expect((await build(() => odata(404, "itemNotFound"))).kind).toBe("ready");
  });
});
