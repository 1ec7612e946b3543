/** All Swedish UI strings, one entry per area; add a line here for a new area (e.g. outlook). */
import { common } from "./common";
import { teams } from "./teams";
import { outlook } from "./outlook";
import { protokoll } from "./protokoll";
import { recording } from "./recording";

export const sv = { common, teams, outlook, protokoll, recording };

/** The shape of one language's strings: Swedish is the reference every other language must match. */
export type Strings = typeof sv;
