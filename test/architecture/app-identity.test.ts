// The generator's name and version come from one place (shared/app-identity.ts), which reads
// the version from package.json.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { APP_VERSION, generatorText } from '../../shared/app-identity';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.tsx?$/.test(e.name))
    .map((e) => join(e.parentPath, e.name));
}

describe('app identity', () => {
  it('takes the version from package.json', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(APP_VERSION).toBe(pkg.version);
    expect(generatorText()).toBe(`CSE Fieldbook ${pkg.version}`);
    expect(generatorText('fieldbook export')).toBe(
      `CSE Fieldbook ${pkg.version} (fieldbook export)`,
    );
  });

  it('no other source file writes a version into a generator', () => {
    const written = ['shared', 'src-renderer', 'src-cli', 'src-main', 'scripts']
      .flatMap(sourceFiles)
      .filter((file) => !file.endsWith(join('shared', 'app-identity.ts')))
      .filter((file) => /['`]CSE Fieldbook \d/.test(readFileSync(file, 'utf8')));
    expect(written).toEqual([]);
  });
});
