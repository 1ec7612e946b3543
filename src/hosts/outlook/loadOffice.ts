/** Loads Office.js only when Outlook hosts the page, and waits for Office.onReady. */

/** Microsoft's CDN copy of Office.js (the only supported way to load it; allowed by the page's CSP). */
export const OFFICE_JS_URL = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

const READY_TIMEOUT_MS = 20_000;

/** True when Office opened the page: Office appends `_host_Info` to the URL, or Office.js is already there. */
export function isOfficeHosted(win: Window): boolean {
  return new URLSearchParams(win.location.search).has("_host_Info") || typeof (win as unknown as { Office?: unknown }).Office !== "undefined";
}

function officeGlobal(): typeof Office | undefined {
  return (window as unknown as { Office?: typeof Office }).Office;
}

function addScript(doc: Document): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = doc.createElement("script");
    script.src = OFFICE_JS_URL;
    script.async = true;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`Office.js kunde inte laddas från ${OFFICE_JS_URL}`));
    doc.head.append(script);
  });
}

/** Loads Office.js when needed and resolves with the Office namespace once it is ready for Outlook. */
export async function loadOffice(doc: Document): Promise<typeof Office> {
  if (officeGlobal() === undefined) await addScript(doc);
  const office = officeGlobal();
  if (office === undefined) throw new Error("Office.js saknas efter laddning");
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Office.onReady svarade inte inom ${READY_TIMEOUT_MS} ms`)), READY_TIMEOUT_MS);
    void office.onReady(() => {
      clearTimeout(timer);
      resolve();
    });
  });
  return office;
}
