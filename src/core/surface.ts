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
