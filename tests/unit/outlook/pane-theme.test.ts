/** The Outlook pane's theme from Office's body colour and the system preference. */
import { outlookTheme } from "../../../src/hosts/outlook/paneTheme";

const media = (matches: Record<string, boolean>) => ({ matchMedia: (q: string) => ({ matches: matches[q] ?? false }) as MediaQueryList });

describe("outlookTheme", () => {
  it("reads Outlook's body colour: dark backgrounds give the dark theme", () => {
    expect(outlookTheme({ bodyBackgroundColor: "#292929" }, media({}))).toBe("dark");
    expect(outlookTheme({ bodyBackgroundColor: "#FFFFFF" }, media({ "(prefers-color-scheme: dark)": true }))).toBe("light");
  });

  it("puts forced colours first and falls back to the system without Office's colours", () => {
    expect(outlookTheme({ bodyBackgroundColor: "#ffffff" }, media({ "(forced-colors: active)": true }))).toBe("contrast");
    expect(outlookTheme(undefined, media({ "(prefers-color-scheme: dark)": true }))).toBe("dark");
    expect(outlookTheme({ bodyBackgroundColor: "not a colour" }, media({}))).toBe("light");
  });
});
