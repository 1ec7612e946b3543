import { endRecord, openRecord, resumeRecord } from "../../../../src/app/record";
import { ExpectedFailure } from "../../../../src/core";
import { memoryRecord } from "./memoryPorts";

const meeting = { key: "M1", subject: "Kommundirektörsgruppen", startUtc: "2027-02-12T07:30:00Z", folderName: "2027-02-12 Kommundirektörsgruppen" };

describe("ending and resuming the record", () => {
  it("ends a running record and resumes it, one guarded write each", async () => {
    const rec = memoryRecord();
    const row = await openRecord(rec.ports, meeting);
    const ended = await endRecord(rec.ports, row);
    expect(ended.outcome).toBe("changed");
    expect(rec.rows[0]).toMatchObject({ state: "ended", etag: ended.row.etag });
    const resumed = await resumeRecord(rec.ports, ended.row);
    expect(resumed.outcome).toBe("changed");
    expect(rec.rows[0]?.state).toBe("inProgress");
  });

  it("ends over someone else's newer write of the row, keeping that write", async () => {
    const rec = memoryRecord();
    const row = await openRecord(rec.ports, meeting);
    // The stage moved meanwhile (another device): our eTag is stale.
    await rec.ports.register.update(row.id, row.etag, { currentItemId: "3" });
    const ended = await endRecord(rec.ports, row);
    expect(ended.outcome).toBe("changed");
    expect(rec.rows[0]).toMatchObject({ state: "ended", currentItemId: "3" });
  });

  it("writes nothing when another secretary ended it first, and says so", async () => {
    const rec = memoryRecord();
    const row = await openRecord(rec.ports, meeting);
    await endRecord(rec.ports, row);
    const etag = rec.rows[0]?.etag;
    const again = await endRecord(rec.ports, row);
    expect(again.outcome).toBe("unchanged");
    expect(again.row.state).toBe("ended");
    expect(rec.rows[0]?.etag).toBe(etag);
    // Likewise resuming a record someone already resumed.
    const resumed = await resumeRecord(rec.ports, again.row);
    expect((await resumeRecord(rec.ports, again.row)).outcome).toBe("unchanged");
    expect(rec.rows[0]?.etag).toBe(resumed.row.etag);
  });

  it("refuses to resume a record sent for justering or justerat, and does not end it backwards", async () => {
    for (const state of ["forApproval", "approved"] as const) {
      const rec = memoryRecord();
      const { row } = await endRecord(rec.ports, await openRecord(rec.ports, meeting));
      // Sent on for justering after this panel last read the row as avslutat.
      const later = await rec.ports.register.update(row.id, row.etag, { state });
      const refused = await resumeRecord(rec.ports, row);
      expect(refused).toMatchObject({ outcome: "refused", row: { state } });
      const ended = await endRecord(rec.ports, later);
      expect(ended).toMatchObject({ outcome: "unchanged", row: { state } });
      expect(rec.rows[0]?.etag).toBe(later.etag);
    }
  });

  it("passes a failed write on and leaves the row as it was", async () => {
    const rec = memoryRecord();
    const row = await openRecord(rec.ports, meeting);
    rec.ports.register.update = async () => {
      throw new ExpectedFailure("offline");
    };
    await expect(endRecord(rec.ports, row)).rejects.toMatchObject({ appError: { code: "offline" } });
    expect(rec.rows[0]?.state).toBe("inProgress");
  });
});
