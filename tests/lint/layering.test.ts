import { lintAs } from "./lintAs";

describe("layering is enforced by lint", () => {
  it("rejects React, Graph client, Graph types, teams-js, outer layers and host globals in src/core", async () => {
    const messages = await lintAs("core-imports-sdk.ts", "src/core/fixture-violation.ts");
    const imports = messages.filter((m) => m.startsWith("no-restricted-imports"));
    expect(imports).toHaveLength(5);
    expect(messages.some((m) => m.startsWith("no-restricted-globals") && m.includes("window"))).toBe(true);
    expect(messages.some((m) => m.startsWith("no-restricted-globals") && m.includes("localStorage"))).toBe(true);
  });

  it("rejects fetch outside the one transport module", async () => {
    for (const where of ["src/ui/fixture.ts", "src/services/graph/fixture.ts", "src/hosts/teams/fixture.ts"]) {
      const messages = await lintAs("ui-calls-fetch.ts", where);
      expect(messages.filter((m) => m.startsWith("no-restricted-globals") || m.startsWith("no-restricted-properties"))).toHaveLength(2);
    }
  });

  it("allows fetch in src/services/http/transport.ts", async () => {
    const messages = await lintAs("ui-calls-fetch.ts", "src/services/http/transport.ts");
    expect(messages.filter((m) => m.includes("fetch"))).toEqual([]);
  });

  it("accepts a pure core module", async () => {
    expect(await lintAs("clean-core.ts", "src/core/fixture-clean.ts")).toEqual([]);
  });
});
