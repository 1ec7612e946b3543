/**
 * @jest-environment jsdom
 */
/**
 * The Outlook page in production mode, opened in a plain browser: it says to open the pane in Outlook, in the page's
 * language, and never builds the simulation or a demo token.
 */
import { outlookStartFor, showOpenInOutlook } from "../../src/hosts/outlook/outsideOutlook";
import { common as sv } from "../../src/core/i18n/sv/common";
import { common as en } from "../../src/core/i18n/en/common";
import { DEMO_CONFIG } from "../../src/config";
import type { mountSimulation as mountSimulationType } from "../../src/hosts/outlook/mountSimulation";

const demoTokens = jest.fn();
const mountSimulation = jest.fn(() => Promise.resolve());
jest.mock("../../src/services", () => ({ ...jest.requireActual<object>("../../src/services"), createDemoTokenProvider: (...args: unknown[]) => demoTokens(...args) }));
jest.mock("../../src/hosts/outlook/mountSimulation", () => ({ mountSimulation: (...args: unknown[]) => mountSimulation(...(args as [])) }));

function pageWith(mode: string, search = "", locale = "sv-SE"): void {
  jest.spyOn(window.navigator, "language", "get").mockReturnValue(locale);
  document.head.innerHTML = `<meta name="sammantrade-config" content='${JSON.stringify({ mode })}'>`;
  document.body.innerHTML = `<div id="root"></div>`;
  window.history.replaceState(null, "", `/outlook.html${search}`);
}

async function runEntry(): Promise<void> {
  // The entry starts itself on import: a fresh module registry runs it again for each page.
  await jest.isolateModulesAsync(async () => {
    await import("../../src/hosts/outlook/index");
  });
  // The entry starts asynchronously (dynamic imports): let it settle.
  for (let i = 0; i < 20; i += 1) await new Promise((resolve) => setTimeout(resolve, 0));
}

beforeEach(() => {
  demoTokens.mockClear();
  mountSimulation.mockClear();
});

describe("where the Outlook pane starts", () => {
  it("simulates only in demo mode; Office always wins; production outside Office gets the notice", () => {
    expect(outlookStartFor("demo", false)).toBe("simulation");
    expect(outlookStartFor("production", false)).toBe("openInOutlook");
    expect(outlookStartFor("production", true)).toBe("office");
    expect(outlookStartFor("demo", true)).toBe("office");
  });

  it("the notice is a heading and a sentence, in the language given", () => {
    const root = document.createElement("div");
    showOpenInOutlook(root, en);
    expect(root.querySelector("h1")?.textContent).toBe("Open Sammanträde in Outlook");
    expect(root.textContent).toContain("works only inside Outlook");
  });
});

describe("the outlook.html entry in a plain browser", () => {
  it("production mode says, in Swedish, to open the pane in Outlook, and builds no simulation or demo token", async () => {
    pageWith("production");
    await runEntry();
    const root = document.getElementById("root");
    expect(root?.querySelector("h1")?.textContent).toBe(sv.openInOutlookTitle);
    expect(root?.textContent).toContain("fungerar bara inne i Outlook");
    expect(mountSimulation).not.toHaveBeenCalled();
    expect(demoTokens).not.toHaveBeenCalled();
  });

  it("production mode says it in English for an English browser, and with ?lang=en", async () => {
    pageWith("production", "", "en-GB");
    await runEntry();
    expect(document.querySelector("h1")?.textContent).toBe(en.openInOutlookTitle);
    pageWith("production", "?lang=en");
    await runEntry();
    expect(document.querySelector("h1")?.textContent).toBe(en.openInOutlookTitle);
  });

  it("demo mode still mounts the simulation", async () => {
    pageWith("demo");
    await runEntry();
    expect(mountSimulation).toHaveBeenCalledTimes(1);
    expect(document.querySelector("[data-testid=open-in-outlook]")).toBeNull();
  });
});

describe("mountSimulation itself", () => {
  it("refuses production mode before it builds any token", async () => {
    const actual = jest.requireActual<{ mountSimulation: typeof mountSimulationType }>("../../src/hosts/outlook/mountSimulation");
    await expect(actual.mountSimulation(document.createElement("div"), { ...DEMO_CONFIG, mode: "production" }, null)).rejects.toThrow("demoläge");
    expect(demoTokens).not.toHaveBeenCalled();
  });
});
