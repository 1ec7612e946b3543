/** Serves the built pages with a Content-Security-Policy and their runtime configuration, next to the demo tenant. */
import { createServer } from "node:http";
import type { IncomingMessage, Server, ServerResponse } from "node:http";
import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import type { AddressInfo } from "node:net";
import { startDemoTenant } from "../demo-tenant/server";
import type { DemoTenant } from "../demo-tenant/server";
import { configFromEnv, mergeConfig } from "../config";
import type { AppConfig } from "../config";
import { contentSecurityPolicy } from "./csp";

/** Options of the app server; ports 0 pick free ones (tests). */
export interface AppServerOptions {
  port?: number;
  graphPort?: number;
  host?: string;
  distDir?: string;
  /** Demo tenant options (data, latency, faults); omitted fields come from the environment. */
  demo?: Parameters<typeof startDemoTenant>[0];
  /** Use an already running Graph (production or an external demo tenant) instead of starting one. */
  graphBaseUrl?: string;
  env?: Record<string, string | undefined>;
}

/** A running app: the page URLs, the Graph URL, the demo tenant handle. */
export interface RunningApp {
  appUrl: string;
  teamsUrl: string;
  outlookUrl: string;
  graphUrl: string;
  tenant: DemoTenant | null;
  config: AppConfig;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".json": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".zip": "application/zip",
  ".ico": "image/x-icon",
};

function escapeAttribute(value: string): string {
  return value.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

const CONFIG_META = /<meta name="sammantrade-config"[^>]*>/i;

/** Puts the runtime configuration into the page as a meta tag (replacing the one baked in at build): no inline script needed. */
export function injectConfig(html: string, config: AppConfig): string {
  const meta = `<meta name="sammantrade-config" content="${escapeAttribute(JSON.stringify(config))}" />`;
  return CONFIG_META.test(html) ? html.replace(CONFIG_META, () => meta) : html.replace(/<head>/i, () => `<head>\n    ${meta}`);
}

async function listen(server: Server, port: number, host: string): Promise<number> {
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => resolve());
  });
  return (server.address() as AddressInfo).port;
}

/** Starts the demo tenant (unless a Graph URL is given) and the static server of dist/. */
export async function startApp(options: AppServerOptions = {}): Promise<RunningApp> {
  const env = options.env ?? process.env;
  const host = options.host ?? env.HOST ?? "127.0.0.1";
  const publicHost = host === "127.0.0.1" || host === "0.0.0.0" ? "localhost" : host;
  const distDir = path.resolve(options.distDir ?? env.SAMMANTRADE_DIST ?? "dist");
  const port = options.port ?? Number(env.PORT ?? 3000);
  const server = createServer();
  const appPort = await listen(server, port, host);
  const appUrl = `http://${publicHost}:${appPort}`;

  let tenant: DemoTenant | null = null;
  let graphUrl = options.graphBaseUrl ?? env.GRAPH_BASE_URL ?? "";
  if (!graphUrl) {
    // Only the app's own pages may call the demo tenant from a browser (and reset it): not any page the user visits.
    const appOrigins = [...new Set([appUrl, `http://localhost:${appPort}`, `http://127.0.0.1:${appPort}`])];
    tenant = await startDemoTenant({ port: options.graphPort ?? appPort + 1, host, corsOrigin: appOrigins, ...options.demo });
    graphUrl = `http://${publicHost}:${tenant.port}`;
  }
  const config = mergeConfig(configFromEnv(env), {
    graphBaseUrl: graphUrl,
    appBaseUrl: appUrl,
    ...(tenant ? { sharePointOrigin: graphUrl, mode: "demo" } : {}),
  });
  const csp = contentSecurityPolicy(config);

  server.on("request", (req: IncomingMessage, res: ServerResponse) => {
    void serve(req, res, distDir, config, csp);
  });

  return {
    appUrl,
    teamsUrl: `${appUrl}/teams.html`,
    outlookUrl: `${appUrl}/outlook.html`,
    graphUrl,
    tenant,
    config,
    close: async () => {
      // close() waits for every open connection to end; a page still holding one (keep-alive, a pending request)
      // would keep it waiting for ever: end them at once, as the demo tenant does.
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await closed;
      if (tenant) await tenant.close();
    },
  };
}

function requestPath(req: IncomingMessage): string | null {
  try {
    return decodeURIComponent(new URL(req.url ?? "/", "http://localhost").pathname);
  } catch {
    // A malformed escape ("/%E0%A4%A") would otherwise be an unhandled rejection, and Node stops the whole server on one.
    return null;
  }
}

async function serve(req: IncomingMessage, res: ServerResponse, distDir: string, config: AppConfig, csp: string): Promise<void> {
  let pathname = requestPath(req);
  if (pathname === null) {
    res.writeHead(400, { "Content-Type": "text/plain; charset=utf-8" });
    res.end("Felaktig adress");
    return;
  }
  if (pathname === "/") pathname = "/teams.html";
  const file = path.resolve(distDir, `.${pathname}`);
  if (!file.startsWith(distDir + path.sep) || (req.method !== "GET" && req.method !== "HEAD")) {
    res.writeHead(req.method === "GET" || req.method === "HEAD" ? 404 : 405, { "Content-Type": "text/plain; charset=utf-8" });
    res.end("Hittades inte");
    return;
  }
  try {
    const info = await stat(file);
    if (!info.isFile()) throw new Error("not a file");
    const ext = path.extname(file);
    const headers: Record<string, string> = {
      "Content-Type": TYPES[ext] ?? "application/octet-stream",
      "X-Content-Type-Options": "nosniff",
      "Referrer-Policy": "strict-origin-when-cross-origin",
    };
    if (ext === ".html") {
      const html = injectConfig(await readFile(file, "utf8"), config);
      headers["Content-Security-Policy"] = csp;
      headers["Cache-Control"] = "no-cache";
      res.writeHead(200, headers);
      res.end(req.method === "HEAD" ? undefined : html);
      return;
    }
    headers["Cache-Control"] = pathname.startsWith("/assets/") ? "public, max-age=31536000, immutable" : "no-cache";
    res.writeHead(200, headers);
    res.end(req.method === "HEAD" ? undefined : await readFile(file));
  } catch {
    res.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" });
    res.end("Hittades inte");
  }
}
