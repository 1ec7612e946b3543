/** All English UI strings, one entry per area; add a line here for a new area (e.g. outlook). */
import type { Strings } from "../sv";
import { common } from "./common";
import { teams } from "./teams";
import { outlook } from "./outlook";
import { protokoll } from "./protokoll";
import { recording } from "./recording";

export const en: Strings = { common, teams, outlook, protokoll, recording };
