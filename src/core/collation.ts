/** Swedish collation shared by every ordering in core (å, ä, ö after z; "Del 2" before "Del 10"). */

// Created on first comparison, not at module load: the first Collator loads ICU's collation data (tens of ms in a
// browser), and the meeting tab's entry imports core before it sends its Graph request.
let collator: Intl.Collator | null = null;

/** Compares two strings in Swedish order. */
export function compareSv(a: string, b: string): number {
  collator ??= new Intl.Collator("sv", { numeric: true, sensitivity: "variant" });
  return collator.compare(a, b);
}
