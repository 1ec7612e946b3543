/** The demo user chosen outside Teams, remembered between visits. */

const KEY = "sammantrade.demoUser";

/** The remembered demo user's mail, or null (storage may be blocked, e.g. third-party frames). */
export function rememberedDemoUser(storage: Pick<Storage, "getItem"> | null): string | null {
  try {
    return storage?.getItem(KEY) ?? null;
  } catch {
    return null;
  }
}

/** Remembers the demo user; a blocked storage only means the choice is not kept. */
export function rememberDemoUser(storage: Pick<Storage, "setItem"> | null, mail: string): void {
  try {
    storage?.setItem(KEY, mail);
  } catch {
    // Blocked storage (private mode, third-party frame): the choice lasts for this page only.
  }
}

/** The page's storage, or null where reading it throws (blocked third-party storage). */
export function pageStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** The demo user the page starts with: the ?user= link, else the remembered one; lower-cased, or null. */
export function initialDemoUser(fromQuery: string | null, storage: Pick<Storage, "getItem"> | null): string | null {
  // An empty ?user= asks for no one in particular.
  const asked = fromQuery?.trim() || rememberedDemoUser(storage);
  return asked ? asked.toLowerCase() : null;
}

/** Whether a demo user names a mailbox at all ("name@domain"); anything else cannot sign in. */
export function isMailAddress(value: string): boolean {
  return /^[^\s@]+@[^\s@]+$/.test(value);
}
