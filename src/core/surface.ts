/** Where the app is shown: the surfaces of the Teams app (frame contexts, plus the personal tab) and the host's theme.
 *  Vocabulary shared by the hosts, which read it from the host, and the UI, which renders by it: so it lives in core. */

/** The surfaces the Teams app renders (Teams frame contexts, plus the personal tab). */
export type Surface = "content" | "sidePanel" | "stage" | "config" | "personal";

/** All surfaces, in the order pickers list them. */
export const SURFACES: readonly Surface[] = ["content", "sidePanel", "stage", "config", "personal"];

/** True for a known surface name. */
export function isSurface(value: string | null | undefined): value is Surface {
  return typeof value === "string" && (SURFACES as readonly string[]).includes(value);
}

/** The colour themes of Teams, mapped to Fluent's Teams themes. */
export type ThemeName = "light" | "dark" | "contrast";
