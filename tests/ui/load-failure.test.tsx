/** When the page's own chunks cannot be downloaded there is no React to show an error: a plain notice with a way on. */
import { screen } from "@testing-library/react";
import { showLoadFailure } from "../../src/hosts/shared/loadFailure";
import { readQuery } from "../../src/hosts/shared/query";

afterEach(() => window.history.replaceState({}, "", "/"));

it("replaces the page with a Swedish alert and a retry button, and logs the cause", () => {
  window.history.replaceState({}, "", "/teams.html?lang=sv");
  document.body.innerHTML = `<div id="root"><p>Laddar</p></div>`;
  const error = jest.spyOn(console, "error").mockImplementation(() => undefined);
  const cause = new Error("ChunkLoadError: Loading chunk 173 failed");
  showLoadFailure(document, cause, readQuery(window.location.search).lang);
  expect(screen.getByRole("alert").textContent).toMatch(/Sammanträde kunde inte laddas/);
  expect(screen.queryByText("Laddar")).toBeNull();
  expect(screen.getByRole("button", { name: "Försök igen" })).toBeTruthy();
  expect(error).toHaveBeenCalledWith(expect.any(String), cause);
  error.mockRestore();
});

it("speaks English to an English browser (jsdom's locale is en-US)", () => {
  document.body.innerHTML = `<div id="root"><p>Laddar</p></div>`;
  const error = jest.spyOn(console, "error").mockImplementation(() => undefined);
  showLoadFailure(document, new Error("offline"), null);
  expect(screen.getByRole("alert").textContent).toMatch(/could not be loaded/);
  expect(screen.getByRole("button", { name: "Try again" })).toBeTruthy();
  error.mockRestore();
});
