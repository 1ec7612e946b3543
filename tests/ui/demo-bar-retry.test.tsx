/** After the tenant was unreachable, the tab's own retry also brings the demo bar's meeting picker back. */
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { DemoBar } from "../../src/ui/demo/DemoBar";
import { FakeFailure, fakeServices, makeView, renderApp, SUMMARIES } from "./fakes";

function renderOfflineThenBack() {
  const services = fakeServices({
    loadMeetingView: jest.fn().mockRejectedValueOnce(new FakeFailure("offline")).mockResolvedValue(makeView()),
    listUpcoming: jest.fn().mockRejectedValueOnce(new FakeFailure("offline")).mockResolvedValue(SUMMARIES),
  });
  renderApp({
    services,
    banner: <DemoBar users={null} currentUser={null} onUserChange={jest.fn()} currentMeeting="ical-1" onMeetingChange={jest.fn()} surface="content" onSurfaceChange={jest.fn()} />,
  });
  return services;
}

/** The demo bar (the page's banner landmark). */
const bar = (): HTMLElement => screen.getAllByRole("banner").find((el) => el.tagName === "HEADER" && within(el).queryByText("Demoläge") !== null)!;

it("retries the picker when the view loads again after a failure, without its own retry being pressed", async () => {
  const services = renderOfflineThenBack();
  const viewError = (await screen.findByRole("heading", { level: 1, name: "Mötet kunde inte hämtas" })).parentElement!;
  await waitFor(() => expect(within(bar()).getByRole("button")).toBeTruthy());
  expect(within(bar()).queryByRole("combobox", { name: "Möte" })).toBeNull();

  fireEvent.click(within(viewError).getByRole("button"));

  expect(await screen.findByRole("heading", { name: "Dagordning" })).toBeTruthy();
  const picker = (await within(bar()).findByRole("combobox", { name: "Möte" })) as HTMLSelectElement;
  expect(picker.value).toBe("ical-1");
  expect(within(bar()).queryByRole("button")).toBeNull();
  expect(services.meetings.listUpcoming).toHaveBeenCalledTimes(2);
});

it("does not reload a picker that is fine when the view renders again", async () => {
  const services = fakeServices();
  renderApp({
    services,
    banner: <DemoBar users={null} currentUser={null} onUserChange={jest.fn()} currentMeeting="ical-1" onMeetingChange={jest.fn()} surface="content" onSurfaceChange={jest.fn()} />,
  });
  await within(bar()).findByRole("combobox", { name: "Möte" });
  expect(await screen.findByRole("heading", { name: "Dagordning" })).toBeTruthy();
  expect(services.meetings.listUpcoming).toHaveBeenCalledTimes(1);
});
