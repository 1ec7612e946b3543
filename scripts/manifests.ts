/** `npm run manifests`: regenerates appPackage/, manifest/manifest.xml and the Outlook icons from the configuration in the environment. */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { configFromEnv } from "../src/config";
import { REPO_ROOT, generatedFiles, packageVersion } from "./manifest/files";

const config = configFromEnv(process.env);
for (const file of generatedFiles(config, packageVersion())) {
  const target = path.join(REPO_ROOT, file.path);
  mkdirSync(path.dirname(target), { recursive: true });
  writeFileSync(target, file.contents);
  console.log(`skrev ${file.path}`);
}
console.log(`Manifesten följer APP_BASE_URL=${config.appBaseUrl}. Checka bara in demoversionen; bygg paketet för en tenant med npm run package.`);
