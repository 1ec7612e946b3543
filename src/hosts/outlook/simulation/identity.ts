/** Who the simulated appointment belongs to and who opened it, from the page's query. */
import type { SimulatedIdentity } from "./simulatedAppointment";

const MAIL = /^[^\s@]+@[^\s@]+$/;

/** `?user=` (default: the organizer mailbox) and `?owner=` (default: the user's own calendar), lower-cased. */
export function simulatedIdentity(search: string, organizerMailbox: string): SimulatedIdentity {
  const params = new URLSearchParams(search);
  const pick = (name: string, fallback: string): string => {
    const value = params.get(name)?.trim().toLowerCase() ?? "";
    return MAIL.test(value) ? value : fallback;
  };
  const user = pick("user", organizerMailbox.toLowerCase());
  return { user, owner: pick("owner", user) };
}
