/** NewMessageForm over Office.js: Mailbox.displayNewMessageForm (requirement set 1.6, within the add-in's 1.8). No Graph scope. */
import type { NewMessage, NewMessageForm } from "../../core";
import { OfficeError } from "./office-error";

/** Outlook opens at most 100 recipients per field. */
export const MAX_RECIPIENTS = 100;

/** Creates the adapter over Office.context.mailbox. */
export function createOfficeNewMessageForm(office: typeof Office): NewMessageForm {
  return {
    async open(message: NewMessage) {
      if (message.to.length === 0) throw new OfficeError("invalidResponse", "displayNewMessageForm: no recipients");
      if (message.to.length > MAX_RECIPIENTS) throw new OfficeError("invalidResponse", `displayNewMessageForm: more than ${MAX_RECIPIENTS} recipients`);
      try {
        office.context.mailbox.displayNewMessageForm({
          toRecipients: message.to.map((p) => ({ displayName: p.name, emailAddress: p.email, recipientType: "user" }) as Office.EmailAddressDetails),
          subject: message.subject,
          htmlBody: message.htmlBody,
        });
      } catch (error) {
        throw new OfficeError("unknown", `displayNewMessageForm: ${error instanceof Error ? error.message : String(error)}`);
      }
    },
  };
}
