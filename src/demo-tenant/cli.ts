/** `tsx src/demo-tenant/cli.ts`: starts the demo tenant on PORT (default 3001) with DEMO_* settings from the environment. */
import { demoOptionsFromEnv, startDemoTenant } from "./server";

async function main(): Promise<void> {
  const port = Number(process.env.PORT ?? 3001);
  if (!Number.isInteger(port) || port < 0) throw new Error(`PORT must be a port number, not '${process.env.PORT ?? ""}'`);
  // Alone, the tenant serves the app's default origin (npm start's port 3000); DEMO_CORS_ORIGIN names others.
  const appOrigins = ["http://localhost:3000", "http://127.0.0.1:3000"];
  const tenant = await startDemoTenant({ corsOrigin: appOrigins, ...demoOptionsFromEnv(process.env), port, host: process.env.HOST ?? "127.0.0.1", quiet: true });
  process.stdout.write(`Graph: ${tenant.url}\nUsers: ${tenant.url}/_demo/users\n`);
  const stop = () => void tenant.close().then(() => process.exit(0));
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});
