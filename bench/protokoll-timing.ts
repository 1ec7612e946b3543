/** Times the protokoll draft (.docx bytes) of a meeting view, as the secretariat's button builds it. */
import type { MeetingView } from "../src/core/ports";
import { draftBytes } from "../src/services/documents/protokoll-writer";
import { DEMO_CONFIG } from "../src/config";
import { summarize } from "./stats";
import type { Summary } from "./stats";

/** Timing of the draft and the size of the document it wrote. */
export interface ProtokollTiming {
  summary: Summary;
  docxBytes: number;
}

/** Warm-up builds: the first calls pay for JIT and module init, which is not the user's steady state. */
const WARM_UPS = 3;

/** Builds the draft `runs` times after the warm-up. */
export async function timeProtokoll(view: MeetingView, runs: number): Promise<ProtokollTiming> {
  const options = { groupName: DEMO_CONFIG.groupName };
  let bytes = await draftBytes(view, options);
  for (let i = 1; i < WARM_UPS; i++) bytes = await draftBytes(view, options);
  const sample: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    bytes = await draftBytes(view, options);
    sample.push(performance.now() - started);
  }
  if (bytes.length < 1000) throw new Error(`the protokoll draft is only ${bytes.length} bytes: not a real document`);
  return { summary: summarize(sample), docxBytes: bytes.length };
}
