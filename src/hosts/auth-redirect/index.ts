/** Entry of auth-redirect.html: the redirect URI of the standard SPA sign-in outside Teams and Outlook. */
import { relayAuthResponse } from "../../services";

void relayAuthResponse((text) => {
  // textContent: the sentence is ours, and nothing from the URL may ever become markup on this page.
  (document.getElementById("root") ?? document.body).textContent = text;
});
