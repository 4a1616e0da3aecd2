/**
 * Where two decoded values differ (prototype, own keys and their order, values, byte-array class), or '':
 * stricter than toStrictEqual about key order and the byte arrays' class, and cheap enough for properties.
 */
export function difference(a: unknown, b: unknown, path = ''): string {
  if (typeof a !== 'object' || a === null || typeof b !== 'object' || b === null) return Object.is(a, b) ? '' : `${path}: ${String(a)} vs ${String(b)}`;
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return `${path}: prototypes differ`;
  if (a instanceof Uint8Array) return Buffer.from(a).equals(b as Uint8Array) ? '' : `${path}: bytes differ`;
  const keysA = Reflect.ownKeys(a).map(String);
  const keysB = Reflect.ownKeys(b).map(String);
  if (keysA.join() !== keysB.join()) return `${path}: own keys [${keysA.join()}] vs [${keysB.join()}]`;
  for (const key of keysA) {
    const inner = difference((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], `${path}.${key}`);
    if (inner) return inner;
  }
  return '';
}
