// Re-packing entries that passed their budget, for a library that opens whole zip packages.
import { zipSync } from 'fflate';

/**
 * A zip archive of `entries` stored without compression: the library that opens it reads
 * exactly these bytes, whose sizes are true. Entries keep their order (the first entry of an
 * Office package, `[Content_Types].xml`, stays first).
 */
export function storedZip(
  entries: readonly { readonly name: string; readonly bytes: Uint8Array }[],
): Uint8Array {
  // No prototype: an entry named "__proto__" stays an entry.
  const files = Object.create(null) as Record<string, [Uint8Array, { level: 0 }]>;
  for (const entry of entries) files[entry.name] = [entry.bytes, { level: 0 }];
  return zipSync(files, { level: 0, mtime: new Date(Date.UTC(1980, 0, 1)) });
}
