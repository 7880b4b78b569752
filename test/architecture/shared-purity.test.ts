// shared/ runs in the browser as well as in Node: its lint refuses Node's globals, and its type
// check does not know them even though jszip and @types/pdfmake reference Node's types.
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

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

describe('shared/ knows no Node globals', () => {
  it("fails shared's type check on Buffer, process and setImmediate", () => {
    const config = ts.getParsedCommandLineOfConfigFile(
      `${ROOT}tsconfig.shared.json`,
      {},
      { ...ts.sys, onUnRecoverableConfigFileDiagnostic: (d) => expect.fail(String(d.messageText)) },
    );
    if (!config) throw new Error('tsconfig.shared.json did not parse');
    const host = ts.createCompilerHost(config.options);
    const readFile = host.readFile.bind(host);
    host.readFile = (name) => (name === PROBE ? NODE_USES : readFile(name));
    host.fileExists = (
      (exists) => (name: string) =>
        name === PROBE || exists(name)
    )(host.fileExists.bind(host));
    const program = ts.createProgram([PROBE], config.options, host);
    const missing = ts
      .getPreEmitDiagnostics(program)
      .filter((d) => d.file?.fileName === PROBE)
      .map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
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
