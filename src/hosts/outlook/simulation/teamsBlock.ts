/** A Teams join block as Teams writes it into an invitation, for simulated appointments whose body has none. */

/** The join block for a join URL (the URL is escaped; it comes from the demo data). */
export function teamsJoinBlock(joinUrl: string): string {
  const href = joinUrl.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
  return (
    '<div style="width:100%"><span style="white-space:nowrap;color:#5F5F5F;opacity:.36">________________________________________________________________________________</span></div>' +
    '<div class="me-email-text" lang="sv-SE"><div style="margin-top:24px;margin-bottom:20px"><span style="font-size:24px;color:#252424">Microsoft Teams</span></div>' +
    `<div style="margin-bottom:20px"><a class="me-email-headline" href="${href}">Delta i mötet nu</a></div></div>` +
    '<div style="width:100%"><span style="white-space:nowrap;color:#5F5F5F;opacity:.36">________________________________________________________________________________</span></div>'
  );
}

/** Organizer text for a simulated body that has none. */
export const SIMULATED_ORGANIZER_TEXT = "<div><p>Hej!</p><p>Välkommen till Kommundirektörsgruppens möte.</p><p>Hälsningar<br>Sekretariatet</p></div>";
