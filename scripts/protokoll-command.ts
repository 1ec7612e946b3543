/** `npm run protokoll`: drafts a meeting's protokoll from the configured tenant, or from the demo tenant in-process. */
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { configFromEnv } from "../src/config";
import { isAppFailure } from "../src/core/errors";
import { errorMessage } from "../src/core/i18n/errors";
import { demoOptionsFromEnv, startDemoTenant } from "../src/demo-tenant/server";
import { createProtokollDraft, draftBytesWithDirectory, recordForDraft } from "../src/app/protokollDraft";
import type { DraftPorts } from "../src/app";
import { protokollFromView } from "../src/core/protokoll";
import type { DraftOptions } from "../src/core/protokoll";
import { createServices } from "../src/services";
import { isProtokollTemplateError } from "../src/services/documents/protokoll-template";
import { loadedDocumentWriters } from "../src/services/documents/writers";
import type { CommandIo, Connection } from "./command-io";

/** Usage, printed on --help and on wrong arguments. */
export const USAGE = `Användning: npm run protokoll -- --meeting <iCalUId> [--out fil.docx] [--folder <mappnamn>] [--justerare <namn>]… [--mall mall.docx]

Skapar ett protokollutkast för mötet.
  --out        skriv utkastet till filen i stället för att ladda upp det till mötesmappen
  --folder     mötesmappens namn ("YYYY-MM-DD <ämne>"), sparar en rundresa
  --justerare  lägg till en justerare i underskrifterna (kan upprepas)
  --mall       använd den här Word-mallen i stället för gruppens (PROTOKOLL_TEMPLATE i biblioteket) eller den inbyggda

Miljö: GRAPH_BASE_URL och GRAPH_TOKEN för en riktig tenant (för demotenanten: GRAPH_TOKEN=demo:<organisatörens e-post>).
Utan GRAPH_BASE_URL startas demotenanten i processen (DEMO_DATA, DEMO_PERSIST=1 för att behålla uppladdningen).
`;

async function connect(env: Record<string, string | undefined>): Promise<Connection> {
  const config = configFromEnv(env);
  if (env.GRAPH_BASE_URL) {
    const token = env.GRAPH_TOKEN ?? (config.mode === "demo" ? `demo:${config.organizerMailbox}` : "");
    if (token === "") throw new Error("GRAPH_TOKEN saknas: ange en åtkomsttoken för Microsoft Graph.");
    return { config, token, tenant: null };
  }
  const tenant = await startDemoTenant({ ...demoOptionsFromEnv(env), port: 0, host: "127.0.0.1", quiet: true });
  // The secretariat's token: only the organizer's copy of the event carries everyone's answers.
  return {
    config: { ...config, mode: "demo", graphBaseUrl: tenant.url, sharePointOrigin: tenant.url },
    token: env.GRAPH_TOKEN ?? `demo:${config.organizerMailbox}`,
    tenant,
  };
}

function explain(error: unknown): string {
  // A template mistake is the secretariat's to fix: its own sentence names the placeholder and the file.
  if (isProtokollTemplateError(error)) return error.userMessage("sv");
  if (isAppFailure(error)) return `${errorMessage(error.appError.code, "sv")}${error.appError.detail ? ` (${error.appError.detail})` : ""}`;
  return error instanceof Error ? error.message : String(error);
}

/** Runs the command; returns the process exit code. */
export async function runProtokollCommand(argv: string[], env: Record<string, string | undefined>, io: CommandIo): Promise<number> {
  let args;
  try {
    args = parseArgs({
      args: argv,
      options: { meeting: { type: "string" }, out: { type: "string" }, folder: { type: "string" }, justerare: { type: "string", multiple: true }, mall: { type: "string" }, help: { type: "boolean" } },
      strict: true,
    }).values;
  } catch (error) {
    io.err(`${explain(error)}\n\n${USAGE}`);
    return 2;
  }
  if (args.help) {
    io.out(USAGE);
    return 0;
  }
  if (!args.meeting) {
    io.err(`--meeting saknas.\n\n${USAGE}`);
    return 2;
  }

  let connection: Connection | null = null;
  try {
    connection = await connect(env);
    const { config, token } = connection;
    // The command's composition root: one Graph path for the given token, the writers loaded at once (no page to keep small).
    const services = createServices(config, { getToken: () => Promise.resolve(token) });
    const ports: DraftPorts = { ...services, writers: loadedDocumentWriters, record: services };
    const view = await services.meetings.loadMeetingView(args.folder ? { key: args.meeting, folderName: args.folder } : { key: args.meeting });
    const template = args.mall ? { name: path.basename(args.mall), bytes: new Uint8Array(await readFile(path.resolve(args.mall))) } : null;
    const record = await recordForDraft(ports, view);
    const options: DraftOptions = { groupName: config.groupName, approvers: args.justerare ?? [], template, templatePath: config.protokollTemplatePath, record };
    if (view.attendance.state === "error") io.err(`Närvaron kunde inte läsas (${errorMessage(view.attendance.error.code, "sv")}); utkastet får markerade luckor.\n`);

    if (args.out) {
      const file = path.resolve(args.out);
      await writeFile(file, await draftBytesWithDirectory(ports, view, options));
      io.out(`${protokollFromView(view, options).title}: skrev ${file}\n`);
    } else {
      const result = await createProtokollDraft(ports, view, options);
      io.out(`Sparade ”${result.fileName}” i mötesmappen.\n`);
      if (result.renamed) io.out(`”${result.firstChoice}” fanns redan och lämnades orörd.\n`);
      io.out(`${result.webUrl}\n`);
    }
    return 0;
  } catch (error) {
    io.err(`Protokollutkastet kunde inte skapas: ${explain(error)}\n`);
    return 1;
  } finally {
    await connection?.tenant?.close();
  }
}
