/** The app server under hostile requests: no path outside dist/, no crash on a malformed address. */
import path from "node:path";
import { request } from "node:http";
import { startApp } from "../../src/server/app-server";
import type { RunningApp } from "../../src/server/app-server";

const DIST = path.resolve(process.env.SAMMANTRADE_DIST ?? "dist");

/** A raw GET (fetch would normalise "../" and reject some of these before sending). */
function rawGet(base: string, target: string): Promise<number> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const req = request({ hostname: hostname === "localhost" ? "127.0.0.1" : hostname, port, path: target, method: "GET" }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.setTimeout(5000, () => req.destroy(new Error(`no answer to ${target}`)));
    req.on("error", reject);
    req.end();
  });
}

let app: RunningApp;
beforeAll(async () => {
  app = await startApp({ port: 0, graphPort: 0, distDir: DIST, env: { ...process.env, GRAPH_BASE_URL: "" } });
});
afterAll(async () => {
  await app?.close();
});

describe("app server under hostile requests", () => {
  it.each(["/%E0%A4%A", "/%", "/assets/%ZZ.js"])("answers 400 to the malformed address %s and keeps serving", async (target) => {
    expect(await rawGet(app.appUrl, target)).toBe(400);
    expect(await rawGet(app.appUrl, "/teams.html")).toBe(200);
  });

  it.each(["/../package.json", "/..%2fpackage.json", "/%2e%2e/%2e%2e/etc/passwd", "/assets/..%2f..%2fpackage.json", "/..\\package.json"])(
    "serves nothing outside dist/: %s",
    async (target) => {
      expect(await rawGet(app.appUrl, target)).toBe(404);
    },
  );

  it("accepts only GET and HEAD", async () => {
    const response = await fetch(`${app.appUrl}/teams.html`, { method: "POST", body: "x" });
    expect(response.status).toBe(405);
  });
});
