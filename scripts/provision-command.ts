/** `npm run provision [-- --check]`: prepares the group's SharePoint site (lists, library, columns) or checks it. */
import { parseArgs } from "node:util";
import { configFromEnv, DEMO_CONFIG } from "../src/config";
import { isAppFailure } from "../src/core/errors";
import { demoOptionsFromEnv, startDemoTenant } from "../src/demo-tenant/server";
import { DeviceCodeError, signInWithDeviceCode } from "../src/services/auth/device-code";
import { graphScopes, PROVISIONING_SCOPES } from "../src/services/auth/scopes";
import { graphContext } from "../src/services/graph/context";
import { createGraphHttp } from "../src/services/graph/graph-path";
import { isGraphError } from "../src/services/graph/errors";
import { provisionSite } from "../src/services/provision/provision";
import { formatCheckTable, formatVerdict } from "../src/services/provision/report";
import type { CommandIo, Connection } from "./command-io";

/** Usage, printed on --help and on wrong arguments. */
export const USAGE = `Användning: npm run provision [-- --check]

Skapar det Sammanträde behöver på gruppens SharePoint-webbplats (SITE_ID): listan Dagordning, biblioteket
Möteshandlingar och deras kolumner. Tar aldrig bort eller ändrar något som finns. En andra körning ändrar inget.
  --check   ändra ingenting; visa en tabell över listor och kolumner (finns / saknas / fel typ / saknar index / saknar val)
            och avsluta med felkod om Sammanträde inte kan arbeta på webbplatsen

Inloggning: med enhetskod som webbplatsens ägare (AAD_CLIENT_ID, AAD_TENANT_ID, SAMMANTRADE_MODE=production),
eller GRAPH_TOKEN (en åtkomsttoken med Sites.Manage.All; demotenanten: demo:<e-post>).
Utan GRAPH_BASE_URL och utan SAMMANTRADE_MODE=production körs mot demotenanten i processen
(DEMO_EMPTY_SITE=1 för en tom webbplats, DEMO_PERSIST=1 för att behålla ändringarna).
`;

async function connect(env: Record<string, string | undefined>, io: CommandIo): Promise<Connection> {
  const config = configFromEnv(env);
  if (env.GRAPH_BASE_URL || config.mode === "production") {
    if (config.mode === "production" && config.siteId === DEMO_CONFIG.siteId) throw new Error("SITE_ID saknas: ange gruppens webbplats (”{värdnamn},{webbplatssamlingens id},{webbens id}”).");
    if (env.GRAPH_TOKEN) return { config, token: env.GRAPH_TOKEN, tenant: null };
    if (config.mode === "demo") return { config, token: `demo:${config.organizerMailbox}`, tenant: null };
    if (config.aadClientId === DEMO_CONFIG.aadClientId) throw new Error("AAD_CLIENT_ID saknas: ange appregistreringens klient-id (eller GRAPH_TOKEN).");
    const token = await signInWithDeviceCode({
      clientId: config.aadClientId,
      tenantId: config.aadTenantId,
      scopes: graphScopes(PROVISIONING_SCOPES),
      prompt: (message) => io.err(`${message}\nLogga in som webbplatsens ägare.\n`),
      ...(env.LOGIN_AUTHORITY ? { authority: env.LOGIN_AUTHORITY } : {}),
    });
    return { config, token, tenant: null };
  }
  const tenant = await startDemoTenant({ ...demoOptionsFromEnv(env), port: 0, host: "127.0.0.1", quiet: true });
  return { config: { ...config, graphBaseUrl: tenant.url, sharePointOrigin: tenant.url }, token: env.GRAPH_TOKEN ?? `demo:${config.organizerMailbox}`, tenant };
}

function explain(error: unknown): string {
  if (isGraphError(error) && error.status === 403) {
    return "Kontot får inte skapa listor och kolumner på webbplatsen. Logga in som webbplatsens ägare (Fullständig behörighet) med en token som har Sites.Manage.All.";
  }
  if (isGraphError(error) && error.status === 404) return "Webbplatsen (SITE_ID) hittades inte, eller kontot kan inte se den.";
  if (isGraphError(error) && error.status === 401) return "Token godtogs inte (utgången eller fel tenant). Logga in igen.";
  if (error instanceof DeviceCodeError) return error.message;
  if (isAppFailure(error)) return error.appError.detail ?? error.appError.code;
  return error instanceof Error ? error.message : String(error);
}

/** Runs the command; returns the process exit code (0: the site is usable; 1: it is not, or the run failed; 2: usage). */
export async function runProvisionCommand(argv: string[], env: Record<string, string | undefined>, io: CommandIo): Promise<number> {
  let args;
  try {
    args = parseArgs({ args: argv, options: { check: { type: "boolean" }, help: { type: "boolean" } }, strict: true, allowPositionals: false }).values;
  } catch {
    io.err(`Okänt argument: ${argv.join(" ")}\n\n${USAGE}`);
    return 2;
  }
  if (args.help) {
    io.out(USAGE);
    return 0;
  }
  const check = args.check === true;
  let connection: Connection | null = null;
  try {
    connection = await connect(env, io);
    const { config, token } = connection;
    const http = createGraphHttp(config, { getToken: () => Promise.resolve(token) });
    const result = await provisionSite(graphContext(http, config, http.policy), { check });
    io.out(`Webbplats: ${config.siteId}\n\n`);
    if (!check) {
      io.out(result.done.length === 0 ? "Inga ändringar: webbplatsen hade redan allt som kan skapas.\n\n" : `${result.done.join("\n")}\n\n`);
    }
    io.out(`${formatCheckTable(result.after)}\n\n${formatVerdict(result.after)}\n`);
    if (connection.tenant && !check && result.done.length > 0 && !env.DEMO_PERSIST) io.out("(Demotenanten i processen: ändringarna försvinner när kommandot avslutas; DEMO_PERSIST=1 behåller dem.)\n");
    return result.after.usable ? 0 : 1;
  } catch (error) {
    io.err(`${check ? "Kontrollen" : "Provisioneringen"} kunde inte göras: ${explain(error)}\n`);
    return 1;
  } finally {
    await connection?.tenant?.close();
  }
}
