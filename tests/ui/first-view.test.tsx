/** The first view costs one Graph round trip: the demo bar's meeting list waits until the agenda is on screen. */
import { act, screen, waitFor } from "@testing-library/react";
import { DemoBar } from "../../src/ui/demo/DemoBar";
import { deferred, fakeServices, makeView, renderApp } from "./fakes";

it("loads the meeting list only after the named meeting's agenda has rendered", async () => {
  const view = deferred<ReturnType<typeof makeView>>();
  const services = fakeServices({ loadMeetingView: jest.fn(() => view.promise) });
  renderApp({
    services,
    banner: <DemoBar users={null} currentUser={null} onUserChange={jest.fn()} currentMeeting="ical-1" onMeetingChange={jest.fn()} surface="content" onSurfaceChange={jest.fn()} />,
  });
  await act(async () => new Promise((resolve) => setTimeout(resolve, 50)));
  expect(services.meetings.loadMeetingView).toHaveBeenCalledTimes(1);
  expect(services.meetings.listUpcoming).not.toHaveBeenCalled();
  await act(async () => view.resolve(makeView()));
  await screen.findByRole("region", { name: "Dagordning" });
  await waitFor(() => expect(services.meetings.listUpcoming).toHaveBeenCalledTimes(1));
  expect(await screen.findByRole("combobox", { name: "Möte" })).toBeTruthy();
});
