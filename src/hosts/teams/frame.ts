/** Which surface a Teams frame context shows. */
import type { Surface } from "../../core";

/** Maps Teams' page.frameContext to a surface; an explicit ?view= (e.g. the personal tab's URL) wins. */
export function surfaceOfFrame(frameContext: string | undefined, override: Surface | null): Surface {
  if (override !== null) return override;
  switch (frameContext) {
    case "settings":
      return "config";
    case "sidePanel":
      return "sidePanel";
    case "meetingStage":
      return "stage";
    default:
      return "content";
  }
}
