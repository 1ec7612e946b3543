import { OUTCOMES } from "../../../../src/core";

describe("the outcomes of an item", () => {
  it("are offered in the secretariat's order: decided first, withdrawn last", () => {
    expect(OUTCOMES).toEqual(["decided", "tabled", "referredBack", "noted", "withdrawn"]);
  });
});
