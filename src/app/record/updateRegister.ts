/** One guarded write of the register row that survives someone else's write in between. */
import { isAppFailure } from "../../core";
import type { MeetingRegisterFields, MeetingRegisterRow, RecordPorts } from "../../core";

/**
 * Writes what `change` asks of the row; when the eTag is stale, reads the row again and asks `change` once more
 * against what is now stored (null: nothing left to write). Other failures reject as thrown.
 */
export async function updateRegister(
  ports: Pick<RecordPorts, "register">,
  row: MeetingRegisterRow,
  change: (fresh: MeetingRegisterRow) => Partial<MeetingRegisterFields> | null,
  attempts = 3,
): Promise<MeetingRegisterRow> {
  let current = row;
  for (let attempt = 1; ; attempt++) {
    const fields = change(current);
    if (fields === null) return current;
    try {
      return await ports.register.update(current.id, current.etag, fields);
    } catch (error) {
      if (!isAppFailure(error) || error.appError.code !== "conflict" || attempt >= attempts) throw error;
      const fresh = await ports.register.find(current.meetingKey);
      if (fresh === null) throw error;
      current = fresh;
    }
  }
}
