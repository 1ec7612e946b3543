/** Swedish collation shared by every ordering in core (å, ä, ö after z; "Del 2" before "Del 10"). */

const collator = new Intl.Collator("sv", { numeric: true, sensitivity: "variant" });

/** Compares two strings in Swedish order. */
export function compareSv(a: string, b: string): number {
  return collator.compare(a, b);
}
