/**
 * @jest-environment jsdom
 */
/** When the sign-in keeps failing (after the services' one silent renewal), the tab asks the user to sign in again. */
import { fireEvent, screen } from "@testing-library/react";
import { errorMessage } from "../../src/core/i18n/errors";
import { FakeFailure, fakeServices, makeView, renderApp } from "../ui/fakes";

describe("the sign-in prompt", () => {
  it("offers 'Logga in igen' for an unauthenticated view, and the click loads the meeting", async () => {
    const load = jest.fn().mockRejectedValueOnce(new FakeFailure("unauthenticated")).mockResolvedValue(makeView());
    renderApp({ services: fakeServices({ loadMeetingView: load }) });
    const button = await screen.findByRole("button", { name: "Logga in igen" });
    expect(screen.getByText(errorMessage("unauthenticated", "sv"))).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Försök igen" })).toBeNull();
    expect(screen.queryByRole("progressbar")).toBeNull();
    fireEvent.click(button);
    await screen.findByRole("heading", { level: 1, name: "Kommundirektörsgruppen" });
    expect(load).toHaveBeenCalledTimes(2);
  });

  it("keeps 'Försök igen' for other failures", async () => {
    renderApp({ services: fakeServices({ loadMeetingView: jest.fn().mockRejectedValue(new FakeFailure("offline")) }) });
    await screen.findByRole("button", { name: "Försök igen" });
    expect(screen.queryByRole("button", { name: "Logga in igen" })).toBeNull();
  });

  it("says 'Sign in again' in English", async () => {
    renderApp({ language: "en", services: fakeServices({ loadMeetingView: jest.fn().mockRejectedValue(new FakeFailure("unauthenticated")) }) });
    await screen.findByRole("button", { name: "Sign in again" });
  });

  it("a section that lost its sign-in asks for it too", async () => {
    renderApp({ services: fakeServices({ loadMeetingView: jest.fn().mockResolvedValue(makeView({ agenda: { state: "error", error: { code: "unauthenticated" } } })) }) });
    await screen.findByRole("button", { name: "Logga in igen" });
  });
});
