import type { ErrorCode } from "../errors";
import { GRAPH_RETRY_BUDGET } from "../retry-budget";

// The sentences name the budget we tried within, so the user knows we already waited and that retrying is theirs.
const { maxAttempts: TRIES, deadlineSeconds: SECONDS } = GRAPH_RETRY_BUDGET;

/** UI languages. Swedish is the default; English follows the Teams/browser locale. */
export type Language = "sv" | "en";

/** One sentence per error code, with a way on, in each language. */
export const ERROR_MESSAGES: Record<Language, Record<ErrorCode, string>> = {
  sv: {
    throttled: `Microsoft 365 ber oss vänta en stund. Vi försökte ${TRIES} gånger under upp till ${SECONDS} sekunder. Försök igen om en minut.`,
    unavailable: `Microsoft 365 är inte tillgängligt just nu. Vi försökte ${TRIES} gånger under upp till ${SECONDS} sekunder. Försök igen om en stund.`,
    timeout: `Microsoft 365 svarade inte inom ${SECONDS} sekunder. Försök igen om en stund.`,
    forbidden: "Du saknar behörighet till den här informationen. Kontakta sekretariatet om du behöver den.",
    notFound: "Det gick inte att hitta det du sökte. Det kan ha flyttats eller tagits bort.",
    conflict: "Någon annan har ändrat samma sak samtidigt. Din text finns kvar – jämför och spara igen.",
    offline: "Det går inte att nå Microsoft 365 just nu. Kontrollera nätverket och försök igen.",
    unauthenticated: "Du behöver logga in igen.",
    invalidResponse: "Svaret från Microsoft 365 var ofullständigt. Försök igen; kvarstår felet, kontakta sekretariatet.",
    unknown: "Något gick fel. Försök igen; kvarstår felet, kontakta sekretariatet.",
  },
  en: {
    throttled: `Microsoft 365 asks us to wait a moment. We tried ${TRIES} times over up to ${SECONDS} seconds. Try again in a minute.`,
    unavailable: `Microsoft 365 is not available right now. We tried ${TRIES} times over up to ${SECONDS} seconds. Try again in a moment.`,
    timeout: `Microsoft 365 did not answer within ${SECONDS} seconds. Try again in a moment.`,
    forbidden: "You do not have access to this information. Contact the secretariat if you need it.",
    notFound: "We could not find what you were looking for. It may have been moved or deleted.",
    conflict: "Someone else changed the same thing at the same time. Your text is kept – compare and save again.",
    offline: "Microsoft 365 cannot be reached right now. Check the network and try again.",
    unauthenticated: "You need to sign in again.",
    invalidResponse: "The answer from Microsoft 365 was incomplete. Try again; if it persists, contact the secretariat.",
    unknown: "Something went wrong. Try again; if it persists, contact the secretariat.",
  },
};

/** The user-facing sentence for an error code. */
export function errorMessage(code: ErrorCode, language: Language): string {
  return ERROR_MESSAGES[language][code];
}
