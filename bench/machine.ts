/** The machine a benchmark ran on, so that its figures can be compared with others. */
import os from "node:os";

/** What BENCHMARKS.md prints about the machine. */
export interface MachineDescription {
  os: string;
  cpu: string;
  cores: number;
  memoryGiB: number;
  node: string;
  chromium: string;
}

/** Describes this machine; the Chromium version comes from the launched browser. */
export function describeMachine(chromiumVersion: string): MachineDescription {
  const cpus = os.cpus();
  return {
    os: `${os.type()} ${os.release()} (${os.platform()}/${os.arch()})`,
    cpu: cpus[0]?.model.trim() ?? "unknown",
    cores: typeof os.availableParallelism === "function" ? os.availableParallelism() : cpus.length,
    memoryGiB: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    chromium: chromiumVersion,
  };
}
