import type { Person } from "../../../src/core";
import { formatSharingRecord, isSharingBlocked, parseSharingRecord, planSharing, shareWithAttendees } from "../../../src/core/sharing";
import type { ShareReport } from "../../../src/core/sharing";
import { failure, MemorySharing } from "./memory-sharing";

const p = (name: string, email: string): Person => ({ name, email });
const camilla = p("Camilla Nyström", "camilla.nystrom@orkelljunga.se");
const malin = p("Malin Östberg", "Malin.Ostberg@skane.se");
const oskar = p("Oskar Lind", "oskar.lind@nsva.se");
const karin = p("Karin Lindqvist", "karin.lindqvist@helsingborg.se");

const outcomes = (report: ShareReport): Record<string, string> => Object.fromEntries(report.results.map((r) => [r.person.email, r.outcome.kind]));

describe("the sharing record", () => {
  it("round-trips, lower-cases, drops duplicates and garbage, keeps pending entries", () => {
    const entries = parseSharingRecord("B@x.se\tp2\nnot a mail\n\na@x.se\t\nb@x.se\tp9\r\n<script>@\tp3");
    expect(entries).toEqual([
      { email: "b@x.se", permissionId: "p2" },
      { email: "a@x.se", permissionId: null },
      { email: "<script>@", permissionId: "p3" },
    ]);
    expect(parseSharingRecord(formatSharingRecord(entries))).toEqual([...entries].sort((x, y) => (x.email < y.email ? -1 : 1)));
    expect(formatSharingRecord([{ email: "b@x.se", permissionId: "1" }, { email: "a@x.se", permissionId: "2" }, { email: "a@x.se", permissionId: "2" }])).toBe("a@x.se\t2\na@x.se\t2\nb@x.se\t1");
    expect(parseSharingRecord("")).toEqual([]);
  });
});

describe("planSharing", () => {
  it("invites the uncovered, leaves hand-made permissions alone, and removes only our permissions of people no longer invited", () => {
    const plan = planSharing(
      [camilla, karin, oskar, p("Utan adress", ""), { ...camilla, email: "CAMILLA.NYSTROM@orkelljunga.se " }],
      [
        { id: "inh", emails: ["karin.lindqvist@helsingborg.se"], roles: ["write"], inherited: true },
        { id: "hand", emails: ["oskar.lind@nsva.se"], roles: ["read"], inherited: false },
        { id: "ours", emails: ["gone@x.se"], roles: ["read"], inherited: false },
      ],
      [
        { email: "gone@x.se", permissionId: "ours" },
        { email: "removed-by-hand@x.se", permissionId: "missing" },
        { email: "never-landed@x.se", permissionId: null },
      ],
    );
    expect(plan.invite.map((x) => x.email)).toEqual(["camilla.nystrom@orkelljunga.se", "karin.lindqvist@helsingborg.se"]);
    expect(plan.hadAccess.map((x) => x.email)).toEqual(["oskar.lind@nsva.se"]);
    expect(plan.remove).toEqual([{ email: "gone@x.se", permissionId: "ours" }]);
    expect(plan.record).toEqual([{ email: "gone@x.se", permissionId: "ours" }]);
  });
});

describe("shareWithAttendees", () => {
  it("shares, reports per person, and a rerun with a removed attendee removes only what it gave", async () => {
    const folder = new MemorySharing();
    const hand = folder.grantByHand("oskar.lind@nsva.se");
    const first = await shareWithAttendees(folder, "f", [camilla, malin, oskar]);
    expect(outcomes(first)).toEqual({ "camilla.nystrom@orkelljunga.se": "shared", "malin.ostberg@skane.se": "shared", "oskar.lind@nsva.se": "hadAccess" });
    expect(first.recordSaved).toBe(true);
    expect(folder.directEmails()).toEqual(["camilla.nystrom@orkelljunga.se", "malin.ostberg@skane.se", "oskar.lind@nsva.se"]);

    const again = await shareWithAttendees(folder, "f", [camilla, karin]);
    expect(outcomes(again)).toEqual({
      "camilla.nystrom@orkelljunga.se": "sharedBefore",
      "karin.lindqvist@helsingborg.se": "shared",
      "malin.ostberg@skane.se": "removed",
    });
    // Oskar left the meeting too, but his permission was given by hand: it stays.
    expect(folder.permissions.some((x) => x.id === hand)).toBe(true);
    expect(folder.directEmails()).toEqual(["camilla.nystrom@orkelljunga.se", "karin.lindqvist@helsingborg.se", "oskar.lind@nsva.se"]);
    expect(parseSharingRecord(folder.record).map((e) => e.email)).toEqual(["camilla.nystrom@orkelljunga.se", "karin.lindqvist@helsingborg.se"]);
  });

  it("writes nothing when nothing changes", async () => {
    const folder = new MemorySharing();
    await shareWithAttendees(folder, "f", [camilla]);
    folder.calls = [];
    const report = await shareWithAttendees(folder, "f", [camilla]);
    expect(folder.calls).toEqual(["read"]);
    expect(report).toEqual({ results: [{ person: { ...camilla }, outcome: { kind: "sharedBefore" } }], recordSaved: true });
  });

  it("reports a refused invite (external sharing off) per person and flags it as an admin setting", async () => {
    const folder = new MemorySharing();
    folder.refuse.set("camilla.nystrom@orkelljunga.se", "forbidden");
    folder.refuse.set("malin.ostberg@skane.se", "throttled");
    const report = await shareWithAttendees(folder, "f", [camilla, malin, karin]);
    expect(outcomes(report)).toEqual({ "camilla.nystrom@orkelljunga.se": "failed", "malin.ostberg@skane.se": "failed", "karin.lindqvist@helsingborg.se": "shared" });
    expect(isSharingBlocked(report)).toBe(true);
    expect(folder.directEmails()).toEqual(["karin.lindqvist@helsingborg.se"]);
    // The failed ones stay pending; the next run drops them (nothing landed) and tries again.
    folder.refuse.clear();
    const retry = await shareWithAttendees(folder, "f", [camilla, malin, karin]);
    expect(isSharingBlocked(retry)).toBe(false);
    expect(outcomes(retry)["camilla.nystrom@orkelljunga.se"]).toBe("shared");
    expect(folder.directEmails()).toEqual(["camilla.nystrom@orkelljunga.se", "karin.lindqvist@helsingborg.se", "malin.ostberg@skane.se"]);
  });

  it("an interruption after the invites (record never written) is finished by the next run, and those permissions stay ours", async () => {
    const folder = new MemorySharing();
    let writes = 0;
    folder.before = (call) => {
      if (call === "write" && ++writes === 2) throw failure("offline");
    };
    const cut = await shareWithAttendees(folder, "f", [camilla, malin]);
    expect(cut.recordSaved).toBe(false);
    expect(parseSharingRecord(folder.record).every((e) => e.permissionId === null)).toBe(true);
    folder.before = () => undefined;
    // Malin is removed from the meeting before the rerun: her pending permission is recognised as ours and removed.
    const rerun = await shareWithAttendees(folder, "f", [camilla]);
    expect(outcomes(rerun)).toEqual({ "camilla.nystrom@orkelljunga.se": "sharedBefore", "malin.ostberg@skane.se": "removed" });
    expect(folder.directEmails()).toEqual(["camilla.nystrom@orkelljunga.se"]);
    expect(parseSharingRecord(folder.record)).toEqual([{ email: "camilla.nystrom@orkelljunga.se", permissionId: expect.stringMatching(/^p-/) }]);
  });

  it("an interruption before any invite shares nothing and leaves a record the next run cleans up", async () => {
    const folder = new MemorySharing();
    folder.before = (call) => {
      if (call === "invite") throw failure("offline");
    };
    const cut = await shareWithAttendees(folder, "f", [camilla]);
    expect(outcomes(cut)).toEqual({ "camilla.nystrom@orkelljunga.se": "failed" });
    folder.before = () => undefined;
    // Camilla was removed meanwhile: her pending entry has no permission behind it, so nothing is revoked.
    folder.calls = [];
    const rerun = await shareWithAttendees(folder, "f", []);
    expect(rerun.results).toEqual([]);
    expect(folder.calls.filter((c) => c.startsWith("revoke"))).toEqual([]);
    expect(folder.record).toBe("");
  });

  it("a failed removal keeps the entry, so the next run tries again", async () => {
    const folder = new MemorySharing();
    await shareWithAttendees(folder, "f", [camilla]);
    folder.before = (call) => {
      if (call === "revoke") throw failure("throttled");
    };
    const report = await shareWithAttendees(folder, "f", []);
    expect(outcomes(report)).toEqual({ "camilla.nystrom@orkelljunga.se": "removeFailed" });
    folder.before = () => undefined;
    expect(outcomes(await shareWithAttendees(folder, "f", []))).toEqual({ "camilla.nystrom@orkelljunga.se": "removed" });
    expect(folder.directEmails()).toEqual([]);
  });

  it("two secretaries running at once: both records survive (eTag conflict re-read and merged), nobody's access is lost", async () => {
    const folder = new MemorySharing();
    const [a, b] = await Promise.all([shareWithAttendees(folder, "f", [camilla, karin]), shareWithAttendees(folder, "f", [camilla, karin, malin])]);
    expect(a.recordSaved && b.recordSaved).toBe(true);
    const recorded = parseSharingRecord(folder.record);
    // Every direct permission that exists is in the record (so a later removal can find it), and every attendee has access.
    for (const perm of folder.permissions.filter((x) => !x.inherited)) expect(recorded.map((e) => e.permissionId)).toContain(perm.id);
    expect(new Set(folder.directEmails())).toEqual(new Set(["camilla.nystrom@orkelljunga.se", "karin.lindqvist@helsingborg.se", "malin.ostberg@skane.se"]));
    const final = await shareWithAttendees(folder, "f", [karin]);
    expect(folder.directEmails()).toEqual(["karin.lindqvist@helsingborg.se"]);
    expect(final.results.filter((r) => r.outcome.kind === "removed").length).toBeGreaterThanOrEqual(2);
  });

  it("gives up after repeated conflicts on the reservation and says so by throwing, having shared nothing", async () => {
    const folder = new MemorySharing();
    folder.before = (call) => {
      if (call === "write") folder.version += 1;
    };
    await expect(shareWithAttendees(folder, "f", [camilla])).rejects.toMatchObject({ appError: { code: "conflict" } });
    expect(folder.directEmails()).toEqual([]);
  });

  it("reports recordSaved false when the final write keeps conflicting or the re-read fails", async () => {
    const folder = new MemorySharing();
    let writes = 0;
    folder.before = (call) => {
      if (call === "write" && ++writes >= 2) folder.version += 1;
    };
    expect((await shareWithAttendees(folder, "f", [camilla])).recordSaved).toBe(false);
    const other = new MemorySharing();
    let w = 0;
    let reads = 0;
    other.before = (call) => {
      if (call === "write" && ++w === 2) other.version += 1;
      if (call === "read" && ++reads === 2) throw failure("offline");
    };
    expect((await shareWithAttendees(other, "f", [camilla])).recordSaved).toBe(false);
  });

  it("wraps an unexpected error as unknown", async () => {
    const folder = new MemorySharing();
    folder.before = (call) => {
      if (call === "invite") throw new TypeError("bug");
    };
    const report = await shareWithAttendees(folder, "f", [camilla]);
    expect(report.results[0]?.outcome).toEqual({ kind: "failed", error: { code: "unknown", detail: "TypeError: bug" } });
  });
});
