/** What became of the item: one of the group's five outcomes, as a radio group. */
import { Field, Radio, RadioGroup } from "@fluentui/react-components";
import { OUTCOMES } from "../../core";
import type { Outcome } from "../../core";
import { useStrings } from "../i18n";

/** Props of OutcomeChoice. */
export interface OutcomeChoiceProps {
  value: Outcome | null;
  onChange: (outcome: Outcome) => void;
}

/** Renders the outcomes; none is chosen until recorded. */
export function OutcomeChoice({ value, onChange }: OutcomeChoiceProps): JSX.Element {
  const { recording } = useStrings();
  return (
    <Field label={recording.outcomeLabel}>
      <RadioGroup value={value ?? ""} onChange={(_event, data) => onChange(data.value as Outcome)}>
        {OUTCOMES.map((outcome) => (
          <Radio key={outcome} value={outcome} label={recording.outcomes[outcome]} />
        ))}
      </RadioGroup>
    </Field>
  );
}
