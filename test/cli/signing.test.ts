// The command line's side of a sign-off that holds: `verify --key` tells a certifying body who
// signed and that nothing changed, `public-key` hands out the key a stage was signed with, and
// `import-xlsx` refuses to write into a signed-off stage (it used to print "updated").
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { readExchangeText } from '../../shared/exchange/read';
import { writeExchangeText } from '../../shared/exchange/write';
import { makeSignOff } from '../../shared/signoff/make-sign-off';
import { publicKeyPem } from '../../shared/signoff/signature';
import { createSigningKey, unlockSigningKey } from '../../shared/signoff/signing-key';
import { sheetRows, tempDir } from '../export/support';
import { nodeKeyCrypto } from '../signoff/bolton';
import { runFieldbook } from '../support/cli';
import type { CliRun } from '../support/cli';

const V5 = new URL('../fixtures/exchange/v5.json', import.meta.url).pathname;

const cli = (argv: string[]): Promise<CliRun> => runFieldbook(argv);

/** The v5 fixture with its surveillance 1 signed off under v2 with a new key, as a file. */
async function signedFile(): Promise<{ dir: string; file: string; publicKey: string }> {
  const read = readExchangeText(readFileSync(V5, 'utf8'));
  if (!read.ok) throw new Error('fixture invalid');
  const record = read.value.record;
  const stored = await createSigningKey(
    nodeKeyCrypto,
    { id: 'k', owner: 'A. Assessor', createdAt: '2016-12-01T09:00:00.000Z' },
    'assessor passphrase',
  );
  const key = await unlockSigningKey(nodeKeyCrypto.subtle, stored, 'assessor passphrase');
  const sv1 = record.stages[1]!;
  const signOff = await makeSignOff(
    record,
    sv1,
    { signedOffBy: 'A. Assessor', signedOffAt: '2016-12-01T10:00:00.000Z' },
    nodeKeyCrypto,
    key,
  );
  // Only the surveillance is signed off: the fixture's initial assessment (signed under v1,
  // without a key) is made a draft here; the last test checks such a stage against a key.
  const initial = { ...record.stages[0]!, signOff: undefined };
  const signed = { ...record, stages: [initial, { ...sv1, signOff }] };
  const dir = tempDir();
  const file = join(dir, 'record.json');
  writeFileSync(file, writeExchangeText(signed));
  return { dir, file, publicKey: stored.publicKey };
}

describe('fieldbook verify --key and public-key', () => {
  it('says who signed with which key, and checks it against the key given', async () => {
    const { dir, file } = await signedFile();
    const plain = await cli(['verify', file]);
    expect(plain.code).toBe(0);
    expect(plain.out).toMatch(
      /Surveillance 1: signed off by A\. Assessor at 2016-12-01T10:00:00\.000Z — The content is what was signed off \(SHA-256 [0-9a-f ]+\)\. The signature is valid, made with key [0-9a-f ]+ \(the key travels with the record/,
    );
    const pub = join(dir, 'assessor.pub');
    const exported = await cli(['public-key', file, '--out', pub]);
    expect(exported.code).toBe(0);
    expect(exported.out).toMatch(/Surveillance 1 was signed by A\. Assessor with key [0-9a-f ]+\./);
    expect(readFileSync(pub, 'utf8')).toContain('-----BEGIN PUBLIC KEY-----');
    const trusted = await cli(['verify', file, '--key', pub]);
    expect(trusted.code).toBe(0);
    expect(trusted.out).toContain('The signature is valid and made with the assessor’s key');
  });

  it('fails with another key, a changed record or a key file that is not one', async () => {
    const { dir, file } = await signedFile();
    const other = await signedFile();
    const otherPub = join(dir, 'other.pub');
    writeFileSync(otherPub, publicKeyPem(other.publicKey, 'Someone Else'));
    const wrongKey = await cli(['verify', file, '--key', otherPub]);
    expect(wrongKey.code).toBe(1);
    expect(wrongKey.out).toContain('NOT the key given');

    const doc = JSON.parse(readFileSync(file, 'utf8'));
    doc.organisation.contacts = [];
    const changed = join(dir, 'changed.json');
    writeFileSync(changed, JSON.stringify(doc));
    const r = await cli(['verify', changed]);
    expect(r.code).toBe(1);
    expect(r.out).toContain('CHANGED since sign-off');

    const notAKey = join(dir, 'not.pub');
    writeFileSync(notAKey, 'hello');
    const bad = await cli(['verify', file, '--key', notAKey]);
    expect(bad.code).toBe(1);
    expect(bad.err).toContain('holds no Ed25519 public key');
  });

  it('with --key, a stage signed without a key does not pass', async () => {
    const { dir, publicKey } = await signedFile();
    const pub = join(dir, 'assessor.pub');
    writeFileSync(pub, publicKeyPem(publicKey, 'A. Assessor'));
    const r = await cli(['verify', V5, '--key', pub]);
    expect(r.code).toBe(1);
    expect(r.out).toContain(
      'signed off without a signing key. It is NOT signed with the key given.',
    );
    const none = await cli(['public-key', V5, '--stage', 'initial']);
    expect(none.code).toBe(1);
    expect(none.err).toContain('signed off without a signing key');
  });
});

describe('fieldbook import-xlsx into a signed-off stage', () => {
  it('refuses with one message and writes nothing', async () => {
    const dir = tempDir();
    const json = join(dir, 'record.json');
    copyFileSync(V5, json);
    const xlsx = join(dir, 'record.xlsx');
    expect((await cli(['export', json, '--stage', 'initial', '--xlsx', xlsx])).code).toBe(0);
    const book = XLSX.read(readFileSync(xlsx));
    const sheet = '1 Customer Insight';
    const row = sheetRows(book, sheet).findIndex((r) => r[0] === '1.1.1') + 1;
    XLSX.utils.sheet_add_aoa(book.Sheets[sheet]!, [['P']], { origin: `I${row}` });
    XLSX.writeFile(book, xlsx);
    const before = readFileSync(json, 'utf8');
    const r = await cli(['import-xlsx', xlsx, '--into', json]);
    expect(r.code).toBe(1);
    expect(r.out).not.toContain('updated');
    expect(r.err).toContain(
      'Initial assessment (stage 1) of ' + json + ' is signed off by A. Assessor',
    );
    expect(readFileSync(json, 'utf8')).toBe(before);
    expect((await cli(['verify', json])).code).toBe(0);
  }, 60_000);
});
