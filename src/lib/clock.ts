/** Time as a dependency, so due dates and "overdue" can be tested on fixed days. */
export type Clock = { now(): Date };

export const systemClock: Clock = { now: () => new Date() };

/** A clock stuck at one instant, for tests. */
export function fixedClock(iso: string): Clock {
  const at = new Date(iso);
  return { now: () => new Date(at) };
}
