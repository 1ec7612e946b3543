/**
 * An answer is reported sent only when Graph confirmed this request; a failed or unanswered one keeps the typed
 * message and offers the way on; focus never falls to <body> after sending.
 */
import { act, fireEvent, screen, within } from "@testing-library/react";
import type { RsvpOutcome } from "../../src/core";
import { fakeServices, FakeFailure, makeView, renderApp } from "./fakes";

afterEach(() => jest.restoreAllMocks());

const MESSAGE = "Krockar med KF, ersättare: Per Ek.";
const region = (): HTMLElement => screen.getByRole("region", { name: "Ditt svar" });

async function declineWithMessage(respond: jest.Mock, myResponse: "declined" | "none" = "none"): Promise<void> {
  const base = makeView();
  const view = makeView({ meeting: { ...base.meeting, myResponse } });
  renderApp({ services: fakeServices({ respond, loadMeetingView: jest.fn(async () => view) }) });
  await screen.findByRole("region", { name: "Ditt svar" });
  fireEvent.click(within(region()).getByRole("button", { name: "Anmäl förhinder" }));
  fireEvent.change(within(region()).getByRole("textbox"), { target: { value: MESSAGE } });
  await act(async () => {
    fireEvent.click(within(region()).getByRole("button", { name: "Skicka anmälan" }));
  });
}

describe("an answer whose outcome is unknown", () => {
  it("a member who already declined and declines again: a lost reply is not 'sent'; the message stays and can be sent again", async () => {
    const respond = jest.fn<Promise<RsvpOutcome>, unknown[]>().mockResolvedValueOnce("unknown").mockResolvedValueOnce("sent");
    await declineWithMessage(respond, "declined");
    expect(within(region()).queryByText("Ditt svar är skickat till sekretariatet.")).toBeNull();
    expect(within(region()).getByRole("alert").textContent).toBe(
      "Det är oklart om ditt svar kom fram: Microsoft 365 svarade inte i tid. Kontrollera i Outlook eller skicka igen. Kom det första svaret fram får sekretariatet det två gånger. Ditt meddelande finns kvar.",
    );
    expect((within(region()).getByRole("textbox") as HTMLTextAreaElement).value).toBe(MESSAGE);
    await act(async () => {
      fireEvent.click(within(region()).getByRole("button", { name: "Skicka igen" }));
    });
    expect(respond).toHaveBeenNthCalledWith(2, "evt-karin", "decline", MESSAGE);
    expect(within(region()).getByRole("status").textContent).toBe("Ditt svar är skickat till sekretariatet.");
    expect(within(region()).queryByRole("alert")).toBeNull();
  });

  it("an acceptance whose reply was lost says so and offers Skicka igen, keeping the confirmed answer shown", async () => {
    const respond = jest.fn<Promise<RsvpOutcome>, unknown[]>().mockResolvedValueOnce("unknown").mockResolvedValueOnce("sent");
    renderApp({ services: fakeServices({ respond }) });
    await screen.findByRole("region", { name: "Ditt svar" });
    await act(async () => {
      fireEvent.click(within(region()).getByRole("button", { name: "Jag kommer" }));
    });
    expect(within(region()).getByText("Ditt svar: Inte svarat än")).toBeTruthy();
    expect(within(region()).getByRole("alert").textContent).toMatch(/^Det är oklart om ditt svar kom fram/);
    await act(async () => {
      fireEvent.click(within(within(region()).getByRole("alert")).getByRole("button", { name: "Skicka igen" }));
    });
    expect(respond).toHaveBeenNthCalledWith(2, "evt-karin", "accept", "");
    expect(within(region()).getByText("Ditt svar: Jag kommer")).toBeTruthy();
  });
});

describe("a failed apology has a way on", () => {
  it("keeps the form open with the typed message, says what happened, and Försök igen sends it", async () => {
    const respond = jest.fn<Promise<RsvpOutcome>, unknown[]>().mockRejectedValueOnce(new FakeFailure("offline")).mockResolvedValueOnce("sent");
    await declineWithMessage(respond);
    const alert = within(region()).getByRole("alert");
    expect(alert.textContent).toBe("Anmälan kunde inte skickas. Det går inte att nå Microsoft 365 just nu. Kontrollera nätverket och försök igen. Ditt meddelande finns kvar.");
    expect((within(region()).getByRole("textbox") as HTMLTextAreaElement).value).toBe(MESSAGE);
    expect(within(region()).getByRole("button", { name: "Anmäl förhinder" }).getAttribute("aria-expanded")).toBe("true");
    const retry = within(region()).getByRole("button", { name: "Försök igen" });
    await act(async () => {
      fireEvent.click(retry);
    });
    expect(respond).toHaveBeenNthCalledWith(2, "evt-karin", "decline", MESSAGE);
    expect(within(region()).getByText("Ditt svar: Anmält förhinder")).toBeTruthy();
  });

  it("closing the failed form and opening it again still has the message", async () => {
    const respond = jest.fn<Promise<RsvpOutcome>, unknown[]>().mockRejectedValue(new FakeFailure("throttled"));
    await declineWithMessage(respond);
    fireEvent.click(within(region()).getByRole("button", { name: "Avbryt" }));
    expect(within(region()).queryByRole("textbox")).toBeNull();
    fireEvent.click(within(region()).getByRole("button", { name: "Anmäl förhinder" }));
    expect((within(region()).getByRole("textbox") as HTMLTextAreaElement).value).toBe(MESSAGE);
  });

  it("a failed Preliminärt offers Försök igen in the message", async () => {
    const respond = jest.fn<Promise<RsvpOutcome>, unknown[]>().mockRejectedValueOnce(new FakeFailure("throttled")).mockResolvedValueOnce("sent");
    renderApp({ services: fakeServices({ respond }) });
    await screen.findByRole("region", { name: "Ditt svar" });
    await act(async () => {
      fireEvent.click(within(region()).getByRole("button", { name: "Preliminärt" }));
    });
    const alert = within(region()).getByRole("alert");
    expect(alert.textContent).toMatch(/^Svaret kunde inte skickas\. Microsoft 365 ber oss vänta/);
    await act(async () => {
      fireEvent.click(within(alert).getByRole("button", { name: "Försök igen" }));
    });
    expect(respond).toHaveBeenNthCalledWith(2, "evt-karin", "tentativelyAccept", "");
  });
});

describe("focus after sending", () => {
  it("after Skicka anmälan focus is on the confirmation, not <body>", async () => {
    await declineWithMessage(jest.fn(async () => "sent" as const));
    const status = within(region()).getByRole("status");
    expect(status.textContent).toBe("Ditt svar är skickat till sekretariatet.");
    expect(document.activeElement).toBe(status);
  });

  it("while sending, the pressed button keeps focus", async () => {
    let finish: (outcome: RsvpOutcome) => void = () => undefined;
    const respond = jest.fn(() => new Promise<RsvpOutcome>((resolve) => (finish = resolve)));
    renderApp({ services: fakeServices({ respond }) });
    await screen.findByRole("region", { name: "Ditt svar" });
    const accept = within(region()).getByRole("button", { name: "Jag kommer" });
    accept.focus();
    fireEvent.click(accept);
    expect(accept.getAttribute("aria-disabled")).toBe("true");
    expect(document.activeElement).toBe(accept);
    await act(async () => finish("sent"));
    expect(document.activeElement).toBe(accept);
  });
});
