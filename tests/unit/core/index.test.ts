import * as core from "../../../src/core";
import { isAppFailure } from "../../../src/core/errors";

describe("core barrel", () => {
  it("exposes the pure API by name", () => {
    for (const name of ["buildAgenda", "attachmentTitle", "buildAttendance", "formatDate", "formatTimeRange", "meetingNumber", "folderName", "planMove", "splitDecisions", "isAppFailure"]) {
      expect(typeof (core as Record<string, unknown>)[name]).toBe("function");
    }
    expect(core.MUNICIPALITIES).toHaveLength(11);
  });

  it("has no export that resolves to undefined (a re-export of a renamed function would)", () => {
    const undefinedExports = Object.keys(core).filter((name) => (core as Record<string, unknown>)[name] === undefined);
    expect(undefinedExports).toEqual([]);
    expect(core.STOCKHOLM).toBe("Europe/Stockholm");
    expect(core.SECRETARIAT).toBe("sekretariatet");
  });
});

describe("isAppFailure", () => {
  it("recognises errors carrying an AppError and nothing else", () => {
    const failure = Object.assign(new Error("throttled"), { appError: { code: "throttled" } });
    expect(isAppFailure(failure)).toBe(true);
    expect(isAppFailure(new Error("plain"))).toBe(false);
    expect(isAppFailure({ appError: { code: "forbidden" } })).toBe(false);
    expect(isAppFailure(Object.assign(new Error("x"), { appError: { code: 3 } }))).toBe(false);
  });
});
