/** Sharing the meeting's folder with its attendees, and reminding those who have not answered (issue #15). */
export { planSharing } from "./plan";
export type { SharingPlan } from "./plan";
export { formatSharingRecord, parseSharingRecord } from "./record";
export type { SharedEntry } from "./record";
export { isSharingBlocked, shareWithAttendees } from "./run";
export type { ShareOutcome, ShareReport, ShareResult } from "./run";
export { buildReminder, nonResponders } from "./reminder";
export type { ReminderMeeting } from "./reminder";
