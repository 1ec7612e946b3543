import { GraphError } from "../../src/services/graph/errors";
import type { GraphHttp } from "../../src/services/graph/graph-http";
import { createMeetingKeyResolver } from "../../src/services/office/meeting-key";

function http(answers: (unknown | GraphError)[]): { http: GraphHttp; paths: string[] } {
  const paths: string[] = [];
  const fake = {
    json: async ({ path }: { path: string }) => {
      paths.push(path);
      const next = answers.shift();
      if (next instanceof GraphError) throw next;
      return next;
    },
  };
  return { http: fake as unknown as GraphHttp, paths };
}

describe("meeting key resolver (saveAsync -> getItemIdAsync -> Graph)", () => {
  it("reads the iCalUId of the event by its REST id, waiting while a just-saved item syncs", async () => {
    const { http: h, paths } = http([new GraphError("notFound", "syncing"), { iCalUId: "040000008200E0" }]);
    const sleeps: number[] = [];
    const resolver = createMeetingKeyResolver(h, { delayMs: 10, sleep: async (ms) => void sleeps.push(ms) });
    await expect(resolver.meetingKeyOf("AAMk/+=")).resolves.toBe("040000008200E0");
    expect(paths).toEqual(["/me/events/AAMk%2F%2B%3D?$select=iCalUId", "/me/events/AAMk%2F%2B%3D?$select=iCalUId"]);
    expect(sleeps).toEqual([10]);
  });

  it("looks a delegate's item up in the owner's mailbox", async () => {
    const { http: h, paths } = http([{ iCalUId: "040000008200E0" }]);
    await expect(createMeetingKeyResolver(h).meetingKeyOf("AAMk=", "elin.sjoberg@familjenhelsingborg.se")).resolves.toBe("040000008200E0");
    expect(paths).toEqual(["/users/elin.sjoberg%40familjenhelsingborg.se/events/AAMk%3D?$select=iCalUId"]);
  });

  it("gives up after the attempts, and rejects other errors and answers without a key at once", async () => {
    const sleep = async (): Promise<void> => undefined;
    const notFound = () => new GraphError("notFound", "x");
    await expect(createMeetingKeyResolver(http([notFound(), notFound()]).http, { attempts: 2, sleep }).meetingKeyOf("a")).rejects.toMatchObject({ appError: { code: "notFound" } });
    await expect(createMeetingKeyResolver(http([new GraphError("forbidden", "x")]).http, { sleep }).meetingKeyOf("a")).rejects.toMatchObject({ appError: { code: "forbidden" } });
    await expect(createMeetingKeyResolver(http([{ id: "x" }]).http, { sleep }).meetingKeyOf("a")).rejects.toMatchObject({ appError: { code: "invalidResponse" } });
  });
});
