/** An in-memory FolderSharing with Graph's semantics that matter: direct vs inherited permissions, eTags, 404 on a gone permission. */
import type { AppError } from "../../../src/core";
import type { FolderPermission, FolderSharing, FolderSharingState } from "../../../src/core/ports-sharing";

/** An AppFailure as adapters throw it. */
export function failure(code: AppError["code"], detail = code): Error {
  return Object.assign(new Error(detail), { appError: { code, detail } });
}

/** The fake's state and hooks; tests change them between and during runs. */
export class MemorySharing implements FolderSharing {
  permissions: FolderPermission[] = [{ id: "inherited-members", emails: [], roles: ["write"], inherited: true }];
  record = "";
  version = 1;
  private next = 1;
  /** Emails whose invite fails with this code (e.g. external sharing off). */
  refuse = new Map<string, AppError["code"]>();
  /** Called before every port call; may throw to simulate an interruption. */
  before: (call: string, arg: string) => void = () => undefined;
  calls: string[] = [];

  get etag(): string {
    return `"v${this.version}"`;
  }

  /** A permission given by someone else (by hand in SharePoint). */
  grantByHand(email: string): string {
    const id = `hand-${this.next++}`;
    this.permissions.push({ id, emails: [email], roles: ["read"], inherited: false });
    return id;
  }

  async read(): Promise<FolderSharingState> {
    this.calls.push("read");
    this.before("read", "");
    return { permissions: this.permissions.map((p) => ({ ...p, emails: [...p.emails] })), record: this.record, etag: this.etag };
  }

  async invite(_folderId: string, person: { email: string }): Promise<FolderPermission> {
    this.calls.push(`invite ${person.email}`);
    this.before("invite", person.email);
    const code = this.refuse.get(person.email);
    if (code !== undefined) throw failure(code);
    // SharePoint keeps one role assignment per person: inviting again answers the same permission.
    const existing = this.permissions.find((p) => !p.inherited && p.emails.includes(person.email.toLowerCase()));
    if (existing) return existing;
    const permission = { id: `p-${this.next++}`, emails: [person.email.toLowerCase()], roles: ["read"], inherited: false };
    this.permissions.push(permission);
    return permission;
  }

  async revoke(_folderId: string, permissionId: string): Promise<void> {
    this.calls.push(`revoke ${permissionId}`);
    this.before("revoke", permissionId);
    this.permissions = this.permissions.filter((p) => p.id !== permissionId);
  }

  async writeRecord(_folderId: string, record: string, etag: string): Promise<string> {
    this.calls.push("write");
    this.before("write", record);
    if (etag !== this.etag) throw failure("conflict");
    this.record = record;
    this.version += 1;
    return this.etag;
  }

  /** Emails with a direct permission. */
  directEmails(): string[] {
    return this.permissions.filter((p) => !p.inherited).flatMap((p) => p.emails).sort();
  }
}
