/** The redirect page's one job: hand msal's sign-in answer back to the window that opened the popup (msal v5). */
import { broadcastResponseToMainFrame } from "@azure/msal-browser/redirect-bridge";

/** Shown when the page holds no sign-in answer (opened directly, or the answer was malformed). */
export const RELAY_FAILED_MESSAGE = "Inloggningen kunde inte slutföras. Stäng det här fönstret och försök igen i Sammanträde.";

/**
 * Runs msal v5's redirect bridge, which posts the answer from the URL to the opener over a BroadcastChannel and
 * closes the popup; when that fails, the person is told so instead of looking at a blank window.
 */
export async function relayAuthResponse(show: (text: string) => void, broadcast: () => Promise<void> = () => broadcastResponseToMainFrame()): Promise<void> {
  try {
    await broadcast();
  } catch {
    show(RELAY_FAILED_MESSAGE);
  }
}
