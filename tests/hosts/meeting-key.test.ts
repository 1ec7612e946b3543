import { GraphError } from "../../src/services/graph/errors";
import type { GraphHttp } from "../../src/services/graph/graph-http";
import { DEFAULT_RETRY_POLICY } from "../../src/services/graph/retry";
import type { RetryPolicy } from "../../src/services/graph/retry";
import { createMeetingKeyResolver, SYNC_WAIT_SECONDS } from "../../src/services/office/meeting-key";

function http(answers: (unknown | GraphError)[], policy: Partial<RetryPolicy> = {}): { http: GraphHttp; paths: string[]; sleeps: number[] } {
  const paths: string[] = [];
  const sleeps: number[] = [];
  let clock = 0;
  const sleep = async (ms: number): Promise<void> => {
    sleeps.push(ms);
    clock += ms;
  };
  const fake = {
    policy: { ...DEFAULT_RETRY_POLICY, sleep, now: () => clock, ...policy },
    json: async ({ path }: { path: string }) => {
      paths.push(path);
      const next = answers.shift();
      if (next instanceof GraphError) throw next;
      return next;
    },
  };
  return { http: fake as unknown as GraphHttp, paths, sleeps };
}

describe("meeting key resolver (saveAsync -> getItemIdAsync -> Graph)", () => {
  it("reads the iCalUId of the event by its REST id, waiting while a just-saved item syncs", async () => {
    const { http: h, paths, sleeps } = http([new GraphError("notFound", "syncing"), { iCalUId: "040000008200E0" }]);
    const resolver = createMeetingKeyResolver(h);
    await expect(resolver.meetingKeyOf("AAMk/+=")).resolves.toBe("040000008200E0");
    expect(paths).toEqual(["/me/events/AAMk%2F%2B%3D?$select=iCalUId", "/me/events/AAMk%2F%2B%3D?$select=iCalUId"]);
    expect(sleeps).toEqual([SYNC_WAIT_SECONDS * 1000]);
  });

  it("looks a delegate's item up in the owner's mailbox", async () => {
    const { http: h, paths } = http([{ iCalUId: "040000008200E0" }]);
    await expect(createMeetingKeyResolver(h).meetingKeyOf("AAMk=", "elin.sjoberg@familjenhelsingborg.se")).resolves.toBe("040000008200E0");
    expect(paths).toEqual(["/users/elin.sjoberg%40familjenhelsingborg.se/events/AAMk%3D?$select=iCalUId"]);
  });

  it("gives up after the attempts, and rejects other errors and answers without a key at once", async () => {
    const notFound = () => new GraphError("notFound", "x");
    const twice = http([notFound(), notFound(), { iCalUId: "late" }], { maxAttempts: 2 });
    await expect(createMeetingKeyResolver(twice.http).meetingKeyOf("a")).rejects.toMatchObject({ appError: { code: "notFound" } });
    expect(twice.paths).toHaveLength(2);
    await expect(createMeetingKeyResolver(http([new GraphError("forbidden", "x")]).http).meetingKeyOf("a")).rejects.toMatchObject({ appError: { code: "forbidden" } });
    await expect(createMeetingKeyResolver(http([{ id: "x" }]).http).meetingKeyOf("a")).rejects.toMatchObject({ appError: { code: "invalidResponse" } });
  });

  it("waits for the sync only within the one retry budget (attempts and deadline of GRAPH_RETRY_BUDGET)", async () => {
    const never = http(Array.from({ length: 20 }, () => new GraphError("notFound", "x")));
    await expect(createMeetingKeyResolver(never.http).meetingKeyOf("a")).rejects.toMatchObject({ appError: { code: "notFound" } });
    expect(never.paths).toHaveLength(DEFAULT_RETRY_POLICY.maxAttempts);
    const slowClock = http(Array.from({ length: 20 }, () => new GraphError("notFound", "x")), { deadlineSeconds: 3 });
    await expect(createMeetingKeyResolver(slowClock.http).meetingKeyOf("a")).rejects.toMatchObject({ appError: { code: "notFound" } });
    // One 2 s wait fits 3 s; a second would end at 4 s, past the deadline.
    expect(slowClock.sleeps).toEqual([SYNC_WAIT_SECONDS * 1000]);
  });
});
