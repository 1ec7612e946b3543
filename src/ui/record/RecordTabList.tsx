/**
 * Two tabs (Punkt, Närvaro) by the WAI-ARIA tabs pattern: arrow keys move between them, only the selected one is in
 * the tab order. Not Fluent's TabList: its focus-trap helpers are focusable aria-hidden elements that axe rejects.
 */
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { useRef } from "react";
import type { KeyboardEvent } from "react";

const useStyles = makeStyles({
  root: { display: "flex", columnGap: tokens.spacingHorizontalS, borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  selected: { borderBottom: `${tokens.strokeWidthThicker} solid ${tokens.colorBrandStroke1}`, borderRadius: 0, fontWeight: tokens.fontWeightSemibold },
  tab: { borderRadius: 0, borderBottom: `${tokens.strokeWidthThicker} solid transparent` },
});

/** One tab: its value, label and the id of the panel it controls. */
export interface RecordTab<V extends string> {
  value: V;
  label: string;
  panelId: string;
  tabId: string;
}

/** Props of RecordTabList. */
export interface RecordTabListProps<V extends string> {
  label: string;
  tabs: readonly RecordTab<V>[];
  selected: V;
  onSelect: (value: V) => void;
}

/** Renders the tab list. */
export function RecordTabList<V extends string>({ label, tabs, selected, onSelect }: RecordTabListProps<V>): JSX.Element {
  const styles = useStyles();
  const refs = useRef<Array<HTMLElement | null>>([]);
  const onKeyDown = (event: KeyboardEvent, index: number): void => {
    const step = event.key === "ArrowRight" ? 1 : event.key === "ArrowLeft" ? -1 : 0;
    if (step === 0) return;
    event.preventDefault();
    const next = (index + step + tabs.length) % tabs.length;
    const tab = tabs[next];
    if (tab === undefined) return;
    onSelect(tab.value);
    refs.current[next]?.focus();
  };
  return (
    <div role="tablist" aria-label={label} className={styles.root}>
      {tabs.map((tab, index) => {
        const isSelected = tab.value === selected;
        return (
          <Button
            key={tab.value}
            id={tab.tabId}
            ref={(element) => {
              refs.current[index] = element;
            }}
            role="tab"
            appearance="transparent"
            className={isSelected ? styles.selected : styles.tab}
            aria-selected={isSelected}
            aria-controls={tab.panelId}
            tabIndex={isSelected ? 0 : -1}
            onClick={() => onSelect(tab.value)}
            onKeyDown={(event) => onKeyDown(event, index)}
          >
            {tab.label}
          </Button>
        );
      })}
    </div>
  );
}
