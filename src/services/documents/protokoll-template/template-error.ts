/** A protokoll template the secretariat must fix: a Swedish (or English) sentence naming the placeholder and the template. */
import { ExpectedFailure, en, sv } from "../../../core";
import type { Language, TemplateProblem, TemplateProblemKind } from "../../../core";

/** Thrown when a template cannot be rendered; never a stack trace for the user, always the placeholder and the file. */
export class ProtokollTemplateError extends ExpectedFailure {
  readonly problems: readonly TemplateProblem[];

  constructor(problems: readonly TemplateProblem[]) {
    // "unknown" is the code's closest kin (not a network matter); the sentence that is shown comes from userMessage.
    super("unknown", problems.map((p) => `${p.kind} {${p.tag}} in ${p.template}`).join("; "));
    this.name = "ProtokollTemplateError";
    this.problems = problems;
  }

  /** One sentence per problem (the first few), naming the placeholder and the template. */
  override userMessage(language: Language): string {
    const strings = language === "en" ? en.protokoll : sv.protokoll;
    return this.problems.slice(0, 3).map((p) => strings.templateProblem(p.template, p.tag, p.kind)).join(" ");
  }
}

/** True for a template error (carries its own sentence). */
export function isProtokollTemplateError(error: unknown): error is ProtokollTemplateError {
  return error instanceof ProtokollTemplateError;
}

interface DocxtemplaterErrorProperties {
  id?: string;
  xtag?: string;
  closingtag?: string;
  context?: string;
  errors?: { properties?: DocxtemplaterErrorProperties }[];
}

const KIND_BY_ID: Record<string, TemplateProblemKind> = {
  unclosed_loop: "unclosedLoop",
  unopened_loop: "unopenedLoop",
  closing_tag_does_not_match_opening_tag: "mismatchedLoop",
  unclosed_tag: "brokenTag",
  unopened_tag: "brokenTag",
  duplicate_open_tag: "brokenTag",
  duplicate_close_tag: "brokenTag",
};

function problemOf(properties: DocxtemplaterErrorProperties, template: string): TemplateProblem {
  const kind = KIND_BY_ID[properties.id ?? ""] ?? "other";
  const name = properties.xtag ?? "";
  const tag =
    kind === "unclosedLoop" ? `#${name}` : kind === "unopenedLoop" ? `/${name}` : kind === "mismatchedLoop" ? `/${properties.closingtag ?? name}` : kind === "brokenTag" ? (properties.context ?? name) : name;
  return { kind, template, tag };
}

/** docxtemplater's errors (one, or a "Multi error" of many) as our problems; anything else is not a template error. */
export function templateProblems(error: unknown, template: string): TemplateProblem[] | null {
  if (!(error instanceof Error) || !("properties" in error)) return null;
  const properties = (error as Error & { properties: DocxtemplaterErrorProperties }).properties;
  const inner = properties.errors?.map((e) => e.properties ?? {}) ?? [properties];
  return inner.map((p) => problemOf(p, template));
}
