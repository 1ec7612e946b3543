/** Seeded fault injection: "429:0.3,503:0.1,timeout:0.05" draws one fault (or none) per Graph request. */

/**
 * A fault the demo tenant can inject. 429, 503 and timeout fail before the request has any effect; lostResponse
 * applies the request and then answers 504, as when a gateway gives up after the write was done; 403 answers
 * SharePoint's accessDenied, as for a folder whose permissions were broken (not retryable, nothing happens).
 */
export type FaultKind = "429" | "503" | "timeout" | "lostResponse" | "403";

const KINDS: readonly string[] = ["429", "503", "timeout", "lostResponse", "403"];

function isFaultKind(kind: string | undefined): kind is FaultKind {
  return kind !== undefined && KINDS.includes(kind);
}

/** Reads the `inject` list of POST /_demo/faults (["403", "503"]); throws on anything else. */
export function parseInjected(raw: unknown): FaultKind[] {
  if (!Array.isArray(raw) || !raw.every((kind): kind is FaultKind => typeof kind === "string" && isFaultKind(kind))) {
    throw new Error(`inject: expected a list of ${KINDS.join(", ")}`);
  }
  return raw;
}

/** A parsed fault spec: cumulative probabilities in the order given. */
export interface FaultSpec {
  entries: { kind: FaultKind; probability: number }[];
}

/** Parses "429:0.3,503:0.1,timeout:0.05"; throws on anything else so a typo is not silently ignored. */
export function parseFaults(spec: string | undefined): FaultSpec {
  const entries: FaultSpec["entries"] = [];
  if (spec === undefined || spec.trim() === "") return { entries };
  for (const part of spec.split(",")) {
    const [kind, p] = part.trim().split(":");
    const probability = Number(p);
    if (!isFaultKind(kind) || !Number.isFinite(probability) || probability < 0 || probability > 1) {
      throw new Error(`DEMO_FAULTS: cannot read '${part}' (expected e.g. 429:0.3,503:0.1,timeout:0.05)`);
    }
    entries.push({ kind, probability });
  }
  const total = entries.reduce((s, e) => s + e.probability, 0);
  if (total > 1 + 1e-9) throw new Error(`DEMO_FAULTS: probabilities add up to ${total}, more than 1`);
  return { entries };
}

/** mulberry32: small, fast, and the same sequence for the same seed on every platform. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Draws faults from a spec with a seeded generator. */
export class FaultInjector {
  private spec: FaultSpec;
  private random: () => number;

  constructor(spec: string | undefined, seed = 1) {
    this.spec = parseFaults(spec);
    this.random = seededRandom(seed);
  }

  /** Replaces the spec and restarts the sequence from the seed; faults queued by inject() are dropped too. */
  set(spec: string | undefined, seed = 1): void {
    this.spec = parseFaults(spec);
    this.random = seededRandom(seed);
    this.queued = [];
  }

  private queued: { kind: FaultKind; where: string | undefined }[] = [];

  /**
   * The next requests get these faults, in order, before any drawn from the spec (targeted tests). With `where`,
   * only requests whose path contains it take them ("/children": the folder's files), the others pass untouched.
   */
  inject(kinds: readonly FaultKind[], where?: string): void {
    this.queued.push(...kinds.map((kind) => ({ kind, where })));
  }

  /** One draw per request ("METHOD /path", for targeted faults): the fault to inject, or undefined. */
  draw(path = ""): FaultKind | undefined {
    const index = this.queued.findIndex((q) => q.where === undefined || path.includes(q.where));
    if (index >= 0) return this.queued.splice(index, 1)[0]!.kind;
    if (this.spec.entries.length === 0) return undefined;
    const r = this.random();
    let acc = 0;
    for (const e of this.spec.entries) {
      acc += e.probability;
      if (r < acc) return e.kind;
    }
    return undefined;
  }
}
