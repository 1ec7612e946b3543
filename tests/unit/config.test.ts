import { DEMO_CONFIG, configFromEnv, graphRoot, mergeConfig } from "../../src/config";
import { injectConfig } from "../../src/server/app-server";

describe("configuration", () => {
  it("keeps the demo defaults when the environment says nothing", () => {
    expect(configFromEnv({})).toEqual(DEMO_CONFIG);
  });

  it("takes every documented variable from the environment", () => {
    const config = configFromEnv({ APP_BASE_URL: "https://s.example.se", SITE_ID: "x,y,z", AGENDA_LIST: "Lista", GRAPH_BASE_URL: "https://graph.example" });
    expect([config.appBaseUrl, config.siteId, config.agendaListName, config.graphBaseUrl]).toEqual(["https://s.example.se", "x,y,z", "Lista", "https://graph.example"]);
  });

  it("points production at Microsoft Graph, never at the demo tenant", () => {
    expect(configFromEnv({ SAMMANTRADE_MODE: "production" }).graphBaseUrl).toBe("https://graph.microsoft.com");
    expect(graphRoot(configFromEnv({ SAMMANTRADE_MODE: "production" }))).toBe("https://graph.microsoft.com/v1.0");
  });

  it("refuses an unknown mode", () => {
    expect(() => configFromEnv({ SAMMANTRADE_MODE: "test" })).toThrow(/demo or production/);
  });

  it("merges only known keys of the right type from a page's meta tag", () => {
    const merged = mergeConfig(DEMO_CONFIG, { graphBaseUrl: "https://g.example", siteId: 42, evil: "x" });
    expect(merged.graphBaseUrl).toBe("https://g.example");
    expect(merged.siteId).toBe(DEMO_CONFIG.siteId);
    expect("evil" in merged).toBe(false);
    expect(mergeConfig(DEMO_CONFIG, null)).toBe(DEMO_CONFIG);
  });
});

describe("the served page's configuration", () => {
  const page = `<html><head>\n<meta name="sammantrade-config" content="{&quot;mode&quot;:&quot;production&quot;}" /><title>t</title></head></html>`;

  it("replaces the tag baked in at build time, leaving exactly one", () => {
    const html = injectConfig(page, { ...DEMO_CONFIG, groupName: `"><script>alert(1)</script>` });
    expect(html.match(/sammantrade-config/g)).toHaveLength(1);
    expect(html).not.toContain("<script>");
    expect(html).toContain("&quot;&gt;&lt;script&gt;");
  });

  it("inserts a tag into a page that has none", () => {
    const html = injectConfig("<html><head></head></html>", DEMO_CONFIG);
    expect(html).toMatch(/<head>\s*<meta name="sammantrade-config" content="\{&quot;mode&quot;:&quot;demo&quot;/);
  });
});
