import { lintAs } from "./lintAs";

const ruleOf = (message: string): string => message.slice(0, message.indexOf(":"));
const rules = (messages: string[]): string[] => messages.map(ruleOf).sort();

describe("each layer imports only what DESIGN §3 allows it", () => {
  it("rejects services, a host and a config value in the UI, lazy import() included", async () => {
    const messages = await lintAs("ui-imports-outer.ts", "src/ui/meeting/fixture.ts");
    expect(rules(messages)).toEqual(Array(5).fill("layering/allowed-layers"));
    expect(messages.filter((m) => m.includes("may not import src/services"))).toHaveLength(3);
    expect(messages.filter((m) => m.includes("may not import src/hosts"))).toHaveLength(1);
    expect(messages.filter((m) => m.includes("only types from src/config"))).toHaveLength(1);
  });

  it("accepts core and app through their faces, config types and the UI's own files", async () => {
    expect(await lintAs("ui-imports-faces.ts", "src/ui/meeting/fixture.ts")).toEqual([]);
  });

  it("lets the application layer import only core (and config types)", async () => {
    const messages = await lintAs("app-imports-outer.ts", "src/app/fixture.ts");
    expect(rules(messages)).toEqual(Array(4).fill("layering/allowed-layers"));
    for (const layer of ["services", "ui", "hosts"]) expect(messages.some((m) => m.includes(`src/app may not import src/${layer}`))).toBe(true);
    expect(messages.some((m) => m.includes("src/app may import only types from src/config"))).toBe(true);
    expect(await lintAs("app-imports-core.ts", "src/app/fixture.ts")).toEqual([]);
  });

  it("keeps core and services away from the UI and the hosts", async () => {
    expect(rules(await lintAs("app-imports-outer.ts", "src/services/fixture.ts"))).toEqual(Array(2).fill("layering/allowed-layers"));
    expect(rules(await lintAs("app-imports-outer.ts", "src/config/fixture.ts"))).toEqual(Array(3).fill("layering/allowed-layers"));
    expect(rules(await lintAs("app-imports-outer.ts", "src/core/fixture.ts")).filter((r) => r === "layering/allowed-layers")).toHaveLength(4);
  });
});

describe("another layer is imported only through its index.ts", () => {
  for (const layer of ["app", "services", "ui", "hosts", "config"]) {
    it(`rejects import, import type, re-export and import() past core's face from src/${layer}`, async () => {
      const messages = await lintAs("deep-core-import.ts", `src/${layer}/sub/fixture.ts`);
      expect(rules(messages)).toEqual(Array(4).fill("layering/layer-face"));
      expect(messages[0]).toContain('through its face "../../core"');
    });

    it(`accepts the same names through core's face, and the layer's own files, from src/${layer}`, async () => {
      expect(await lintAs("face-core-import.ts", `src/${layer}/sub/fixture.ts`)).toEqual([]);
    });
  }

  it("lets core's own files import each other directly (a layer's inside is its own)", async () => {
    expect(await lintAs("deep-core-import.ts", "src/core/sub/fixture.ts")).toEqual([]);
  });

  it("makes a host reach the UI and the services only through their faces", async () => {
    const messages = await lintAs("hosts-deep-ui.tsx", "src/hosts/teams/fixture.tsx");
    expect(rules(messages)).toEqual(Array(4).fill("layering/layer-face"));
    expect(messages.filter((m) => m.includes('"../../ui"'))).toHaveLength(3);
    expect(await lintAs("hosts-faces.tsx", "src/hosts/teams/fixture.tsx")).toEqual([]);
  });

  it("leaves the demo tenant, the server, scripts and tests free to reach inside (they are not product layers)", async () => {
    expect(await lintAs("deep-core-import.ts", "src/demo-tenant/sub/fixture.ts")).toEqual([]);
  });
});

describe("the rules of hooks", () => {
  it("rejects a conditional hook and an effect that forgets a dependency", async () => {
    const messages = await lintAs("hooks-broken.tsx", "src/ui/meeting/Fixture.tsx");
    expect(rules(messages)).toEqual(["react-hooks/exhaustive-deps", "react-hooks/rules-of-hooks"]);
  });

  it("accepts the same component written by the rules", async () => {
    expect(await lintAs("hooks-clean.tsx", "src/ui/meeting/Fixture.tsx")).toEqual([]);
  });
});
