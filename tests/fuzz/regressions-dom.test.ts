/**
 * @jest-environment jsdom
 *
 * Fuzz findings in the event-body path (DOMPurify in the Outlook simulation), kept as plain examples.
 */
import { sanitizeBody } from "../../src/hosts/outlook/simulation/sanitize";

function html(fragment: DocumentFragment): string {
  const div = document.createElement("div");
  div.append(fragment);
  return div.innerHTML;
}

describe("event body regressions", () => {
  it("drops an inline style that loads or runs something, keeps plain colours and spacing", () => {
    const out = html(sanitizeBody('<div style="background:url(javascript:alert(1))">a</div><span style="color:#252424;font-size:14px">b</span>'));
    expect(out).toBe('<div>a</div><span style="color:#252424;font-size:14px">b</span>');
  });

  it("two lone low surrogates (seed 20240419, case 745) give U+FFFD instead of a parser crash and a null fragment", () => {
    const fragment = sanitizeBody("<p>\udfff\udfff</p>");
    expect(fragment.textContent).toBe("\uFFFD\uFFFD");
  });
});
