/**
 * `npm run provision`: creates on the configured site what the contract (src/core/schema) needs and the site lacks;
 * never deletes or changes an existing list or column. With `check`, changes nothing and only reports.
 */
import type { ListSpec, SiteCheck } from "../../core";
import { checkSite, SITE_CONTRACT } from "../../core";
import type { GraphContext } from "../graph/context";
import { isGraphError } from "../graph/errors";
import { applyAction, describeAction } from "./apply";
import { contractFor, readSite } from "./site-reader";

/** What a run did and how the site stands afterwards. */
export interface ProvisionResult {
  /** The site as found before any change. */
  before: SiteCheck;
  /** The site after the changes (the same as before for a check, or when nothing was missing). */
  after: SiteCheck;
  /** One Swedish line per change made. */
  done: string[];
}

/** Another run (or a lost answer) created it first: the next read sees it. */
function alreadyThere(error: unknown): boolean {
  if (!isGraphError(error)) return false;
  const text = `${error.odataCode ?? ""} ${error.message}`;
  return /nameAlreadyExists|duplicate field name/i.test(text);
}

/** Checks the site and, unless `check`, creates what is missing; reads the site again afterwards to report it. */
export async function provisionSite(ctx: GraphContext, options: { check: boolean; contract?: readonly ListSpec[] }): Promise<ProvisionResult> {
  const contract = contractFor(ctx, options.contract ?? SITE_CONTRACT);
  const before = checkSite(contract, await readSite(ctx, contract));
  if (options.check || before.actions.length === 0) return { before, after: before, done: [] };
  const done: string[] = [];
  for (const action of before.actions) {
    try {
      await applyAction(ctx, action);
      done.push(describeAction(action));
    } catch (error) {
      if (!alreadyThere(error)) throw error;
      done.push(`${describeAction(action).replace(/^Skapade/, "Fanns redan:")}`);
    }
  }
  const after = checkSite(contract, await readSite(ctx, contract));
  return { before, after, done };
}
