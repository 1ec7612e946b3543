/** `npm start`: serve the built pages and the demo tenant, and print where to open them. */
import { startApp } from "../src/server/app-server";
import { demoOptionsFromEnv } from "../src/demo-tenant/server";

async function main(): Promise<void> {
  const app = await startApp({ demo: demoOptionsFromEnv(process.env) });
  process.stdout.write(`Teams tab: ${app.teamsUrl}\nOutlook: ${app.outlookUrl}\nGraph: ${app.graphUrl}\n`);
  const stop = () => void app.close().then(() => process.exit(0));
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`Sammanträde kunde inte starta: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
