/**
 * The fields a hashing scheme covers, written out so that a scheme stays frozen when the types
 * grow: a field added to a record later is outside every scheme made before it, so stages
 * signed under those schemes still verify.
 */

/** `true`: the value as it is; an object: those keys only; `[shape]`: a list of that shape. */
export type Shape = true | { readonly [key: string]: Shape } | readonly [Shape];

/**
 * `value` cut down to `shape`: keys the shape does not name are left out, and so are keys
 * whose value is `undefined` (as canonical JSON leaves them out). `null` and other non-objects
 * are kept as they are, whatever the shape.
 */
export function project(value: unknown, shape: Shape): unknown {
  if (shape === true || value === null || typeof value !== 'object') return value;
  if (isListShape(shape)) {
    return Array.isArray(value) ? value.map((item: unknown) => project(item, shape[0])) : value;
  }
  if (Array.isArray(value)) return value;
  const source = value as Readonly<Record<string, unknown>>;
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(shape)) {
    if (Object.prototype.hasOwnProperty.call(source, key) && source[key] !== undefined) {
      out[key] = project(source[key], inner);
    }
  }
  return out;
}

function isListShape(shape: Exclude<Shape, true>): shape is readonly [Shape] {
  return Array.isArray(shape);
}
