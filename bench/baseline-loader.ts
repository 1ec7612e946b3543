/** NAIVE BASELINE, kept in bench/ only: loads one meeting view the way Microsoft's samples do, one Graph request
 *  per agenda item and per folder, each awaited before the next. It exists to be measured against the product's
 *  single $batch; it is not product code and nothing in src/ may import it. */

/** What the baseline needs to address the same data as the product. */
export interface BaselineTarget {
  /** Graph root including the version, e.g. http://127.0.0.1:4001/v1.0. */
  graphRoot: string;
  /** Bearer token (demo: `demo:<mail>`). */
  token: string;
  meetingKey: string;
  folderName: string;
  siteId: string;
  agendaListName: string;
  libraryName: string;
  groupId: string;
  organizerMailbox: string;
  /** The window of the series' dates the product reads for the meeting number. */
  calendarWindow: { startUtc: string; endUtc: string };
}

/** The result: what was loaded (so the run can check it loaded the same meeting) and how. */
export interface BaselineResult {
  requests: number;
  elapsedMs: number;
  agendaItems: number;
  files: number;
  attendees: number;
}

interface Collection {
  value: Record<string, unknown>[];
}

/** OData string literal: single quotes doubled, as Graph's $filter wants. */
function odataString(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

/** Loads the meeting view sequentially and reports how many requests and how long it took. */
export async function loadMeetingViewNaively(target: BaselineTarget): Promise<BaselineResult> {
  let requests = 0;
  const get = async <T>(path: string): Promise<T> => {
    requests += 1;
    const response = await fetch(`${target.graphRoot}${path}`, { headers: { Authorization: `Bearer ${target.token}`, Accept: "application/json" } });
    if (!response.ok) throw new Error(`baseline: GET ${path} answered ${response.status}: ${(await response.text()).slice(0, 300)}`);
    return (await response.json()) as T;
  };
  const enc = encodeURIComponent;
  const key = enc(odataString(target.meetingKey));
  const site = enc(target.siteId);
  const started = performance.now();

  // The meeting's copies: calendarView around its day (the folder's date), matched on iCalUId, which finds an
  // occurrence of a series as well as a single meeting (Graph's /events lists neither occurrences).
  const day = /^(\d{4}-\d{2}-\d{2}) /.exec(target.folderName)?.[1];
  if (day === undefined) throw new Error(`baseline: the folder name '${target.folderName}' does not start with the meeting's date`);
  const midnight = Date.parse(`${day}T00:00:00Z`);
  const window = `startDateTime=${enc(new Date(midnight - 86_400_000).toISOString())}&endDateTime=${enc(new Date(midnight + 2 * 86_400_000).toISOString())}`;
  const copyOf = (page: Collection): Record<string, unknown> | undefined => page.value.find((e) => e.iCalUId === target.meetingKey);

  await get("/me");
  const ownCopy = copyOf(await get<Collection>(`/me/calendarView?${window}`));
  const organizerCopy = copyOf(await get<Collection>(`/users/${enc(target.organizerMailbox)}/calendarView?${window}`));
  if (ownCopy === undefined || organizerCopy === undefined) throw new Error(`baseline: no copy of ${target.meetingKey} around ${day}`);
  const attendees = (organizerCopy.attendees as unknown[] | undefined)?.length ?? 0;

  // The samples list the items, then read each item's fields on its own.
  const itemsPath = `/sites/${site}/lists/${enc(target.agendaListName)}/items`;
  const items = await get<Collection>(`${itemsPath}?$filter=fields/MeetingKey eq ${key}&$select=id`);
  for (const item of items.value) await get(`${itemsPath}/${enc(String(item.id))}?$expand=fields`);

  // The folder: resolved by path, then its children with their list fields (ItemNumber).
  const drivePath = `/sites/${site}/lists/${enc(target.libraryName)}/drive`;
  const folder = await get<Record<string, unknown>>(`${drivePath}/root:/${enc(target.folderName)}`);
  const children = await get<Collection>(`${drivePath}/items/${enc(String(folder.id))}/children?$expand=listItem($expand=fields)`);

  await get(`/groups/${enc(target.groupId)}/members?$select=displayName,mail,companyName,officeLocation`);
  await get(`/me/calendarView?startDateTime=${enc(target.calendarWindow.startUtc)}&endDateTime=${enc(target.calendarWindow.endUtc)}`);

  return { requests, elapsedMs: performance.now() - started, agendaItems: items.value.length, files: children.value.length, attendees };
}
