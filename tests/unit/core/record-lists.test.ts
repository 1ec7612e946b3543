/** The record's lists (DESIGN §4a): Swedish choice values paired once with the core's codes, and the columns the adapters use. */
import {
  ASSIGNMENT_LIST,
  ASSIGNMENT_STATUS_CHOICES,
  codeOfChoice,
  columnsOf,
  PRESENCE_LIST,
  PRESENCE_ROLE_CHOICES,
  PRESENCE_STATUS_CHOICES,
  RECORD_STATE_CHOICES,
  REGISTER_LIST,
  SITE_CONTRACT,
} from "../../../src/core";

describe("the record's lists", () => {
  it("are part of the site contract, each with an indexed MeetingKey", () => {
    expect(SITE_CONTRACT).toEqual(expect.arrayContaining([REGISTER_LIST, PRESENCE_LIST, ASSIGNMENT_LIST]));
    for (const list of [REGISTER_LIST, PRESENCE_LIST, ASSIGNMENT_LIST]) {
      expect(list.columns.MeetingKey).toMatchObject({ type: "text", indexed: true });
      expect(list.template).toBe("genericList");
      // Graph column names: letters and digits only, at most 32 characters.
      for (const [name] of columnsOf(list)) expect(name).toMatch(/^[A-Za-z][A-Za-z0-9]{0,31}$/);
    }
    expect(new Set(SITE_CONTRACT.map((l) => l.displayName)).size).toBe(SITE_CONTRACT.length);
  });

  it("offer exactly the Swedish values of DESIGN §4a as choices", () => {
    expect(REGISTER_LIST.columns.RecordState.choices).toEqual(["planerat", "pågår", "avslutat", "för justering", "justerat"]);
    expect(PRESENCE_LIST.columns.Status.choices).toEqual(["närvarande", "frånvarande", "anmält förhinder", "på distans"]);
    expect(PRESENCE_LIST.columns.Role.choices).toEqual(["ledamot", "gäst", "sekretariatet", "ordförande"]);
    expect(ASSIGNMENT_LIST.columns.Status.choices).toEqual(["öppet", "klart", "struket"]);
  });

  it("read a stored value back to its code, forgiving case and spaces, and nothing else", () => {
    for (const choices of [RECORD_STATE_CHOICES, PRESENCE_STATUS_CHOICES, PRESENCE_ROLE_CHOICES, ASSIGNMENT_STATUS_CHOICES]) {
      for (const [code, value] of Object.entries(choices)) expect(codeOfChoice(choices, value)).toBe(code);
      // One value per code, so a code survives the round trip.
      expect(new Set(Object.values(choices)).size).toBe(Object.keys(choices).length);
    }
    expect(codeOfChoice(PRESENCE_STATUS_CHOICES, "  Anmält Förhinder ")).toBe("apologies");
    expect(codeOfChoice(RECORD_STATE_CHOICES, "inProgress")).toBeUndefined();
    expect(codeOfChoice(RECORD_STATE_CHOICES, 3)).toBeUndefined();
    expect(codeOfChoice(ASSIGNMENT_STATUS_CHOICES, null)).toBeUndefined();
  });
});
