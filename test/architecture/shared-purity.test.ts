// shared/ runs in the browser as well as in Node, with the DOM nowhere: its lint refuses Node's
// globals, and its type check knows neither Node's globals nor the DOM's, even though jszip and
// @types/pdfmake reference Node's types and @types/pdfmake references the DOM library.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import {
  PDFMAKE_INTERFACES,
  SHARED_COPY,
  pdfmakeTypesForShared,
} from '../../scripts/pdfmake-types-for-shared';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const PROBE = `${ROOT}shared/purity-probe.ts`;
const NODE_USES = [
  "import type JSZip from 'jszip';",
  "import type { TDocumentDefinitions } from 'pdfmake/interfaces';",
  'export type Used = [JSZip, TDocumentDefinitions];',
  "export const bytes = Buffer.from('a');",
  'export const env = process.env;',
  'export const later = setImmediate;',
].join('\n');

/** shared/'s type check (tsconfig.shared.json) of `source` as a file in shared/: its errors. */
function sharedTypeErrors(source: string): string[] {
  const config = ts.getParsedCommandLineOfConfigFile(
    `${ROOT}tsconfig.shared.json`,
    {},
    { ...ts.sys, onUnRecoverableConfigFileDiagnostic: (d) => expect.fail(String(d.messageText)) },
  );
  if (!config) throw new Error('tsconfig.shared.json did not parse');
  const host = ts.createCompilerHost(config.options);
  const readFile = host.readFile.bind(host);
  host.readFile = (name) => (name === PROBE ? source : readFile(name));
  host.fileExists = (
    (exists) => (name: string) =>
      name === PROBE || exists(name)
  )(host.fileExists.bind(host));
  const program = ts.createProgram([PROBE], config.options, host);
  return ts
    .getPreEmitDiagnostics(program)
    .filter((d) => d.file?.fileName === PROBE)
    .map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}

describe('shared/ knows no Node globals', () => {
  it("fails shared's type check on Buffer, process and setImmediate", () => {
    const missing = sharedTypeErrors(NODE_USES);
    expect(missing).toHaveLength(3);
    for (const name of ['Buffer', 'process', 'setImmediate'])
      expect(missing.some((m) => m.includes(`Cannot find name '${name}'`))).toBe(true);
  });

  it('fails the lint of shared/ on Node globals', async () => {
    const [result] = await new ESLint({ cwd: ROOT }).lintText(NODE_USES, { filePath: PROBE });
    const refused = (result?.messages ?? [])
      .filter((m) => m.ruleId === 'no-restricted-globals')
      .map((m) => m.message);
    expect(refused).toHaveLength(3);
    expect(refused.join(' ')).toMatch(/'Buffer'.*'process'.*'setImmediate'/);
  });
});

describe('shared/ knows no DOM', () => {
  it("fails shared's type check on document, window and HTMLElement, pdfmake's types imported", () => {
    const missing = sharedTypeErrors(
      [
        "import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';",
        'export type Used = [Content, TDocumentDefinitions];',
        'export const title = document.title;',
        'export const width = window.innerWidth;',
        'export type Element = HTMLElement;',
      ].join('\n'),
    );
    expect(missing).toHaveLength(3);
    for (const name of ['document', 'window', 'HTMLElement'])
      expect(missing.some((m) => m.includes(`Cannot find name '${name}'`))).toBe(true);
  });

  it("keeps pdfmake's document-definition types exact in shared's type check", () => {
    const ok = [
      "import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';",
      "const cell: TableCell = { text: 'CP', bold: true, fillColor: '#eeeeee' };",
      "const body: Content = { table: { widths: ['*', 40], body: [[cell, '1.1.1']] } };",
      "export const doc: TDocumentDefinitions = { pageOrientation: 'landscape', content: [body] };",
    ].join('\n');
    expect(sharedTypeErrors(ok)).toEqual([]);
    const wrong = ok.replace("'landscape'", "'sideways'").replace('bold: true', "bold: 'yes'");
    const errors = sharedTypeErrors(wrong);
    expect(errors).toHaveLength(2);
    expect(errors.join('\n')).toMatch(/sideways/);
    expect(errors.join('\n')).toMatch(/bold/);
  });

  it("reads @types/pdfmake's declarations as installed (the generated copy is in step)", () => {
    const copy = readFileSync(SHARED_COPY, 'utf8');
    expect(copy).not.toMatch(/^\/\/\/ <reference lib="dom"/m);
    expect(copy).toBe(pdfmakeTypesForShared(readFileSync(PDFMAKE_INTERFACES, 'utf8')));
  });
});
