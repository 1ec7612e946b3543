/**
 * *Skapa slutligt protokoll* over in-memory ports: names, the register's record of both files, never a replaced file,
 * and every step cut off (before or after its effect) then run again without a second .docx or PDF.
 */
import { failureOf } from "./final-failure";
import JSZip from "jszip";
import { ExpectedFailure } from "../../../src/core";
import type { Folder, MeetingView } from "../../../src/core";
import { createFinalProtokoll } from "../../../src/app/protokoll/final";
import type { FinalProtokollDeps } from "../../../src/app/protokoll/final";
import { sameDocx, samePdf } from "../../../src/services/documents/same-content";
import { memoryStore } from "../../documents/memory-store";
import type { MemoryStore } from "../../documents/memory-store";
import { draftView } from "../protokoll/fixtures";
import { memoryRegister, registerRow } from "./memory-register";
import type { MemoryRegister } from "./memory-register";

const folder: Folder = { id: "folder-1", name: "2018-04-20 Kommundirektörsmöte", webUrl: "https://familjenhelsingborg.sharepoint.com/x" };
const KEY = "uid-1";

function view(): MeetingView {
  const base = draftView(folder);
  return { ...base, meeting: { ...base.meeting, iCalUId: KEY } };
}

let clock = 0;
/** A .docx of `body` packed "now": the packing time differs on every call, as Word's and docx's do. */
async function docx(body: string): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file("word/document.xml", `<w:document>${body}</w:document>`);
  zip.file("docProps/core.xml", `<cp:coreProperties><dcterms:created xsi:type="dcterms:W3CDTF">2026-12-11T10:00:${String(++clock).padStart(2, "0")}Z</dcterms:created></cp:coreProperties>`);
  return zip.generateAsync({ type: "uint8array" });
}

/** Graph's conversion, stamped with the moment like LibreOffice's: same input, different bytes, same document. */
function convert(content: Uint8Array): Uint8Array {
  const digest = Array.from(content.subarray(-64)).join(",");
  return new TextEncoder().encode(`%PDF-1.7\n/CreationDate(D:2026121110${String(++clock).padStart(4, "0")}Z')\n${digest}\n%%EOF`);
}

interface World {
  store: MemoryStore;
  register: MemoryRegister;
  deps: FinalProtokollDeps;
  renders: number;
  conversions: number;
  failConversion: number;
}

function world(rowFields: Parameters<typeof registerRow>[0] = {}, names: string[] = []): World {
  const store = memoryStore(folder, names);
  const register = memoryRegister([registerRow({ meetingKey: KEY, ...rowFields })]);
  const w: World = {
    store,
    register,
    renders: 0,
    conversions: 0,
    failConversion: 0,
    deps: {
      documents: {
        ...store,
        async downloadPdf(fileId) {
          w.conversions++;
          if (w.failConversion > 0) {
            w.failConversion--;
            throw new ExpectedFailure("unknown", "HTTP 500 generalException: The file could not be converted to PDF");
          }
          return convert(await store.download(fileId));
        },
      },
      register,
      async renderDocx() {
        w.renders++;
        return docx("Protokoll nr 3 2018");
      },
      sameDocx,
      samePdf,
    },
  };
  return w;
}

const names = (w: World): string[] => w.store.files.map((f) => f.name).sort();

/** Throws once, the first time it is called: one cut-off. */
function once(error: Error): () => void {
  let thrown = false;
  return () => {
    if (thrown) return;
    thrown = true;
    throw error;
  };
}

describe("createFinalProtokoll", () => {
  it("saves 'Protokoll nr N YYYY.docx' and its PDF beside it, and records both ids in the register row", async () => {
    const w = world();
    const result = await createFinalProtokoll(w.deps, view());
    expect(names(w)).toEqual(["Protokoll nr 3 2018.docx", "Protokoll nr 3 2018.pdf"]);
    expect(result.docx).toMatchObject({ name: "Protokoll nr 3 2018.docx", firstChoice: "Protokoll nr 3 2018.docx", reused: false });
    expect(result.pdf).toMatchObject({ name: "Protokoll nr 3 2018.pdf", reused: false });
    const pdf = w.store.files.find((f) => f.id === result.pdf.id)!;
    expect(new TextDecoder().decode(pdf.content.subarray(0, 5))).toBe("%PDF-");
    expect(w.register.rows[0]).toMatchObject({ protokollFileId: result.docx.id, protokollPdfId: result.pdf.id });
  });

  it.each([
    ["no register row", null, "noRegisterRow"],
    ["a meeting still in progress", "inProgress", "notEnded"],
    ["a planned meeting", "planned", "notEnded"],
  ] as const)("refuses %s, writing nothing", async (_label, state, reason) => {
    const w = world(state === null ? {} : { state });
    if (state === null) w.register.rows = [];
    const error = await failureOf(createFinalProtokoll(w.deps, view()));
    expect(error.step).toBe("notReady");
    expect(error.readiness?.reason).toBe(reason);
    expect([w.store.files, w.register.writes, w.renders]).toEqual([[], [], 0]);
  });

  it.each(["ended", "forApproval", "approved"] as const)("is made once the record is complete (%s)", async (state) => {
    const w = world({ state });
    await createFinalProtokoll(w.deps, view());
    expect(names(w)).toEqual(["Protokoll nr 3 2018.docx", "Protokoll nr 3 2018.pdf"]);
  });

  it("never replaces a person's file under the name: the new one gets '(2)', and says what it wished for", async () => {
    const w = world({}, ["Protokoll nr 3 2018.docx", "Protokoll nr 3 2018.pdf"]);
    const result = await createFinalProtokoll(w.deps, view());
    expect(result.docx).toMatchObject({ name: "Protokoll nr 3 2018 (2).docx", firstChoice: "Protokoll nr 3 2018.docx" });
    expect(result.pdf.name).toBe("Protokoll nr 3 2018 (2).pdf");
    expect(w.store.files.filter((f) => f.name === "Protokoll nr 3 2018.docx" || f.name === "Protokoll nr 3 2018.pdf").map((f) => Array.from(f.content))).toEqual([[1, 2, 3], [1, 2, 3]]);
  });

  it("cut off before the register names the .docx: a second run finds its own .docx (same document, packed later)", async () => {
    const w = world();
    w.register.beforeUpdate = once(new ExpectedFailure("offline", "cut"));
    const error = await failureOf(createFinalProtokoll(w.deps, view()));
    expect([error.step, error.docx?.name]).toEqual(["register", "Protokoll nr 3 2018.docx"]);
    const result = await createFinalProtokoll(w.deps, view());
    expect(w.renders).toBe(2); // rendered again (the register did not name it) ...
    expect(result.docx.reused).toBe(true); // ... and recognised, not uploaded as "(2)"
    expect(names(w)).toEqual(["Protokoll nr 3 2018.docx", "Protokoll nr 3 2018.pdf"]);
    expect(w.register.rows[0]).toMatchObject({ protokollFileId: result.docx.id, protokollPdfId: result.pdf.id });
  });

  it("the register's answer lost after it named the .docx: a second run does not even render again", async () => {
    const w = world();
    w.register.afterUpdate = once(new ExpectedFailure("timeout", "answer lost"));
    await failureOf(createFinalProtokoll(w.deps, view()));
    expect(w.register.rows[0]!.protokollFileId).not.toBeNull();
    await createFinalProtokoll(w.deps, view());
    expect(w.renders).toBe(1);
    expect(names(w)).toEqual(["Protokoll nr 3 2018.docx", "Protokoll nr 3 2018.pdf"]);
  });

  it("cut off after the PDF was saved, before the register names it: a second run finds its own PDF", async () => {
    const w = world();
    let updates = 0;
    w.register.beforeUpdate = () => {
      if (++updates === 2) throw new ExpectedFailure("offline", "cut before the PDF's id was written");
    };
    const error = await failureOf(createFinalProtokoll(w.deps, view()));
    expect(error.step).toBe("register");
    expect(names(w)).toEqual(["Protokoll nr 3 2018.docx", "Protokoll nr 3 2018.pdf"]);
    const result = await createFinalProtokoll(w.deps, view());
    expect(w.conversions).toBe(2); // converted again: a different stamp, the same document
    expect(result.pdf.reused).toBe(true);
    expect(names(w)).toEqual(["Protokoll nr 3 2018.docx", "Protokoll nr 3 2018.pdf"]);
    expect(w.register.rows[0]!.protokollPdfId).toBe(result.pdf.id);
  });

  it("a failed conversion keeps the .docx (named in the register), says which step, and a retry completes", async () => {
    const w = world();
    w.failConversion = 1;
    const error = await failureOf(createFinalProtokoll(w.deps, view()));
    expect([error.step, error.appError.code, error.docx?.name]).toEqual(["conversion", "unknown", "Protokoll nr 3 2018.docx"]);
    expect(names(w)).toEqual(["Protokoll nr 3 2018.docx"]);
    expect(w.register.rows[0]).toMatchObject({ protokollFileId: error.docx!.id, protokollPdfId: null });
    const result = await createFinalProtokoll(w.deps, view());
    expect([result.docx.id, w.renders]).toEqual([error.docx!.id, 1]);
    expect(names(w)).toEqual(["Protokoll nr 3 2018.docx", "Protokoll nr 3 2018.pdf"]);
  });

  it("run again when complete, writes nothing and answers with the recorded files", async () => {
    const w = world();
    const first = await createFinalProtokoll(w.deps, view());
    const writes = w.register.writes.length;
    const uploads = w.store.uploads.length;
    const again = await createFinalProtokoll(w.deps, view());
    expect([again.docx.id, again.pdf.id, again.docx.reused, again.pdf.reused]).toEqual([first.docx.id, first.pdf.id, true, true]);
    expect([w.register.writes.length, w.store.uploads.length, w.renders]).toEqual([writes, uploads, 1]);
  });

  it("converts the registered .docx as a person corrected it, without rendering it over", async () => {
    const w = world();
    w.failConversion = 1;
    const { docx: saved } = await failureOf(createFinalProtokoll(w.deps, view()));
    const file = w.store.files.find((f) => f.id === saved!.id)!;
    file.content = await docx("Protokoll nr 3 2018, rättat av sekretariatet");
    const result = await createFinalProtokoll(w.deps, view());
    expect([result.docx.id, w.renders]).toEqual([saved!.id, 1]);
    expect(new TextDecoder().decode(w.store.files.find((f) => f.id === result.pdf.id)!.content)).toContain(Array.from(file.content.subarray(-64)).join(","));
  });

  it("makes a new .docx when the registered one was deleted, and forgets the PDF made from it", async () => {
    const w = world({ protokollFileId: "gone", protokollPdfId: "gone-too" });
    const result = await createFinalProtokoll(w.deps, view());
    expect(w.register.writes[0]!.fields).toEqual({ protokollFileId: result.docx.id, protokollPdfId: null });
    expect(w.register.rows[0]).toMatchObject({ protokollFileId: result.docx.id, protokollPdfId: result.pdf.id });
  });

  it("a row changed by another editor meanwhile is read again and written, their change kept", async () => {
    const w = world();
    w.register.beforeUpdate = (row) => {
      w.register.beforeUpdate = undefined;
      w.register.rows[0] = { ...row, currentItemId: "42", etag: '"99"' };
    };
    const result = await createFinalProtokoll(w.deps, view());
    expect(w.register.rows[0]).toMatchObject({ currentItemId: "42", protokollFileId: result.docx.id, protokollPdfId: result.pdf.id });
  });

  it("stops when a second secretary recorded another protokoll meanwhile, leaving their ids in the row", async () => {
    const w = world();
    w.register.beforeUpdate = (row) => {
      w.register.beforeUpdate = undefined;
      w.register.rows[0] = { ...row, protokollFileId: "theirs", protokollPdfId: "their-pdf", etag: '"99"' };
    };
    const error = await failureOf(createFinalProtokoll(w.deps, view()));
    expect([error.step, error.appError.code]).toEqual(["register", "conflict"]);
    expect(w.register.rows[0]).toMatchObject({ protokollFileId: "theirs", protokollPdfId: "their-pdf" });
  });

  it("a failed read of the folder or its files is the .docx step's failure, and bugs are not dressed as failures", async () => {
    const w = world();
    const error = await failureOf(createFinalProtokoll(w.deps, { ...view(), folder: { state: "error", error: { code: "forbidden" } } }));
    expect([error.step, error.appError.code]).toEqual(["docx", "forbidden"]);
    w.deps.renderDocx = async () => {
      throw new TypeError("a bug");
    };
    await expect(createFinalProtokoll(w.deps, view())).rejects.toThrow(TypeError);
  });
});
