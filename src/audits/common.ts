/** Pieces shared by the audit services: pages and optimistic concurrency. */
import { ConflictError } from "../lib/errors.js";

export type Page<T> = { items: T[]; total: number; limit: number; offset: number };

/**
 * Optimistic concurrency: a change that names the version it edited fails with
 * 409 if someone else saved in between, instead of silently overwriting them.
 */
export function checkVersion(entity: string, id: string, current: number, expected: number | undefined): void {
  if (expected !== undefined && expected !== current) {
    throw new ConflictError(`The ${entity} "${id}" is at version ${current}, not ${expected}: someone else changed it. Reload it and apply your edit again.`);
  }
}
