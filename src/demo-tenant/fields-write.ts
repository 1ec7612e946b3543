/** Validates and applies fieldValueSet writes against a list's columns, as SharePoint rejects unknown or mistyped fields. */
import type { DemoColumn, DemoFieldValue, DemoList } from "./data-types";
import { errors } from "./graph-response";

/** Columns SharePoint manages itself: writes to them are refused. */
const READ_ONLY = new Set(["id", "ContentType", "Modified", "Created", "_UIVersionString", "Attachments", "LinkTitle", "FileLeafRef", "Author", "Editor"]);

function coerce(column: DemoColumn, value: unknown): DemoFieldValue {
  if (value === null) return null;
  switch (column.type) {
    case "number":
      if (typeof value !== "number" || !Number.isFinite(value)) throw errors.invalidRequest(`Field '${column.name}' expects a number.`);
      return value;
    case "choice":
      if (typeof value !== "string") throw errors.invalidRequest(`Field '${column.name}' expects a string.`);
      if (value !== "" && column.fillIn !== true && column.choices && !column.choices.includes(value)) throw errors.invalidRequest(`Value '${value}' is not a valid choice for field '${column.name}'.`);
      return value;
    case "text":
      if (typeof value !== "string") throw errors.invalidRequest(`Field '${column.name}' expects a string.`);
      if (value.length > 255) throw errors.invalidRequest(`Field '${column.name}' is limited to 255 characters.`);
      return value;
    case "note":
      if (typeof value !== "string") throw errors.invalidRequest(`Field '${column.name}' expects a string.`);
      return value;
    case "dateTime":
      if (typeof value !== "string" || Number.isNaN(Date.parse(value))) throw errors.invalidRequest(`Field '${column.name}' expects a date and time.`);
      return value;
    case "boolean":
      if (typeof value !== "boolean") throw errors.invalidRequest(`Field '${column.name}' expects a boolean.`);
      return value;
  }
}

/** Checks a whole write first, so a rejected write changes nothing. */
export function validateFields(list: DemoList, raw: unknown): Record<string, DemoFieldValue> {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) throw errors.invalidRequest("The request body must be a fieldValueSet object.");
  const out: Record<string, DemoFieldValue> = {};
  for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
    if (key.startsWith("@odata.")) continue;
    if (READ_ONLY.has(key)) throw errors.invalidRequest(`Field '${key}' is read-only.`);
    const column = list.columns.find((c) => c.name === key);
    if (!column) throw errors.invalidRequest(`Field '${key}' is not recognized`);
    out[key] = coerce(column, value);
  }
  return out;
}

/** Applies validated values; null clears a column. */
export function applyFields(target: Record<string, DemoFieldValue>, values: Record<string, DemoFieldValue>): void {
  for (const [key, value] of Object.entries(values)) {
    if (value === null) delete target[key];
    else target[key] = value;
  }
}
