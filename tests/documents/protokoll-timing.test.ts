/** Generation time of a large draft: 30 items, 60 bilagor (model + .docx), median of 7 runs (README quotes it). */
import { performance } from "node:perf_hooks";
import { buildAgenda } from "../../src/core/agenda";
import { buildProtokoll } from "../../src/core/protokoll";
import { protokollToDocx } from "../../src/services/documents/protokoll-docx";
import { file, record } from "../unit/core/fixtures";
import { meeting, report } from "../unit/protokoll/fixtures";
import { mammothText } from "./consumers";

const ITEMS = 30;
const BILAGOR = 60;
const RUNS = 7;
// Generous: the figure is reported, the bound only catches a pathological regression (e.g. quadratic layout).
const BUDGET_MS = 2000;

function largeAgenda() {
  const records = Array.from({ length: ITEMS }, (_, i) =>
    record(`r${i + 1}`, i + 1, {
      title: `Ärende ${i + 1}: uppföljning av handlingsplan för målområde ${i + 1}`,
      presenter: "Elin Sjöberg, sekretariatschef, Familjen Helsingborg",
      description: "Sekretariatet redovisar läget.\nUnderlaget har skickats ut med kallelsen.",
      proposedDecisions: ["anta förslaget", "uppdra åt sekretariatet att återkomma", "lägga informationen till handlingarna"],
    }),
  );
  const files = Array.from({ length: BILAGOR }, (_, j) => file(`f${j + 1}`, `${(j % ITEMS) + 1} - Underlag ${j + 1}.pdf`));
  return buildAgenda(records, files);
}

describe("protokoll generation time", () => {
  it(`drafts ${ITEMS} items and ${BILAGOR} bilagor well within ${BUDGET_MS} ms (median of ${RUNS})`, async () => {
    const agenda = largeAgenda();
    const attendance = report();
    const generate = () => protokollToDocx(buildProtokoll({ meeting: meeting(), meetingNumber: 11, agenda, attendance, groupName: "Kommundirektörsgruppen i Familjen Helsingborg" }));
    await generate(); // warm-up: module initialisation and JIT are not what the secretariat waits for twice
    const times: number[] = [];
    let bytes: Uint8Array = new Uint8Array();
    for (let i = 0; i < RUNS; i++) {
      const start = performance.now();
      bytes = await generate();
      times.push(performance.now() - start);
    }
    const sorted = [...times].sort((a, b) => a - b);
    const median = sorted[Math.floor(RUNS / 2)] ?? Number.NaN;
    console.log(`Protokollutkast, ${ITEMS} ärenden och ${BILAGOR} bilagor: median ${median.toFixed(1)} ms av ${RUNS} körningar (min ${sorted[0]?.toFixed(1)}, max ${sorted[RUNS - 1]?.toFixed(1)}), ${bytes.length} byte`);

    const text = await mammothText(bytes);
    expect(text.match(/^Underlag: Bilaga \d+ – /gm)).toHaveLength(BILAGOR);
    expect(text).toContain(`${ITEMS} Ärende ${ITEMS}`);
    expect(text).toContain(`Underlag: Bilaga ${BILAGOR} – Underlag`);
    expect(median).toBeLessThan(BUDGET_MS);
  }, 60_000);
});
