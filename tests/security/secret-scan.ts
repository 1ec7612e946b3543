/** A small secret scanner for the built bundle: the patterns of credentials a public client must never carry. */
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

/** One kind of secret and how it looks in text. */
export interface SecretPattern {
  name: string;
  pattern: RegExp;
}

/** Credentials by shape. A public SPA has none: NAA asks the host for tokens at run time. */
export const SECRET_PATTERNS: readonly SecretPattern[] = [
  { name: "private key", pattern: /-----BEGIN (?:[A-Z]+ )*PRIVATE KEY-----/ },
  { name: "certificate", pattern: /-----BEGIN CERTIFICATE-----/ },
  { name: "JSON Web Token", pattern: /\beyJ[\w-]{10,}\.eyJ[\w-]{10,}\.[\w-]*/ },
  { name: "bearer token", pattern: /Bearer\s+[A-Za-z0-9\-._~+/]{20,}=*/ },
  { name: "demo token with a mail address", pattern: /demo:[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[a-z]{2,}/i },
  // Entra client secrets are 34–40 characters; new ones carry "Q~" after three characters and a digit.
  { name: "Entra client secret (shape)", pattern: /\b[A-Za-z0-9_.-]{3}\dQ~[A-Za-z0-9_~.-]{31,34}\b/ },
  { name: "client secret next to its name", pattern: /(?:client[_-]?secret|clientSecret|secret)["'`]?\s*[:=]\s*["'`][A-Za-z0-9~._-]{34,40}["'`]/i },
  { name: "storage account key", pattern: /AccountKey=[A-Za-z0-9+/=]{20,}/ },
  { name: "shared access key", pattern: /SharedAccessKey=[A-Za-z0-9+/=]{20,}/ },
  { name: "SAS signature", pattern: /[?&]sig=[A-Za-z0-9%+/=]{20,}/ },
  { name: "AWS access key", pattern: /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/ },
  { name: "GitHub token", pattern: /\bgh[pousr]_[A-Za-z0-9]{36,}\b/ },
  { name: "Slack token", pattern: /\bxox[abprs]-[A-Za-z0-9-]{10,}/ },
  { name: "Google API key", pattern: /\bAIza[0-9A-Za-z_-]{35}\b/ },
];

/** A secret found in a file. */
export interface SecretFinding {
  file: string;
  kind: string;
  excerpt: string;
}

/** Every file under `dir`, recursively. */
export function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}

/** Scans text for secrets; the excerpt shows only the first characters so a report never repeats a secret whole. */
export function scanText(file: string, text: string): SecretFinding[] {
  const findings: SecretFinding[] = [];
  for (const { name, pattern } of SECRET_PATTERNS) {
    const match = new RegExp(pattern.source, `${pattern.flags.replace("g", "")}g`);
    for (const m of text.matchAll(match)) findings.push({ file, kind: name, excerpt: `${m[0].slice(0, 12)}…` });
  }
  return findings;
}

/** Scans every file under `dir` (binary files as latin1, so embedded text is still seen). */
export function scanDirectory(dir: string): { files: number; bytes: number; findings: SecretFinding[] } {
  const files = filesUnder(dir);
  let bytes = 0;
  const findings = files.flatMap((file) => {
    const content = readFileSync(file);
    bytes += content.length;
    return scanText(path.relative(dir, file), content.toString("latin1"));
  });
  return { files: files.length, bytes, findings };
}
