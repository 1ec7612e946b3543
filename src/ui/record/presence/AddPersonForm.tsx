/** Adding someone who was not invited (a stand-in, a guest presenter): an inline form, nothing typed is lost on failure. */
import { Button, Field, Input, makeStyles, Select, tokens } from "@fluentui/react-components";
import { useEffect, useId, useRef, useState } from "react";
import type { AddPersonResult } from "../../../app";
import type { NewPersonInput, NewPersonProblem, PresenceRole } from "../../../core";
import { isAppFailure, errorMessage } from "../../../core";
import { useLanguage, useStrings } from "../../i18n";

const useStyles = makeStyles({
  form: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingVerticalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    minWidth: 0,
  },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300 },
  actions: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXS },
  error: { color: tokens.colorPaletteRedForeground1 },
});

const ROLES: readonly PresenceRole[] = ["guest", "member", "chair", "secretariat"];
const EMPTY: NewPersonInput = { displayName: "", organisation: "", role: "guest", email: "" };

/** Props of AddPersonForm. */
export interface AddPersonFormProps {
  onAdd: (input: NewPersonInput) => Promise<AddPersonResult>;
  /** Closes the form: `announce` says whom it added or found on the list already, null when cancelled. */
  onDone: (announce: string | null) => void;
}

/** Renders the form; it takes focus when it opens. */
export function AddPersonForm({ onAdd, onDone }: AddPersonFormProps): JSX.Element {
  const styles = useStyles();
  const { teams } = useStrings();
  const language = useLanguage();
  const [input, setInput] = useState<NewPersonInput>(EMPTY);
  const [problems, setProblems] = useState<Partial<Record<keyof NewPersonInput, NewPersonProblem>>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const nameRef = useRef<HTMLInputElement>(null);
  const headingId = useId();
  const p = teams.presence;

  useEffect(() => nameRef.current?.focus(), []);

  const set = (field: keyof NewPersonInput) => (value: string) => setInput((current) => ({ ...current, [field]: value }));
  const problemText = (problem: NewPersonProblem | undefined): string | undefined => (problem === undefined ? undefined : p[problem]);

  const submit = async (): Promise<void> => {
    setBusy(true);
    setMessage(null);
    setProblems({});
    try {
      const result = await onAdd(input);
      if (result.kind === "invalid") {
        setProblems(result.problems);
        if (result.problems.displayName !== undefined) nameRef.current?.focus();
      } else {
        // Already on the list (perhaps from an attempt whose answer was lost): nothing to add, the row is shown.
        onDone(result.kind === "exists" ? p.exists(result.row.displayName) : p.added(result.row.displayName));
      }
    } catch (error) {
      setMessage(errorMessage(isAppFailure(error) ? error.appError.code : "unknown", language));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      className={styles.form}
      aria-labelledby={headingId}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
      onKeyDown={(event) => {
        if (event.key === "Escape") onDone(null);
      }}
    >
      <h3 id={headingId} className={styles.heading}>
        {p.addTitle}
      </h3>
      <Field label={p.name} required validationMessage={problemText(problems.displayName)}>
        <Input ref={nameRef} value={input.displayName} onChange={(_, d) => set("displayName")(d.value)} autoComplete="off" />
      </Field>
      <Field label={p.organisation} hint={p.organisationHint} validationMessage={problemText(problems.organisation)}>
        <Input value={input.organisation} onChange={(_, d) => set("organisation")(d.value)} autoComplete="off" />
      </Field>
      <Field label={p.role}>
        <Select value={input.role} onChange={(_, d) => set("role")(d.value)}>
          {ROLES.map((role) => (
            <option key={role} value={role}>
              {p.roles[role]}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={p.email} validationMessage={problemText(problems.email)}>
        <Input type="email" value={input.email} onChange={(_, d) => set("email")(d.value)} autoComplete="off" />
      </Field>
      {message !== null && (
        <div role="alert" className={styles.error}>
          {message}
        </div>
      )}
      <div className={styles.actions}>
        <Button appearance="primary" type="submit" disabled={busy}>
          {p.add}
        </Button>
        <Button onClick={() => onDone(null)}>{p.cancel}</Button>
      </div>
    </form>
  );
}
