/** The simulation's stand-in for Outlook's new message window: records every message the pane opens (tests read it). */
import type { NewMessage, NewMessageForm } from "../../../core";

/** Keeps the opened messages, newest last, and tells the view. */
export class SimulatedMessageForm implements NewMessageForm {
  private messages: readonly NewMessage[] = [];
  private listeners = new Set<() => void>();

  async open(message: NewMessage): Promise<void> {
    this.messages = [...this.messages, { ...message, to: message.to.map((p) => ({ ...p })) }];
    for (const listener of this.listeners) listener();
  }

  /** Every message opened so far (fits useSyncExternalStore). */
  snapshot = (): readonly NewMessage[] => this.messages;

  /** Subscribes to new messages; returns the unsubscribe. */
  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };
}
