/** A minimal, valid one-page PDF writer (Helvetica, WinAnsi) for the demo bilagor; no dependency needed. */

const WIN_ANSI_EXTRA: Record<string, number> = { "–": 0x96, "—": 0x97, "’": 0x92, "‘": 0x91, "“": 0x93, "”": 0x94, "•": 0x95, "€": 0x80 };

function winAnsi(text: string): Buffer {
  const bytes: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 63;
    const extra = WIN_ANSI_EXTRA[ch];
    if (extra !== undefined) bytes.push(extra);
    else if (code < 256) bytes.push(code);
    else bytes.push(63);
  }
  return Buffer.from(bytes);
}

function pdfString(text: string): Buffer {
  const raw = winAnsi(text);
  const out: number[] = [0x28];
  for (const b of raw) {
    if (b === 0x28 || b === 0x29 || b === 0x5c) out.push(0x5c);
    out.push(b);
  }
  out.push(0x29);
  return Buffer.from(out);
}

function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/)) {
    if (line !== "" && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line === "" ? word : `${line} ${word}`;
    }
  }
  if (line !== "") lines.push(line);
  return lines;
}

/** One A4 page with a bold title and wrapped paragraphs. */
export function makePdf(title: string, paragraphs: string[]): Buffer {
  const ops: Buffer[] = [Buffer.from("BT\n/F2 16 Tf\n56 780 Td\n18 TL\n"), pdfString(title), Buffer.from(" Tj\n/F1 11 Tf\n15 TL\nT*\n")];
  for (const p of paragraphs) {
    for (const line of wrap(p, 88)) ops.push(Buffer.from("T*\n"), pdfString(line), Buffer.from(" Tj\n"));
    ops.push(Buffer.from("T*\n"));
  }
  ops.push(Buffer.from("ET\n"));
  const content = Buffer.concat(ops);
  const objects: Buffer[] = [
    Buffer.from("<< /Type /Catalog /Pages 2 0 R >>"),
    Buffer.from("<< /Type /Pages /Kids [3 0 R] /Count 1 >>"),
    Buffer.from("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R /F2 5 0 R >> >> /Contents 6 0 R >>"),
    Buffer.from("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"),
    Buffer.from("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>"),
    Buffer.concat([Buffer.from(`<< /Length ${content.length} >>\nstream\n`), content, Buffer.from("\nendstream")]),
    Buffer.concat([Buffer.from("<< /Title "), pdfString(title), Buffer.from(" /Producer (Sammantrade demo) >>")]),
  ];
  const parts: Buffer[] = [Buffer.from("%PDF-1.4\n%\xE2\xE3\xCF\xD3\n", "latin1")];
  const offsets: number[] = [];
  let length = parts[0]?.length ?? 0;
  objects.forEach((obj, i) => {
    offsets.push(length);
    const chunk = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`), obj, Buffer.from("\nendobj\n")]);
    parts.push(chunk);
    length += chunk.length;
  });
  const xref = [`xref\n0 ${objects.length + 1}\n`, "0000000000 65535 f \n", ...offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`)].join("");
  parts.push(Buffer.from(`${xref}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Info 7 0 R >>\nstartxref\n${length}\n%%EOF\n`));
  return Buffer.concat(parts);
}
