/** OfficeError: a failed Office.js call, typed by ErrorCode so the pane can explain it in Swedish. */
import { ExpectedFailure } from "../../core";
import type { ErrorCode } from "../../core";

/** A typed failure of an Office.js call. */
export class OfficeError extends ExpectedFailure {
  constructor(code: ErrorCode, detail: string) {
    super(code, detail);
    this.name = "OfficeError";
  }
}

// Office.js error codes (https://learn.microsoft.com/office/dev/add-ins/reference/javascript-api-for-office-error-codes):
// 9041 network, 9017 "no permission", 5001/5002 internal/permission denied, 9002 invalid attendee data.
const CODE_MAP: Record<number, ErrorCode> = { 9041: "offline", 9017: "forbidden", 5002: "forbidden", 9002: "invalidResponse" };

/** Maps an AsyncResult error to an OfficeError. */
export function toOfficeError(error: { code?: number; name?: string; message?: string } | undefined, where: string): OfficeError {
  const code = (error?.code !== undefined && CODE_MAP[error.code]) || "unknown";
  return new OfficeError(code, `${where}: ${error?.name ?? "Error"} ${error?.code ?? ""} ${error?.message ?? ""}`.trim());
}
