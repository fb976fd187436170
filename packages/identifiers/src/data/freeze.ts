/**
 * Freezes plain data recursively, so the exported tables cannot be changed by one consumer under
 * another (the definitions are shared, read-only data).
 * @param value - plain JSON-like data
 * @internal
 */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value as Record<string, unknown>)) deepFreeze(v);
  }
  return value;
}
