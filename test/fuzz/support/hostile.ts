// Hostile values and mutations for the fuzz suites (exchange files, backups, and the XLSX
// import fuzz that another suite adds): wrong types, huge and odd strings, impossible dates,
// prototype keys, deep nesting, and structural damage to real documents.
import fc from 'fast-check';

/** A JSON value as parsed, loosely typed so mutations can break it any way. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Keys that must never reach an object's prototype. */
export const PROTO_KEYS = ['__proto__', 'constructor', 'prototype'] as const;

/** Strings a file may hold to cause trouble. */
export const HOSTILE_STRINGS: readonly string[] = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\ud800',
  'x\udfffy',
  '\ufeff',
  '\u202e',
  '2015-02-30',
  '2015-02-29',
  '2015-13-01',
  '2016-02-30/2016-03-01',
  '2015-03-02/2015-03-01',
  '0000-00-00',
  'TBC ',
  'n/a',
  '9.9.9',
  '1.1.1 ',
  '../../etc/passwd',
  '__proto__',
  'constructor',
  '<script>alert(1)</script>',
  '{"format":"cse-fieldbook"}',
  'NaN',
  '-1',
  '1e309',
  'x'.repeat(1_001),
  'é'.repeat(100_001),
];

/** Any hostile leaf value. */
export const hostileLeaf: fc.Arbitrary<Json> = fc.oneof(
  fc.constantFrom<Json>(...HOSTILE_STRINGS),
  fc.constantFrom<Json>(
    null,
    true,
    false,
    0,
    -1,
    1.5,
    1e308,
    -0,
    Number.MAX_SAFE_INTEGER + 2,
    366,
    100,
  ),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom<Json>([], {}, [null], { a: 1 }),
);

/** Nested arrays `depth` deep, as JSON text (built as text: no recursion anywhere). */
export function deepArrayText(depth: number): string {
  return `${'['.repeat(depth)}${']'.repeat(depth)}`;
}

/**
 * Nested objects `depth` deep, as a value. Mutations keep it under a thousand levels because
 * the test itself serialises with the recursive `JSON.stringify`; deeper input is fed as text.
 */
export function deepObject(depth: number): Json {
  let value: Json = null;
  for (let i = 0; i < depth; i += 1) value = { a: value };
  return value;
}

/** Every path (keys and indexes) inside `value`, the root included; `pick` chooses one cheaply. */
export function pathsOf(value: Json): {
  readonly count: number;
  pick(index: number): (string | number)[];
} {
  const parents: number[] = [-1];
  const keys: (string | number)[] = [''];
  const stack: { value: Json; index: number }[] = [{ value, index: 0 }];
  while (stack.length > 0) {
    const next = stack.pop() as { value: Json; index: number };
    const children: [string | number, Json][] = Array.isArray(next.value)
      ? next.value.map((v, i): [number, Json] => [i, v])
      : next.value !== null && typeof next.value === 'object'
        ? Object.entries(next.value)
        : [];
    for (const [key, child] of children) {
      parents.push(next.index);
      keys.push(key);
      stack.push({ value: child, index: parents.length - 1 });
    }
  }
  return {
    count: parents.length,
    pick(index: number) {
      const path: (string | number)[] = [];
      for (let i = index; i > 0; i = parents[i] ?? 0) path.unshift(keys[i] ?? '');
      return path;
    },
  };
}

function at(root: Json, path: readonly (string | number)[]): Json | undefined {
  let value: Json | undefined = root;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, Json>)[key as string];
  }
  return value;
}

/** Sets an own enumerable property, even `__proto__` (plain assignment would set the prototype). */
export function setOwn(
  target: Record<string, Json> | Json[],
  key: string | number,
  value: Json,
): void {
  Object.defineProperty(target, key, {
    value,
    enumerable: true,
    configurable: true,
    writable: true,
  });
}

/** One way to damage a document. */
export type Mutation =
  | { readonly kind: 'replace'; readonly pick: number; readonly value: Json }
  | { readonly kind: 'delete'; readonly pick: number }
  | { readonly kind: 'add-key'; readonly pick: number; readonly key: string; readonly value: Json }
  | { readonly kind: 'duplicate'; readonly pick: number }
  | { readonly kind: 'deep'; readonly pick: number; readonly depth: number };

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('replace' as const),
      pick: fc.nat(),
      value: hostileLeaf,
    }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('delete' as const), pick: fc.nat() }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('add-key' as const),
      pick: fc.nat(),
      key: fc.oneof(
        fc.constantFrom(...PROTO_KEYS, 'extra', 'id', 'element'),
        fc.string({ maxLength: 8 }),
      ),
      value: fc.oneof(hostileLeaf, fc.constant<Json>({ polluted: true })),
    }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('duplicate' as const), pick: fc.nat() }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('deep' as const),
      pick: fc.nat(),
      depth: fc.integer({ min: 50, max: 800 }),
    }),
  },
);

/** `doc` (a fresh copy) with `mutations` applied, each at a path chosen by its `pick`. */
export function mutate(doc: Json, mutations: readonly Mutation[]): Json {
  const root = structuredClone(doc);
  for (const m of mutations) {
    const paths = pathsOf(root);
    if (paths.count < 2) continue;
    const path = paths.pick(1 + (m.pick % (paths.count - 1)));
    const parent = at(root, path.slice(0, -1));
    const key = path[path.length - 1] as string | number;
    if (parent === null || typeof parent !== 'object' || parent === undefined) continue;
    const container = parent as Record<string, Json> | Json[];
    const target = (container as Record<string, Json>)[key as string] as Json;
    switch (m.kind) {
      case 'replace':
        setOwn(container, key, m.value);
        break;
      case 'delete':
        if (Array.isArray(container)) container.splice(Number(key), 1);
        else delete container[key as string];
        break;
      case 'add-key':
        if (target !== null && typeof target === 'object' && !Array.isArray(target))
          setOwn(target, m.key, m.value);
        else setOwn(container, key, { [m.key]: m.value });
        break;
      case 'duplicate':
        if (Array.isArray(container)) container.splice(Number(key), 0, structuredClone(target));
        break;
      case 'deep':
        setOwn(container, key, deepObject(m.depth));
        break;
    }
  }
  return root;
}

/** Problems that would make an error message unclear to an assessor. */
export function unclearMessage(text: unknown): string | null {
  if (typeof text !== 'string' || text.trim() === '') return 'an empty message';
  if (/\n\s+at .+:\d+/.test(text) || /\bat .+\.(?:ts|js):\d+:\d+/.test(text))
    return 'a stack trace';
  if (
    /\[object Object\]|\bundefined\b|Cannot read propert|is not a function|Maximum call stack/.test(
      text,
    )
  )
    return 'an internal error';
  return null;
}
