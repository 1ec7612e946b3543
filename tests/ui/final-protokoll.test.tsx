/**
 * *Skapa slutligt protokoll* as the secretariat sees it (progress by step, both files as links, what "complete" means
 * before it is, Swedish failures with a retry that completes) and every member's "Protokoll (PDF)" link.
 */
import { TextDecoder, TextEncoder } from "node:util";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { ExpectedFailure } from "../../src/core";
import type { MeetingRegisterRow, MeetingView, Section } from "../../src/core";
import { EnvironmentProvider } from "../../src/ui/environment";
import { LanguageProvider } from "../../src/ui/i18n";
import { CreateFinalProtokoll } from "../../src/ui/protokoll/CreateFinalProtokoll";
import { RecordPortsProvider } from "../../src/ui/record/context";
import CreateProtokollDraft from "../../src/ui/protokoll/CreateProtokollDraft";
import type { RecordPorts } from "../../src/core";
import { memoryStore } from "../documents/memory-store";
import type { MemoryStore } from "../documents/memory-store";
import { memoryRegister, registerRow } from "../unit/app/memory-register";
import type { MemoryRegister } from "../unit/app/memory-register";
import { draftView } from "../unit/protokoll/fixtures";
import { CONFIG, fakeApp, fakeHost, fakeServices, makeView, renderApp, SP } from "./fakes";
import { runFinalProtokoll } from "../../src/app/protokoll/final-run";
import type { ProtokollUseCases } from "../../src/app";
import { finalReadiness } from "../../src/core/protokoll";
import { loadedDocumentWriters } from "../../src/services/documents/writers";

/** The final protokoll's use cases over the in-memory library and register, with the real writers. */
function finalOver(store: MemoryStore, register: MemoryRegister): Pick<ProtokollUseCases, "createFinal" | "finalReadiness"> {
  const ports = { documents: store, directory: { lookup: async () => [] }, writers: loadedDocumentWriters, register };
  return {
    createFinal: (v, options, onStep) => runFinalProtokoll(ports, v, options, onStep),
    finalReadiness: async (key) => finalReadiness(await register.find(key)),
  };
}

// jsdom lacks the encoders a browser has; the .docx writer and the PDF comparison use them.
Object.assign(globalThis, { TextEncoder, TextDecoder });
jest.setTimeout(30_000);

const folder = { id: "folder-1", name: "2018-04-20 Kommundirektörsmöte", webUrl: `${SP}/x` };

function view(): MeetingView {
  const base = draftView(folder);
  return { ...base, meeting: { ...base.meeting, iCalUId: "uid-1" } };
}

interface Setup {
  store: MemoryStore;
  register: MemoryRegister;
  openLink: jest.Mock;
  conversionFailures: number;
}

function setup(state: MeetingRegisterRow["state"] = "ended", names: string[] = []): Setup {
  const store = memoryStore(folder, names);
  const s: Setup = { store, register: memoryRegister([registerRow({ meetingKey: "uid-1", state })]), openLink: jest.fn(), conversionFailures: 0 };
  store.downloadPdf = async (id) => {
    if (s.conversionFailures-- > 0) throw new ExpectedFailure("unknown", "HTTP 500 generalException");
    return new TextEncoder().encode(`%PDF-1.7 ${(await store.download(id)).length}`);
  };
  render(
    <CreateFinalProtokoll view={view()} protokoll={finalOver(store, s.register)} groupName="Kommundirektörsgruppen" sharePointOrigin={SP} openLink={s.openLink} />,
  );
  return s;
}

const button = (): HTMLElement => screen.getByRole("button", { name: "Skapa slutligt protokoll" });

describe("Skapa slutligt protokoll", () => {
  it("creates both files, shows the steps as it goes, and offers each file as a link the host opens", async () => {
    const s = setup();
    await waitFor(() => expect(button().getAttribute("aria-disabled")).not.toBe("true"));
    fireEvent.click(button());
    expect(within(screen.getByRole("status")).getByText(/Kontrollerar registret|Skapar Word-filen|Skapar PDF/)).toBeTruthy();
    await screen.findByText(/Det slutliga protokollet är sparat i mötesmappen/, undefined, { timeout: 10_000 });
    fireEvent.click(screen.getByRole("link", { name: "Öppna Protokoll nr 3 2018.pdf" }));
    expect(s.openLink).toHaveBeenCalledWith(s.store.files.find((f) => f.name === "Protokoll nr 3 2018.pdf")!.webUrl);
    expect(screen.getByRole("link", { name: "Öppna Protokoll nr 3 2018.docx" })).toBeTruthy();
    expect(s.register.rows[0]!.protokollPdfId).toBe(s.store.files.find((f) => f.name === "Protokoll nr 3 2018.pdf")!.id);
  });

  it("says what 'complete' means while the meeting is still being recorded, and the button does nothing", async () => {
    const s = setup("inProgress");
    const note = await screen.findByText(/när mötets status är Avslutat, För justering eller Justerat\. Nu är status Pågår\./);
    expect(button().getAttribute("aria-disabled")).toBe("true");
    expect(button().getAttribute("aria-describedby")).toBe(note.id);
    fireEvent.click(button());
    expect(s.store.files).toEqual([]);
  });

  it("tells that a file under the name was kept and the new one renamed", async () => {
    setup("ended", ["Protokoll nr 3 2018.docx"]);
    await waitFor(() => expect(button().getAttribute("aria-disabled")).not.toBe("true"));
    fireEvent.click(button());
    expect(await screen.findByText(/Det fanns redan en fil som heter ”Protokoll nr 3 2018.docx”, så den nya fick namnet ”Protokoll nr 3 2018 \(2\).docx”/, undefined, { timeout: 10_000 })).toBeTruthy();
  });

  it("a failed conversion names the kept .docx in Swedish, and the retry completes without a second .docx", async () => {
    const s = setup();
    s.conversionFailures = 1;
    await waitFor(() => expect(button().getAttribute("aria-disabled")).not.toBe("true"));
    fireEvent.click(button());
    await screen.findByText(/Word-filen ”Protokoll nr 3 2018.docx” är sparad, men Microsoft 365 kunde inte göra en PDF av den/, undefined, { timeout: 10_000 });
    fireEvent.click(screen.getByRole("button", { name: "Försök igen" }));
    await screen.findByText(/Det slutliga protokollet är sparat/, undefined, { timeout: 10_000 });
    expect(s.store.files.map((f) => f.name).sort()).toEqual(["Protokoll nr 3 2018.docx", "Protokoll nr 3 2018.pdf"]);
  });

  it("is offered beside the draft when the host gives the register, and not where it gives none", () => {
    const services = fakeServices();
    const env = { app: fakeApp(services), host: fakeHost(), config: CONFIG };
    const record = { register: memoryRegister([registerRow({ meetingKey: "uid-1" })]) } as unknown as RecordPorts;
    const { unmount } = render(
      <EnvironmentProvider value={env}>
        <RecordPortsProvider value={record}>
          <CreateProtokollDraft view={view()} />
        </RecordPortsProvider>
      </EnvironmentProvider>,
    );
    expect(screen.getByRole("button", { name: "Skapa protokollutkast" })).toBeTruthy();
    expect(button()).toBeTruthy();
    unmount();
    render(
      <EnvironmentProvider value={env}>
        <CreateProtokollDraft view={view()} />
      </EnvironmentProvider>,
    );
    expect(screen.queryByRole("button", { name: "Skapa slutligt protokoll" })).toBeNull();
  });

  it("speaks English in an English client", async () => {
    const store = memoryStore(folder);
    render(
      <LanguageProvider value="en">
        <CreateFinalProtokoll view={view()} protokoll={finalOver(store, memoryRegister([]))} groupName="G" sharePointOrigin={SP} openLink={jest.fn()} />
      </LanguageProvider>,
    );
    expect(await screen.findByText(/Start recording the meeting first\./)).toBeTruthy();
    expect(screen.getByRole("button", { name: "Create final minutes" })).toBeTruthy();
  });
});

describe("Protokoll (PDF) on every member's tab", () => {
  function withRecord(row: MeetingRegisterRow | null): MeetingView {
    const record: Section<MeetingRegisterRow | null> = { state: "ready", value: row };
    return { ...makeView(), record };
  }

  function servicesWith(v: MeetingView, links: Map<string, string>) {
    const services = fakeServices({ loadMeetingView: jest.fn(async () => v) });
    services.documents.viewLinks = jest.fn(async () => links);
    return services;
  }

  it("shows the link once the register names the PDF, and the host opens the short link", async () => {
    const short = `${SP}/:b:/g/kort`;
    const host = fakeHost();
    const services = servicesWith(withRecord(registerRow({ protokollPdfId: "pdf-1" })), new Map([["pdf-1", short]]));
    renderApp({ services, host });
    const link = await screen.findByRole("link", { name: "Protokoll (PDF)" }, { timeout: 10_000 });
    expect(link.getAttribute("href")).toBe(short);
    expect(services.documents.viewLinks).toHaveBeenCalledWith(["pdf-1"]);
    fireEvent.click(link);
    expect(host.openLink).toHaveBeenCalledWith(short);
  });

  it("falls back to the PDF's own address in the folder when no short link can be made (a member may not make one)", async () => {
    const base = withRecord(registerRow({ protokollPdfId: "pdf-1" }));
    const pdf = { id: "pdf-1", name: "Protokoll nr 4 2024.pdf", webUrl: `${SP}/sites/kdgrupp/Protokoll.pdf`, size: 9, itemId: null, itemNumber: null, etag: null, lastModifiedUtc: null };
    const v: MeetingView = { ...base, files: { state: "ready", value: [pdf] } };
    renderApp({ services: servicesWith(v, new Map()) });
    expect((await screen.findByRole("link", { name: "Protokoll (PDF)" }, { timeout: 10_000 })).getAttribute("href")).toBe(pdf.webUrl);
  });

  it("shows nothing before there is a PDF", async () => {
    const services = servicesWith(withRecord(registerRow()), new Map());
    renderApp({ services });
    await screen.findByRole("region", { name: "Närvaro" }, { timeout: 10_000 });
    expect(screen.queryByText("Protokoll (PDF)")).toBeNull();
    expect(services.documents.viewLinks).not.toHaveBeenCalled();
  });

  it("never makes a link of an address outside the group's SharePoint", async () => {
    renderApp({ services: servicesWith(withRecord(registerRow({ protokollPdfId: "pdf-1" })), new Map([["pdf-1", "https://evil.example/p.pdf"]])) });
    expect(await screen.findByText(/Protokoll \(PDF\)/, undefined, { timeout: 10_000 })).toBeTruthy();
    expect(screen.queryByRole("link", { name: "Protokoll (PDF)" })).toBeNull();
  });
});
