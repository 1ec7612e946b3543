import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import JSZip from "jszip";
import { PNG } from "pngjs";
import { buildAppPackage } from "../../scripts/manifest/app-package";
import { REPO_ROOT, generatedFiles, manifestJson, packageVersion } from "../../scripts/manifest/files";
import { OUTLOOK_ICON_SIZES, colorIconPng, outlineIconPng } from "../../scripts/manifest/icons";
import { DEMO_CONFIG, PRODUCTION } from "./configs";

// Schema compilation and icon drawing take seconds on a busy machine.
jest.setTimeout(30_000);

const VERSION = packageVersion();
const run = promisify(execFile);

function pixels(png: PNG): [number, number, number, number][] {
  const out: [number, number, number, number][] = [];
  for (let i = 0; i < png.data.length; i += 4) out.push([png.data[i] ?? 0, png.data[i + 1] ?? 0, png.data[i + 2] ?? 0, png.data[i + 3] ?? 0]);
  return out;
}

describe("icons", () => {
  it("committed icon files show exactly what the generator draws", () => {
    for (const file of generatedFiles(DEMO_CONFIG, VERSION).filter((candidate) => candidate.path.endsWith(".png"))) {
      const committed = PNG.sync.read(readFileSync(path.join(REPO_ROOT, file.path)));
      const fresh = PNG.sync.read(file.contents);
      expect([file.path, committed.width, committed.height]).toEqual([file.path, fresh.width, fresh.height]);
      expect(Buffer.compare(committed.data, fresh.data)).toBe(0);
    }
  });

  it("color.png is 192×192, opaque, teal with a white mark", () => {
    const png = PNG.sync.read(colorIconPng());
    expect([png.width, png.height]).toEqual([192, 192]);
    const all = pixels(png);
    expect(all.every(([, , , a]) => a === 255)).toBe(true);
    expect(all[0]).toEqual([0x0e, 0x6e, 0x73, 255]);
    expect(all.some(([r, g, b]) => r === 255 && g === 255 && b === 255)).toBe(true);
  });

  it("outline.png is 32×32, only white and transparency, with a visible mark and a clear border", () => {
    const png = PNG.sync.read(outlineIconPng());
    expect([png.width, png.height]).toEqual([32, 32]);
    const all = pixels(png);
    expect(all.every(([r, g, b, a]) => a === 0 || (r === 255 && g === 255 && b === 255))).toBe(true);
    const opaque = all.filter(([, , , a]) => a === 255).length;
    expect(opaque).toBeGreaterThan(80);
    expect(all.filter(([, , , a]) => a === 0).length).toBeGreaterThan(opaque);
    expect(all[0]?.[3]).toBe(0);
  });

  it("Outlook gets 16, 32, 64, 80 and 128 px icons with transparent corners", () => {
    const icons = generatedFiles(DEMO_CONFIG, VERSION).filter((file) => file.path.startsWith("src/hosts/public/icons/"));
    expect(icons.map((file) => file.path)).toEqual(OUTLOOK_ICON_SIZES.map((size) => `src/hosts/public/icons/icon-${size}.png`));
    for (const [index, file] of icons.entries()) {
      const png = PNG.sync.read(file.contents);
      expect([png.width, png.height]).toEqual([OUTLOOK_ICON_SIZES[index], OUTLOOK_ICON_SIZES[index]]);
      expect(png.data[3]).toBeLessThan(8);
      const centre = (Math.floor(png.height / 2) * png.width + 1) * 4;
      expect(png.data[centre + 3]).toBe(255);
    }
  });
});

describe("app package", () => {
  it("holds manifest.json, color.png and outline.png at its root and nothing else", async () => {
    const built = await buildAppPackage(PRODUCTION, VERSION);
    expect(built.errors).toEqual([]);
    const zip = await JSZip.loadAsync(built.zip);
    expect(Object.keys(zip.files).sort()).toEqual(["color.png", "manifest.json", "outline.png"]);
    expect(await zip.file("manifest.json")?.async("string")).toBe(manifestJson(PRODUCTION, VERSION).toString("utf8"));
    const color = PNG.sync.read(Buffer.from((await zip.file("color.png")?.async("uint8array")) ?? []));
    const outline = PNG.sync.read(Buffer.from((await zip.file("outline.png")?.async("uint8array")) ?? []));
    expect([color.width, color.height, outline.width, outline.height]).toEqual([192, 192, 32, 32]);
    expect(pixels(outline).some(([, , , a]) => a === 0)).toBe(true);
  });

  it("is byte-for-byte reproducible from the same configuration", async () => {
    const [first, second] = await Promise.all([buildAppPackage(PRODUCTION, VERSION), buildAppPackage(PRODUCTION, VERSION)]);
    expect(Buffer.compare(first.zip, second.zip)).toBe(0);
  });

  it("npm run package writes the zip and the XML twin for a production configuration, and refuses a broken one", async () => {
    const out = mkdtempSync(path.join(tmpdir(), "sammantrade-package-"));
    const env = { ...process.env, SAMMANTRADE_MODE: "production", APP_BASE_URL: "https://sammantrade.example.se", AAD_CLIENT_ID: PRODUCTION.aadClientId };
    const tsx = path.join(REPO_ROOT, "node_modules/.bin/tsx");
    const script = path.join(REPO_ROOT, "scripts/package.ts");
    await run(tsx, [script, "--out", out], { env, cwd: REPO_ROOT });
    const zip = await JSZip.loadAsync(readFileSync(path.join(out, "appPackage.zip")));
    expect(JSON.parse((await zip.file("manifest.json")?.async("string")) ?? "{}").validDomains).toEqual(["sammantrade.example.se"]);
    expect(readFileSync(path.join(out, "manifest.xml"), "utf8")).toContain("https://sammantrade.example.se/outlook.html");

    const refused = mkdtempSync(path.join(tmpdir(), "sammantrade-package-"));
    const failure = await run(tsx, [script, "--out", refused], { env: { ...env, APP_BASE_URL: "http://sammantrade.example.se" }, cwd: REPO_ROOT }).catch((error: { code: number; stderr: string }) => error);
    expect(failure).toMatchObject({ code: 1, stderr: expect.stringMatching(/Paketet byggs inte[\s\S]*måste använda https/) });
    expect(() => readFileSync(path.join(refused, "appPackage.zip"))).toThrow();
  }, 60_000);
});
