/**
 * The group's own protokoll template is a file in its library (`Mallar/Protokollmall.docx`, configurable): read by
 * path through Graph (`root:/{path}:/content`), the built-in default when it is absent (issue 14).
 */
import mammoth from "mammoth";
import type { DemoTenant } from "../../../src/demo-tenant/server";
import { createProtokollDraft } from "../../../src/app/protokollDraft";
import { loadedDocumentWriters } from "../../../src/services/documents/writers";
import { customTemplate } from "../../documents/custom-template";
import { configFor, eventOn, ORGANIZER, servicesAs, tenantPerTest } from "./harness";

const PATH = "Mallar/Protokollmall.docx";

describe("the group's protokoll template in the library (demo tenant)", () => {
  let tenant: DemoTenant;
  tenantPerTest((started) => (tenant = started));

  async function graph(method: string, path: string, body: BodyInit, contentType: string): Promise<void> {
    const drive = tenant.state().sites[0]!.lists[1]!.drive!;
    const res = await fetch(`${tenant.url}/v1.0/drives/${drive.id}${path}`, { method, body, headers: { Authorization: `Bearer demo:${ORGANIZER}`, "Content-Type": contentType } });
    expect(res.status).toBeLessThan(300);
  }

  async function putTemplate(bytes: Uint8Array): Promise<void> {
    await graph("POST", "/root/children", JSON.stringify({ name: "Mallar", folder: {}, "@microsoft.graph.conflictBehavior": "fail" }), "application/json");
    await graph("PUT", `/root:/${PATH.split("/").map(encodeURIComponent).join("/")}:/content`, new Uint8Array(bytes), "application/octet-stream");
  }

  it("reads the file by its path, and answers null when there is none", async () => {
    const documents = servicesAs(tenant, ORGANIZER).documents;
    expect(await documents.readByPath(PATH)).toBeNull();
    expect(await documents.readByPath(" / ")).toBeNull();
    const bytes = customTemplate();
    await putTemplate(bytes);
    expect(Buffer.compare(Buffer.from((await documents.readByPath(PATH))!), Buffer.from(bytes))).toBe(0);
    expect(await documents.readByPath("Mallar/Annan mall.docx")).toBeNull();
  });

  it("drafts in the group's template when it is there, and in the built-in default when it is not", async () => {
    const services = servicesAs(tenant, ORGANIZER);
    const event = eventOn(tenant.state(), "2026-12-11");
    const view = await services.meetings.loadMeetingView({ key: event.iCalUId });
    const options = { groupName: configFor(tenant).groupName, templatePath: configFor(tenant).protokollTemplatePath };
    const text = async (fileId: string) => (await mammoth.extractRawText({ buffer: Buffer.from(await services.documents.download(fileId)) })).value;

    const builtIn = await createProtokollDraft({ ...services, writers: loadedDocumentWriters }, view, options);
    expect(await text(builtIn.fileId)).not.toContain("Protokollförare:");
    await putTemplate(customTemplate());
    const own = await createProtokollDraft({ ...services, writers: loadedDocumentWriters }, view, options);
    expect(await text(own.fileId)).toContain(`Protokollförare: ${ORGANIZER}`);
  });
});
