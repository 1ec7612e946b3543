/**
 * Whether a saved file is the same document as one just made, though packing or conversion stamped it at another
 * moment: how a re-run of *Skapa slutligt protokoll* recognises its own earlier upload instead of writing a "(2)".
 */
import JSZip from "jszip";

// Word's core properties carry the packing time; nothing else in a package we write changes from run to run.
const PACKING_TIME = /<dcterms:(created|modified)\b[^>]*>[^<]*<\/dcterms:\1>/g;

async function entries(bytes: Uint8Array): Promise<Map<string, string> | null> {
  try {
    const zip = await JSZip.loadAsync(bytes);
    const out = new Map<string, string>();
    for (const file of Object.values(zip.files)) {
      if (file.dir) continue;
      const text = await file.async("binarystring");
      out.set(file.name, file.name === "docProps/core.xml" ? text.replace(PACKING_TIME, "") : text);
    }
    return out;
  } catch {
    return null; // not a package: never "the same" as ours
  }
}

/** True when both .docx hold the same parts with the same content, the packing time aside. */
export async function sameDocx(a: Uint8Array, b: Uint8Array): Promise<boolean> {
  const [left, right] = await Promise.all([entries(a), entries(b)]);
  if (left === null || right === null || left.size !== right.size) return false;
  for (const [name, text] of left) if (right.get(name) !== text) return false;
  return true;
}

// What a converter stamps per run: creation and change time, the file identifier, and a checksum over those.
const PDF_STAMPS = [/\/CreationDate\s*\([^)]*\)/g, /\/ModDate\s*\([^)]*\)/g, /\/ID\s*\[[^\]]*\]/g, /\/DocChecksum\s*\/[0-9A-Fa-f]+/g, /<xmp:(CreateDate|ModifyDate|MetadataDate)>[^<]*<\/xmp:\1>/g, /<xmpMM:(DocumentID|InstanceID)>[^<]*<\/xmpMM:\1>/g];

function pdfWithoutStamps(bytes: Uint8Array): string {
  // A single-byte decoding keeps every byte as one character, so binary streams compare exactly.
  let text = new TextDecoder("latin1").decode(bytes);
  for (const stamp of PDF_STAMPS) text = text.replace(stamp, "");
  return text;
}

/** True when both are PDFs of the same content, the converter's time stamps and file identifier aside. */
export function samePdf(a: Uint8Array, b: Uint8Array): boolean {
  const isPdf = (bytes: Uint8Array): boolean => bytes.length > 5 && String.fromCharCode(...bytes.subarray(0, 5)) === "%PDF-";
  if (!isPdf(a) || !isPdf(b)) return false;
  return pdfWithoutStamps(a) === pdfWithoutStamps(b);
}
