/** The protokoll through a Word template: the one render function, the built-in templates, and the template's errors. */
export { renderProtokollDocx } from "./render";
export type { RenderOptions } from "./render";
export { builtinTemplate } from "./builtin";
export type { BuiltinTemplateId, ProtokollTemplate } from "./builtin";
export { isProtokollTemplateError, ProtokollTemplateError } from "./template-error";
export { inRows, protokollTemplateData } from "./template-data";
export type { ItemData, PersonData, ProtokollTemplateData } from "./template-data";
