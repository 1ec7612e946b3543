/** The offer to fill times from the Teams meeting's attendance report, and what came of it. */
import { Button, makeStyles, Text, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { OnlineFill } from "../../../app";
import { isAppFailure, errorMessage } from "../../../core";
import { useLanguage, useStrings } from "../../i18n";

const useStyles = makeStyles({
  offer: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS, minWidth: 0 },
  hint: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  button: { maxWidth: "100%", whiteSpace: "normal", height: "auto" },
});

type Outcome = { kind: "idle" } | { kind: "busy" } | { kind: "done"; text: string };

/** Props of OnlineOffer. */
export interface OnlineOfferProps {
  onFill: () => Promise<OnlineFill>;
}

/** Renders the offer (the parent shows it only for a Teams meeting). */
export function OnlineOffer({ onFill }: OnlineOfferProps): JSX.Element {
  const styles = useStyles();
  const { teams } = useStrings();
  const language = useLanguage();
  const [outcome, setOutcome] = useState<Outcome>({ kind: "idle" });
  const p = teams.presence;

  const fill = async (): Promise<void> => {
    setOutcome({ kind: "busy" });
    try {
      const result = await onFill();
      if (result.kind === "filled") {
        const names = result.notListed.map((o) => o.displayName || o.email).join(", ");
        setOutcome({ kind: "done", text: [p.onlineFilled(result.updated.length), names === "" ? "" : p.onlineNotListed(names)].filter((t) => t !== "").join(" ") });
      } else {
        // notOnline cannot come from an offer shown only for a Teams meeting; it reads as the same dead end.
        setOutcome({ kind: "done", text: p.onlineUnavailable });
      }
    } catch (error) {
      setOutcome({ kind: "done", text: errorMessage(isAppFailure(error) ? error.appError.code : "unknown", language) });
    }
  };

  return (
    <div className={styles.offer}>
      <Button className={styles.button} disabled={outcome.kind === "busy"} onClick={() => void fill()}>
        {p.onlineOffer}
      </Button>
      <Text className={styles.hint}>{p.onlineHint}</Text>
      <div role="status">{outcome.kind === "busy" ? p.onlineBusy : outcome.kind === "done" ? outcome.text : ""}</div>
    </div>
  );
}
