/** PATCH .../fields, shared by list items and library files: If-Match guarded, returns the new fieldValueSet. */
import type { DemoList } from "./data-types";
import { applyFields, validateFields } from "./fields-write";
import { errors, json } from "./graph-response";
import type { GraphResponse } from "./graph-response";
import { graphRootOf, readJsonObject } from "./route-context";
import type { RouteContext } from "./route-context";
import { fieldsJson } from "./sharepoint-json";
import type { ListItemRef } from "./sharepoint-model";
import { etagMatches, touch } from "./store";

/** Applies a fieldValueSet PATCH; a stale If-Match gives 412 and changes nothing. */
export function patchFields(ctx: RouteContext, list: DemoList, ref: ListItemRef): GraphResponse {
  if (!etagMatches(ctx.headers["if-match"], ref.versioned)) throw errors.preconditionFailed();
  const values = validateFields(list, readJsonObject(ctx));
  applyFields(ref.fields, values);
  touch(ref.versioned, ctx.user.mail);
  ctx.store.saved();
  return json(200, { "@odata.context": `${graphRootOf(ctx)}/$metadata#fieldValueSet/$entity`, ...fieldsJson(list, ref, undefined) });
}
