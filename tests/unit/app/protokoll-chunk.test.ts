/** *Skapa protokollutkast* when its chunk cannot be downloaded: a network failure the user can retry, not a bug. */
import { createUseCases } from "../../../src/app";
import type { AppPorts } from "../../../src/app";
import { draftView } from "../protokoll/fixtures";

jest.mock("../../../src/app/protokollDraft", () => {
  throw new Error("ChunkLoadError: Loading chunk protokoll-writer failed");
});

it("rejects with an AppFailure 'offline' and touches no port", async () => {
  const touched: string[] = [];
  const ports = new Proxy({} as AppPorts, { get: (_target, key) => (touched.push(String(key)), undefined) });
  const app = createUseCases(ports);
  touched.length = 0;
  const view = draftView({ id: "f", name: "2018-04-20 Kommundirektörsmöte", webUrl: "https://sp/f" });
  await expect(app.protokoll.createDraft(view, { groupName: "G" })).rejects.toMatchObject({ appError: { code: "offline" } });
  expect(touched).toEqual([]);
});
