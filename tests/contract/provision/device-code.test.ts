/** Device code sign-in (RFC 8628) against a local stand-in for login.microsoftonline.com, and the command signed in by it. */
import { createServer } from "node:http";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { DeviceCodeError, signInWithDeviceCode } from "../../../src/services/auth/device-code";
import type { DemoTenant } from "../../../src/demo-tenant/server";
import { runProvisionCommand } from "../../../scripts/provision-command";
import { ORGANIZER, startTenant } from "../services/harness";

/** Token endpoint answers, in order; the last one repeats. */
let answers: { status: number; body: Record<string, unknown> }[] = [];
let seen: { path: string; form: URLSearchParams }[] = [];
let login: Server;
let authority: string;

beforeAll(async () => {
  login = createServer((req, res) => {
    let raw = "";
    req.on("data", (c: Buffer) => (raw += c.toString("utf8")));
    req.on("end", () => {
      const form = new URLSearchParams(raw);
      seen.push({ path: req.url ?? "", form });
      const answer = req.url?.endsWith("/devicecode")
        ? { status: 200, body: { device_code: "DEV-123", user_code: "ABCD-EFGH", verification_uri: "https://microsoft.com/devicelogin", expires_in: 900, interval: 1, message: "Gå till https://microsoft.com/devicelogin och ange koden ABCD-EFGH." } }
        : (answers.length > 1 ? answers.shift() : answers[0]) ?? { status: 500, body: {} };
      res.writeHead(answer.status, { "Content-Type": "application/json" });
      res.end(JSON.stringify(answer.body));
    });
  });
  await new Promise<void>((resolve) => login.listen(0, "127.0.0.1", resolve));
  authority = `http://127.0.0.1:${(login.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => login.close(() => resolve())));
beforeEach(() => {
  seen = [];
  answers = [];
});

const pending = { status: 400, body: { error: "authorization_pending", error_description: "AADSTS70016: pending" } };

function signIn(waits: number[], prompts: string[] = []): Promise<string> {
  return signInWithDeviceCode({
    clientId: "11111111-2222-3333-4444-555555555555",
    tenantId: "familjenhelsingborg.se",
    scopes: ["https://graph.microsoft.com/Sites.Manage.All"],
    prompt: (m) => prompts.push(m),
    authority,
    sleep: (ms) => {
      waits.push(ms);
      return Promise.resolve();
    },
  });
}

describe("signInWithDeviceCode", () => {
  it("shows the code, polls while pending at the server's interval, and returns the token", async () => {
    answers = [pending, pending, { status: 200, body: { token_type: "Bearer", access_token: "eyJ.token", expires_in: 3600 } }];
    const waits: number[] = [];
    const prompts: string[] = [];
    await expect(signIn(waits, prompts)).resolves.toBe("eyJ.token");
    expect(prompts).toEqual([expect.stringContaining("ABCD-EFGH")]);
    expect(waits).toEqual([1000, 1000, 1000]);
    expect(seen[0]?.path).toBe("/familjenhelsingborg.se/oauth2/v2.0/devicecode");
    expect(seen[0]?.form.get("scope")).toBe("https://graph.microsoft.com/Sites.Manage.All");
    expect(seen[1]?.form.get("grant_type")).toBe("urn:ietf:params:oauth:grant-type:device_code");
    expect(seen[1]?.form.get("device_code")).toBe("DEV-123");
  });

  it("slow_down adds five seconds to every later poll", async () => {
    answers = [{ status: 400, body: { error: "slow_down" } }, pending, { status: 200, body: { access_token: "t" } }];
    const waits: number[] = [];
    await signIn(waits);
    expect(waits).toEqual([1000, 6000, 6000]);
  });

  it.each([
    ["authorization_declined", "nekade"],
    ["expired_token", "gick ut"],
    ["invalid_client", "Allow public client flows"],
  ])("%s ends the sign-in with a Swedish reason", async (error, text) => {
    answers = [{ status: 400, body: { error } }];
    const failure = signIn([]);
    await expect(failure).rejects.toBeInstanceOf(DeviceCodeError);
    await expect(failure).rejects.toThrow(text);
  });
});

describe("npm run provision signed in with a device code", () => {
  let tenant: DemoTenant;
  beforeAll(async () => {
    tenant = await startTenant({ emptySite: true });
  });
  afterAll(() => tenant.close());

  it("uses the token the sign-in returned, and tells the user to sign in as the site owner", async () => {
    // The stand-in issues the demo tenant's token, so the whole path runs: sign-in, then provisioning with it.
    answers = [{ status: 200, body: { access_token: `demo:${ORGANIZER}` } }];
    let out = "";
    let err = "";
    const code = await runProvisionCommand(
      [],
      { SAMMANTRADE_MODE: "production", GRAPH_BASE_URL: tenant.url, SITE_ID: "familjenhelsingborg.sharepoint.com:/sites/kdgrupp:", AAD_CLIENT_ID: "11111111-2222-3333-4444-555555555555", AAD_TENANT_ID: "familjenhelsingborg.se", LOGIN_AUTHORITY: authority },
      { out: (t) => (out += t), err: (t) => (err += t) },
    );
    expect(err).toContain("ABCD-EFGH");
    expect(err).toContain("webbplatsens ägare");
    expect(out).toContain("Skapade listan Dagordning");
    expect(code).toBe(0);
  }, 15000);

  it("a wrong argument is named in Swedish with the usage, exit 2, before any sign-in", async () => {
    let err = "";
    const code = await runProvisionCommand(["--chek"], { SAMMANTRADE_MODE: "production" }, { out: () => undefined, err: (t) => (err += t) });
    expect(code).toBe(2);
    expect(err).toMatch(/^Okänt argument: --chek\n\nAnvändning: npm run provision/);
    expect(seen).toEqual([]);
  });

  it("refuses production without a client id or a site, naming the variable", async () => {
    const run = async (env: Record<string, string>) => {
      let err = "";
      const code = await runProvisionCommand([], { SAMMANTRADE_MODE: "production", GRAPH_BASE_URL: tenant.url, ...env }, { out: () => undefined, err: (t) => (err += t) });
      return { code, err };
    };
    expect(await run({})).toEqual({ code: 1, err: expect.stringContaining("SITE_ID saknas") });
    expect(await run({ SITE_ID: "x.sharepoint.com,1,2" })).toEqual({ code: 1, err: expect.stringContaining("AAD_CLIENT_ID saknas") });
  });
});
