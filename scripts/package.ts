/**
 * `npm run package [-- --out <dir>]`: builds build/appPackage.zip (and build/manifest.xml) from the configuration in the environment,
 * checked offline first. Production packages with any problem are refused; a demo package is written with its problems listed.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { configFromEnv } from "../src/config";
import { buildAppPackage } from "./manifest/app-package";
import { REPO_ROOT, packageVersion } from "./manifest/files";

async function main(): Promise<number> {
  const config = configFromEnv(process.env);
  const built = await buildAppPackage(config, packageVersion());
  if (built.errors.length > 0) {
    const fatal = config.mode === "production";
    console.error(`${fatal ? "Paketet byggs inte" : "Demopaketet går inte att läsa in i en tenant"}:\n  ${built.errors.join("\n  ")}`);
    if (fatal) return 1;
    console.error("Sätt APP_BASE_URL till https-adressen där sidorna ligger och SAMMANTRADE_MODE=production (se docs/sideload.md).");
  }
  const outFlag = process.argv.indexOf("--out");
  const outDir = outFlag > 0 && process.argv[outFlag + 1] ? path.resolve(process.argv[outFlag + 1] as string) : path.join(REPO_ROOT, "build");
  mkdirSync(outDir, { recursive: true });
  writeFileSync(path.join(outDir, "appPackage.zip"), built.zip);
  writeFileSync(path.join(outDir, "manifest.xml"), built.xml);
  const shown = path.relative(REPO_ROOT, outDir) || ".";
  console.log(`skrev ${shown}/appPackage.zip (${built.zip.length} byte) och ${shown}/manifest.xml för ${config.appBaseUrl}`);
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  },
);
