/** `npm run protokoll -- --meeting <iCalUId> [--out file.docx] [--folder <name>]`: see scripts/protokoll-command.ts. */
import { runProtokollCommand } from "./protokoll-command";

runProtokollCommand(process.argv.slice(2), process.env, {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
}).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
    process.exit(1);
  },
);
