/** `npm run templates`: writes the built-in protokoll templates (see scripts/protokoll-templates/generate.ts). */
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { generatedFiles, TEMPLATE_DIR } from "./protokoll-templates/generate";

async function main(): Promise<void> {
  await mkdir(TEMPLATE_DIR, { recursive: true });
  for (const [file, content] of Object.entries(generatedFiles())) {
    await writeFile(path.resolve(file), content);
    process.stdout.write(`skrev ${file}\n`);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
