import { DEMO_CONFIG } from "../../../src/config";
import { createDemoTokenProvider } from "../../../src/services/auth/demo";
import { GRAPH_SCOPES, graphScopes } from "../../../src/services/auth/scopes";
import { relativeToRoot } from "../../../src/services/graph/context";
import { candidateName } from "../../../src/services/graph/document-store";
import { folderByName, iCalUIdFilter, odataString, query, segment, sitePaths } from "../../../src/services/graph/paths";

describe("upload names", () => {
  it.each([
    ["Budget.pdf", 1, "Budget.pdf"],
    ["Budget.pdf", 2, "Budget (2).pdf"],
    ["3 - Utkast till yttrande.docx", 3, "3 - Utkast till yttrande (3).docx"],
    ["Protokoll nr 11 2026 (utkast).docx", 2, "Protokoll nr 11 2026 (utkast) (2).docx"],
    ["README", 2, "README (2)"],
    [".env", 2, ".env (2)"],
    ["arkiv.tar.gz", 2, "arkiv.tar (2).gz"],
  ])("%s, attempt %i -> %s", (name, n, expected) => expect(candidateName(name, n)).toBe(expected));
});

describe("Graph paths", () => {
  it("quotes OData literals and encodes values", () => {
    expect(odataString("O'Brien")).toBe("'O''Brien'");
    expect(iCalUIdFilter("a'b")).toBe("iCalUId eq 'a''b'");
    expect(query({ $filter: "x eq 'a&b'", $top: 5 })).toBe("?$filter=x%20eq%20'a%26b'&$top=5");
    expect(query({})).toBe("");
    expect(segment("familjenhelsingborg.sharepoint.com,kdgrupp,web")).toBe("familjenhelsingborg.sharepoint.com,kdgrupp,web");
    expect(segment("a/b#c")).toBe("a%2Fb%23c");
  });

  it("builds the configured site paths", () => {
    const paths = sitePaths(DEMO_CONFIG);
    expect(paths.agendaItems).toBe("/sites/familjenhelsingborg.sharepoint.com,kdgrupp,web/lists/Dagordning/items");
    expect(paths.libraryDrive).toBe("/sites/familjenhelsingborg.sharepoint.com,kdgrupp,web/lists/M%C3%B6teshandlingar/drive");
    expect(paths.organizerMailbox).toBe("/users/elin.sjoberg%40familjenhelsingborg.se");
    expect(folderByName(paths, "2026-12-11 Kommundirektörsmöte")).toBe(`${paths.libraryDrive}/root:/2026-12-11%20Kommundirekt%C3%B6rsm%C3%B6te:`);
  });

  it("follows nextLinks only within the Graph root", () => {
    const config = { ...DEMO_CONFIG, graphBaseUrl: "https://graph.microsoft.com" };
    expect(relativeToRoot(config, "https://graph.microsoft.com/v1.0/me/events?$skiptoken=x")).toBe("/me/events?$skiptoken=x");
    expect(() => relativeToRoot(config, "https://evil.example/v1.0/me")).toThrow(expect.objectContaining({ appError: { code: "invalidResponse", detail: expect.any(String) } }));
  });
});

describe("scopes and the demo token", () => {
  it("qualifies scopes with the Graph resource", () => {
    expect(graphScopes(["User.Read", "https://graph.microsoft.com/Chat.ReadBasic"])).toEqual(["https://graph.microsoft.com/User.Read", "https://graph.microsoft.com/Chat.ReadBasic"]);
    expect(GRAPH_SCOPES).toEqual(["User.Read", "Calendars.ReadWrite", "Calendars.Read.Shared", "Chat.ReadBasic", "Sites.ReadWrite.All", "GroupMember.Read.All"]);
  });

  it("names the user in the demo token", async () => {
    await expect(createDemoTokenProvider(" Elin.Sjoberg@familjenhelsingborg.se ").getToken()).resolves.toBe("demo:elin.sjoberg@familjenhelsingborg.se");
    expect(() => createDemoTokenProvider("inte en adress")).toThrow(expect.objectContaining({ appError: expect.objectContaining({ code: "invalidResponse" }) }));
  });
});
