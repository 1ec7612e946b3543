/**
 * @jest-environment jsdom
 */
/** The secretariat's action in the tab: by role and text, as a user meets it. */
import { TextDecoder, TextEncoder } from "node:util";
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import CreateProtokollDraft from "../../../src/ui/protokoll/CreateProtokollDraft";
import { EnvironmentProvider } from "../../../src/ui/environment";
import type { UiEnvironment } from "../../../src/ui/environment";
import { createProtokollDraft } from "../../../src/app/protokollDraft";
import type { ProtokollUseCases } from "../../../src/app";
import type { MeetingView } from "../../../src/core/ports";
import { loadedDocumentWriters } from "../../../src/services/documents/writers";
import type { Folder } from "../../../src/core/types";
import { GraphError } from "../../../src/services/graph/errors";
import { memoryDirectory, memoryStore } from "../../documents/memory-store";
import type { MemoryStore } from "../../documents/memory-store";
import { draftView } from "./fixtures";
import { mammothText } from "../../documents/consumers";
import { bodyWith, customTemplate } from "../../documents/custom-template";

// jsdom lacks the encoders every browser has; the docx writer needs them.
Object.assign(globalThis, { TextEncoder, TextDecoder });

const folder: Folder = { id: "folder-1", name: "2018-04-20 Kommundirektörsmöte", webUrl: "https://familjenhelsingborg.sharepoint.com/sites/kdgrupp" };

const view: MeetingView = draftView(folder);

/** The protokoll use case over the in-memory library and directory, with the real .docx writer. */
function protokollOver(store: MemoryStore): Pick<ProtokollUseCases, "createDraft"> {
  return { createDraft: (v, options) => createProtokollDraft({ documents: store, directory: memoryDirectory(), writers: loadedDocumentWriters }, v, options) };
}

function setup(store = memoryStore(folder), templatePath?: string) {
  const openLink = jest.fn();
  const environment = {
    app: { protokoll: protokollOver(store) },
    host: { openLink },
    config: { mode: "demo", sharePointOrigin: "https://familjenhelsingborg.sharepoint.com", organizerMailbox: "x@y", groupName: "Kommundirektörsgruppen", protokollTemplatePath: templatePath },
  } as unknown as UiEnvironment;
  render(
    <EnvironmentProvider value={environment}>
      <CreateProtokollDraft view={view} />
    </EnvironmentProvider>,
  );
  return { store, openLink };
}

describe("CreateProtokollDraft", () => {
  it("creates the draft, names the file, and opens it through the host", async () => {
    const { store, openLink } = setup();
    fireEvent.click(screen.getByRole("button", { name: "Skapa protokollutkast" }));
    expect(screen.getByRole("button", { name: "Skapa protokollutkast" }).hasAttribute("disabled")).toBe(true);
    expect(await screen.findByText(/Skapar protokollutkast/)).toBeTruthy();
    expect(await screen.findByText("Utkastet sparades i mötesmappen som ”Protokoll nr 3 2018 (utkast).docx”.", { exact: false })).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Öppna utkastet" }));
    expect(openLink).toHaveBeenCalledWith(store.files[0]?.webUrl);
  });

  it("tells the user when the name was changed to '(utkast 2)' and the earlier file kept", async () => {
    setup(memoryStore(folder, ["Protokoll nr 3 2018 (utkast).docx"]));
    fireEvent.click(screen.getByRole("button", { name: "Skapa protokollutkast" }));
    expect(
      await screen.findByText(/Det fanns redan en fil som heter ”Protokoll nr 3 2018 \(utkast\)\.docx”, så det nya utkastet fick namnet ”Protokoll nr 3 2018 \(utkast 2\)\.docx”\. Den befintliga filen är orörd\./),
    ).toBeTruthy();
  });

  it("explains a failure in Swedish and lets the user retry", async () => {
    const store = memoryStore(folder);
    const upload = store.upload.bind(store);
    let calls = 0;
    store.upload = (...args) => (++calls === 1 ? Promise.reject(new GraphError("throttled", "429")) : upload(...args));
    setup(store);
    fireEvent.click(screen.getByRole("button", { name: "Skapa protokollutkast" }));
    expect(await screen.findByText("Protokollutkastet kunde inte skapas.")).toBeTruthy();
    expect(screen.getByText(/Microsoft 365 ber oss vänta en stund/)).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Försök igen" }));
    await waitFor(() => expect(store.files.map((f) => f.name)).toEqual(["Protokoll nr 3 2018 (utkast).docx"]));
    expect(screen.queryByText("Protokollutkastet kunde inte skapas.")).toBeNull();
  });

  it("drafts in the group's own template from the library when there is one", async () => {
    const store = memoryStore(folder);
    store.library.set("Mallar/Protokollmall.docx", customTemplate());
    setup(store, "Mallar/Protokollmall.docx");
    fireEvent.click(screen.getByRole("button", { name: "Skapa protokollutkast" }));
    await screen.findByText(/Utkastet sparades/);
    expect(await mammothText(store.files[0]!.content)).toContain("Protokollförare: johan.lindberg@familjenhelsingborg.se");
  });

  it("names the placeholder and the template when the group's template has a mistake, and uploads nothing", async () => {
    const store = memoryStore(folder);
    store.library.set("Mallar/Protokollmall.docx", customTemplate(bodyWith("{närvarnde}")));
    setup(store, "Mallar/Protokollmall.docx");
    fireEvent.click(screen.getByRole("button", { name: "Skapa protokollutkast" }));
    expect(await screen.findByText("Protokollutkastet kunde inte skapas.")).toBeTruthy();
    expect(screen.getByText(/Protokollmallen ”Protokollmall\.docx” använder fältet \{närvarnde\}, som inte finns\./)).toBeTruthy();
    expect(screen.getByRole("button", { name: "Försök igen" })).toBeTruthy();
    expect(store.files).toEqual([]);
  });

  it("offers no open button for a link outside the group's SharePoint", async () => {
    const store = memoryStore(folder);
    const upload = store.upload.bind(store);
    store.upload = async (...args) => {
      const result = await upload(...args);
      return { ...result, file: { ...result.file, webUrl: "https://evil.example/x.docx" } };
    };
    setup(store);
    fireEvent.click(screen.getByRole("button", { name: "Skapa protokollutkast" }));
    await screen.findByText(/Utkastet sparades/);
    expect(screen.queryByRole("button", { name: "Öppna utkastet" })).toBeNull();
  });

  it("works outside a host with the use case and onOpen as props", async () => {
    const store = memoryStore(folder);
    const onOpen = jest.fn();
    render(<CreateProtokollDraft view={view} protokoll={protokollOver(store)} onOpen={onOpen} groupName="Gruppen" />);
    fireEvent.click(screen.getByRole("button", { name: "Skapa protokollutkast" }));
    fireEvent.click(await screen.findByRole("button", { name: "Öppna utkastet" }));
    expect(onOpen).toHaveBeenCalledWith(store.files[0]?.webUrl);
  });
});
