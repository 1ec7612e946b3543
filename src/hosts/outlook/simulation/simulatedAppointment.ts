/** A HostAppointment held in the browser (localStorage), for trying the pane outside Outlook: clearly a simulation. */
import type { CalendarOwner, Person, AppointmentAttendees, AppointmentProperties, HostAppointment } from "../../../core";
import type { AppointmentSeed } from "../../../services";
import { bodyTop, findTeamsJoinBlock } from "../../../core";

/** Everything the simulated appointment holds: the seed it started from, as since edited, and its custom properties. */
export interface SimulatedState extends AppointmentSeed {
  properties: AppointmentProperties;
  /** Outlook has no id before the first save; neither does the simulation. */
  saved: boolean;
  /** The signed-in demo user and whose calendar the appointment is in (another's: the user is that mailbox's delegate). */
  user: string;
  owner: string;
}

/** Who the simulation runs as: `?user=` signs in, `?owner=` opens that mailbox's calendar as its delegate. */
export interface SimulatedIdentity {
  user: string;
  owner: string;
}

/** Where the simulation keeps its appointment. */
export const SIMULATION_STORAGE_KEY = "sammantrade.simulatedAppointment.v1";

function isState(value: unknown): value is SimulatedState {
  const v = value as Partial<SimulatedState> | null;
  return (
    typeof v === "object" &&
    v !== null &&
    typeof v.eventId === "string" &&
    typeof v.subject === "string" &&
    typeof v.startUtc === "string" &&
    typeof v.endUtc === "string" &&
    typeof v.bodyHtml === "string" &&
    Array.isArray(v.required) &&
    typeof v.properties === "object" &&
    typeof v.user === "string" &&
    typeof v.owner === "string"
  );
}

/** Reads a stored simulation of this identity, or null (none, unreadable, or another user's: then a fresh one is seeded). */
export function readStoredState(storage: Pick<Storage, "getItem"> | null, identity: SimulatedIdentity): SimulatedState | null {
  try {
    const raw = storage?.getItem(SIMULATION_STORAGE_KEY);
    if (!raw) return null;
    const parsed: unknown = JSON.parse(raw);
    // Another identity's appointment must not reappear: its links and properties are someone else's.
    return isState(parsed) && parsed.user === identity.user && parsed.owner === identity.owner ? parsed : null;
  } catch {
    return null;
  }
}

/** The simulated organizer's appointment; observers (the preview) are told about every change. */
export class SimulatedAppointment implements HostAppointment {
  readonly mode = "organizer" as const;
  private listeners = new Set<() => void>();

  constructor(
    private state: SimulatedState,
    private readonly storage: Pick<Storage, "setItem"> | null,
  ) {}

  /** The current state (for the preview). */
  snapshot(): SimulatedState {
    return this.state;
  }

  /** Subscribes to changes; returns the unsubscribe (fits useSyncExternalStore). */
  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private update(change: Partial<SimulatedState>): void {
    this.state = { ...this.state, ...change };
    try {
      this.storage?.setItem(SIMULATION_STORAGE_KEY, JSON.stringify(this.state));
    } catch {
      // Blocked storage: the simulation lasts for this page only.
    }
    for (const listener of this.listeners) listener();
  }

  async getSubject(): Promise<string> {
    return this.state.subject;
  }
  async setSubject(subject: string): Promise<void> {
    this.update({ subject });
  }
  async getStart(): Promise<string> {
    return this.state.startUtc;
  }
  async getEnd(): Promise<string> {
    return this.state.endUtc;
  }
  async getLocation(): Promise<string> {
    return this.state.location;
  }
  async getAttendees(): Promise<AppointmentAttendees> {
    return { required: this.state.required, optional: this.state.optional };
  }
  async getOrganizer(): Promise<Person | null> {
    return null;
  }
  async getCalendarOwner(): Promise<CalendarOwner | null> {
    return { mailbox: this.state.owner, shared: this.state.owner.toLowerCase() !== this.state.user.toLowerCase() };
  }
  async getBodyHtml(): Promise<string> {
    return this.state.bodyHtml;
  }
  async setBodyHtml(html: string): Promise<void> {
    this.update({ bodyHtml: html });
  }
  async prependBodyHtml(html: string): Promise<void> {
    const body = this.state.bodyHtml;
    const at = bodyTop(body);
    this.update({ bodyHtml: body.slice(0, at) + html + body.slice(at) });
  }
  /** The simulated cursor rests where a secretariat would click to add text: after its own text, before Teams' block. */
  async insertBodyHtmlAtCursor(html: string): Promise<void> {
    const body = this.state.bodyHtml;
    const closeBody = /<\/body\s*>/i.exec(body);
    const at = findTeamsJoinBlock(body) ?? closeBody?.index ?? body.length;
    this.update({ bodyHtml: body.slice(0, at) + html + body.slice(at) });
  }
  async saveAndGetItemId(): Promise<string> {
    if (!this.state.saved) this.update({ saved: true });
    return this.state.eventId;
  }
  async loadProperties(): Promise<AppointmentProperties> {
    return { ...this.state.properties };
  }
  async saveProperties(values: AppointmentProperties): Promise<void> {
    this.update({ properties: { ...this.state.properties, ...values } });
  }
}
