/** Microsoft Graph's CSDL as a small type model, and a checker that holds demo tenant JSON to it. */
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { XMLParser } from "fast-xml-parser";

/** A structured type (entity or complex) with its own properties; base types are followed by name. */
export interface StructuredType {
  kind: "entity" | "complex";
  baseType?: string;
  /** Property name -> type name ("Edm.String", "microsoft.graph.x", "Collection(...)"), navigation properties included. */
  properties: Record<string, { type: string; nullable: boolean; navigation?: true }>;
}

/** An enum type and its member names. */
export interface EnumType {
  kind: "enum";
  members: string[];
  isFlags: boolean;
}

/** Qualified type name -> type. */
export type TypeModel = Record<string, StructuredType | EnumType>;

/** Where the full CSDL is looked for: GRAPH_METADATA, else ../shared next to the repository. */
export const FULL_CSDL_PATH = process.env.GRAPH_METADATA ?? resolve(__dirname, "../../../../shared/graph-metadata/v1.0-Prod.csdl");
/** The committed extract of the types the demo tenant returns (see extract-subset.ts). */
export const SUBSET_PATH = resolve(__dirname, "graph-v1-subset.json");

type XmlNode = Record<string, unknown>;

const asArray = (v: unknown): XmlNode[] => (v === undefined ? [] : Array.isArray(v) ? (v as XmlNode[]) : [v as XmlNode]);

/** Parses CSDL XML into a type model with fully qualified names (aliases resolved). */
export function parseCsdl(xml: string): TypeModel {
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@_", removeNSPrefix: true });
  const doc = parser.parse(xml) as XmlNode;
  const schemas = asArray(((doc.Edmx as XmlNode | undefined)?.DataServices as XmlNode | undefined)?.Schema);
  if (schemas.length === 0) throw new Error("The CSDL has no Schema elements");
  const aliases = new Map<string, string>();
  for (const s of schemas) {
    const ns = String(s["@_Namespace"]);
    if (s["@_Alias"] !== undefined) aliases.set(String(s["@_Alias"]), ns);
  }
  const qualify = (name: string): string => {
    const coll = /^Collection\((.+)\)$/.exec(name);
    if (coll?.[1] !== undefined) return `Collection(${qualify(coll[1])})`;
    if (name.startsWith("Edm.")) return name;
    const dot = name.indexOf(".");
    const head = name.slice(0, dot);
    const alias = aliases.get(head);
    return alias !== undefined ? `${alias}${name.slice(dot)}` : name;
  };
  const model: TypeModel = {};
  for (const s of schemas) {
    const ns = String(s["@_Namespace"]);
    for (const [tag, kind] of [["EntityType", "entity"], ["ComplexType", "complex"]] as const) {
      for (const t of asArray(s[tag])) {
        const properties: StructuredType["properties"] = {};
        for (const p of asArray(t.Property)) {
          properties[String(p["@_Name"])] = { type: qualify(String(p["@_Type"])), nullable: p["@_Nullable"] !== "false" };
        }
        for (const p of asArray(t.NavigationProperty)) {
          properties[String(p["@_Name"])] = { type: qualify(String(p["@_Type"])), nullable: p["@_Nullable"] !== "false", navigation: true };
        }
        const base = t["@_BaseType"];
        model[`${ns}.${String(t["@_Name"])}`] = { kind, properties, ...(base !== undefined ? { baseType: qualify(String(base)) } : {}) };
      }
    }
    for (const e of asArray(s.EnumType)) {
      model[`${ns}.${String(e["@_Name"])}`] = { kind: "enum", members: asArray(e.Member).map((m) => String(m["@_Name"])), isFlags: e["@_IsFlags"] === "true" };
    }
  }
  return model;
}

/** The model from the full CSDL when present, else the committed subset; fails loudly when neither exists. */
export function loadModel(): { model: TypeModel; source: string } {
  if (existsSync(FULL_CSDL_PATH)) return { model: parseCsdl(readFileSync(FULL_CSDL_PATH, "utf8")), source: FULL_CSDL_PATH };
  if (existsSync(SUBSET_PATH)) {
    const subset = JSON.parse(readFileSync(SUBSET_PATH, "utf8")) as { types: TypeModel };
    return { model: subset.types, source: SUBSET_PATH };
  }
  throw new Error(`Graph metadata not found: neither ${FULL_CSDL_PATH} (set GRAPH_METADATA) nor ${SUBSET_PATH} exists`);
}

const STRING_EDM = new Set(["Edm.String", "Edm.DateTimeOffset", "Edm.Date", "Edm.TimeOfDay", "Edm.Guid", "Edm.Duration", "Edm.Binary"]);
const NUMBER_EDM = new Set(["Edm.Int16", "Edm.Int32", "Edm.Int64", "Edm.Byte", "Edm.SByte", "Edm.Double", "Edm.Single", "Edm.Decimal"]);

/** Open types whose property names are data, not schema (SharePoint columns). */
export const OPEN_TYPES = new Set(["microsoft.graph.fieldValueSet"]);

/** All properties of a type including its base types. */
export function propertiesOf(model: TypeModel, typeName: string): StructuredType["properties"] {
  const out: StructuredType["properties"] = {};
  const chain: StructuredType[] = [];
  let cur: string | undefined = typeName;
  while (cur !== undefined) {
    const t: StructuredType | EnumType | undefined = model[cur];
    if (!t || t.kind === "enum") throw new Error(`Unknown structured type ${cur}`);
    chain.unshift(t);
    cur = t.baseType;
  }
  for (const t of chain) Object.assign(out, t.properties);
  return out;
}

function derivesFrom(model: TypeModel, typeName: string, base: string): boolean {
  let cur: string | undefined = typeName;
  while (cur !== undefined) {
    if (cur === base) return true;
    const t: StructuredType | EnumType | undefined = model[cur];
    cur = t && t.kind !== "enum" ? t.baseType : undefined;
  }
  return false;
}

function jsonKind(v: unknown): string {
  return v === null ? "null" : Array.isArray(v) ? "array" : typeof v;
}

/** Checks a JSON value against a Graph type; returns human-readable violations ("path: problem"). Annotations (keys with '@') are ignored. */
export function checkAgainst(model: TypeModel, typeName: string, value: unknown, path = "$", nullable = true): string[] {
  const problems: string[] = [];
  if (value === null) return nullable ? problems : [`${path}: null is not allowed for ${typeName}`];
  const coll = /^Collection\((.+)\)$/.exec(typeName);
  if (coll?.[1] !== undefined) {
    if (!Array.isArray(value)) return [`${path}: expected an array for ${typeName}, got ${jsonKind(value)}`];
    value.forEach((v, i) => problems.push(...checkAgainst(model, coll[1] as string, v, `${path}[${i}]`, true)));
    return problems;
  }
  if (STRING_EDM.has(typeName)) return typeof value === "string" ? problems : [`${path}: expected string for ${typeName}, got ${jsonKind(value)}`];
  if (NUMBER_EDM.has(typeName)) return typeof value === "number" ? problems : [`${path}: expected number for ${typeName}, got ${jsonKind(value)}`];
  if (typeName === "Edm.Boolean") return typeof value === "boolean" ? problems : [`${path}: expected boolean, got ${jsonKind(value)}`];
  if (typeName.startsWith("Edm.")) return problems;
  const t = model[typeName];
  if (!t) return [`${path}: type ${typeName} is not in the metadata`];
  if (t.kind === "enum") {
    if (typeof value !== "string") return [`${path}: expected an enum string for ${typeName}, got ${jsonKind(value)}`];
    const parts = t.isFlags ? value.split(",").map((s) => s.trim()) : [value];
    for (const p of parts) if (!t.members.includes(p)) problems.push(`${path}: '${p}' is not a member of ${typeName}`);
    return problems;
  }
  if (typeof value !== "object" || Array.isArray(value)) return [`${path}: expected an object for ${typeName}, got ${jsonKind(value)}`];
  const obj = value as Record<string, unknown>;
  let actual = typeName;
  const declared = obj["@odata.type"];
  if (typeof declared === "string") {
    actual = declared.replace(/^#/, "");
    if (!model[actual]) return [`${path}: @odata.type ${declared} is not in the metadata`];
    if (!derivesFrom(model, actual, typeName)) return [`${path}: @odata.type ${declared} does not derive from ${typeName}`];
  }
  if (OPEN_TYPES.has(actual)) return problems;
  const props = propertiesOf(model, actual);
  for (const [key, v] of Object.entries(obj)) {
    if (key.includes("@")) continue;
    const prop = props[key];
    if (!prop) {
      problems.push(`${path}.${key}: no such property on ${actual} or its base types`);
      continue;
    }
    problems.push(...checkAgainst(model, prop.type, v, `${path}.${key}`, prop.nullable));
  }
  return problems;
}
