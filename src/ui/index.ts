/** Public face of the UI: what a host mounts (the Teams app, the Outlook pane, the demo bar), the strings and theme
 *  it needs before React is up, and the first view's prefetch. Hosts import src/ui only from here. */
export { OutlookApp } from "./outlook/OutlookApp";
export { meetingDate } from "./format";
export { stringsFor, useLanguage, useStrings } from "./i18n";
export { App } from "./App";
export { DemoBar } from "./demo/DemoBar";
export { DemoUserNotice } from "./demo/DemoUserNotice";
export type { DemoUserMismatch } from "./demo/DemoUserNotice";
export { firstViewSettled } from "./meeting/agendaRendered";
export { AppStatus } from "./shell/AppStatus";
export type { StartState } from "./shell/AppStatus";
export type { DemoUserOption } from "./demo/DemoBar";
export type { HostActions, UiEnvironment } from "./environment";
export type { MeetingListState } from "./surfaces/NoMeetingChosen";
