import { parseAssignmentClause } from "../../../../src/core";

describe("parseAssignmentClause", () => {
  it("reads who and what from the group's wording, with or without the leading att", () => {
    expect(parseAssignmentClause("att uppdra åt sekretariatschefen att ta fram ett förslag till arbetsordning")).toEqual({
      assignee: "sekretariatschefen",
      title: "ta fram ett förslag till arbetsordning",
      due: null,
    });
    expect(parseAssignmentClause("uppdra åt Helsingborgs stad att  samordna  remissvaret.")).toEqual({ assignee: "Helsingborgs stad", title: "samordna remissvaret", due: null });
  });

  it("reads the other wording, ge X i uppdrag att", () => {
    expect(parseAssignmentClause("att ge kommundirektören i Höganäs i uppdrag att redovisa läget")).toEqual({ assignee: "kommundirektören i Höganäs", title: "redovisa läget", due: null });
  });

  it("takes a deadline off the end: a date, or the next meeting", () => {
    expect(parseAssignmentClause("att uppdra åt sekretariatet att sammanställa svaren senast 2027-03-01")).toEqual({ assignee: "sekretariatet", title: "sammanställa svaren", due: "2027-03-01" });
    expect(parseAssignmentClause("att uppdra åt sekretariatet att sammanställa svaren till den 2027-03-01")?.due).toBe("2027-03-01");
    expect(parseAssignmentClause("att uppdra åt sekretariatet att återkomma till nästa möte")).toEqual({ assignee: "sekretariatet", title: "återkomma", due: null });
    expect(parseAssignmentClause("att uppdra åt sekretariatet att återkomma till nästkommande sammanträde")?.title).toBe("återkomma");
  });

  it("keeps an impossible date in the text instead of inventing a deadline", () => {
    expect(parseAssignmentClause("att uppdra åt sekretariatet att svara senast 2027-02-30")).toEqual({ assignee: "sekretariatet", title: "svara senast 2027-02-30", due: null });
  });

  it("gives nothing for a clause that gives no uppdrag", () => {
    expect(parseAssignmentClause("att godkänna dagordningen")).toBeNull();
    expect(parseAssignmentClause("att lägga informationen till handlingarna")).toBeNull();
    expect(parseAssignmentClause("att uppdra åt  att ")).toBeNull();
    expect(parseAssignmentClause("")).toBeNull();
  });
});
