// The assessor's own signing key: Ed25519 through WebCrypto (Node 20 here; Chromium in
// test/e2e-web/sign-off.test.ts), the private half kept encrypted with their passphrase.
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { makeSignOff } from '../../shared/signoff/make-sign-off';
import {
  keyFingerprint,
  publicKeyPem,
  readPublicKeyPem,
  verifySignOffSignature,
} from '../../shared/signoff/signature';
import {
  SigningKeyError,
  createSigningKey,
  unlockSigningKey,
} from '../../shared/signoff/signing-key';
import { checkSignOff, describeSignOffCheck } from '../../shared/signoff/verify-sign-off';
import type { AssessmentRecord } from '../../shared/types/record';
import { boltonRecord, nodeKeyCrypto } from './bolton';

const PASS = 'Bolton library 2015';

async function signedBolton(): Promise<{ record: AssessmentRecord; publicKey: string }> {
  const stored = await createSigningKey(
    nodeKeyCrypto,
    { id: 'k1', owner: 'Tariq Mahmood', createdAt: '2015-03-17T09:00:00.000Z' },
    PASS,
  );
  const key = await unlockSigningKey(nodeKeyCrypto.subtle, stored, PASS);
  const record = boltonRecord();
  const stage = record.stages[0]!;
  const signOff = await makeSignOff(
    record,
    stage,
    { signedOffBy: 'Tariq Mahmood', signedOffAt: '2015-03-17T16:00:00.000Z' },
    nodeKeyCrypto,
    key,
  );
  return { record: { ...record, stages: [{ ...stage, signOff }] }, publicKey: stored.publicKey };
}

describe('the signing key', () => {
  it('is kept encrypted and unlocks only with its passphrase', async () => {
    const stored = await createSigningKey(
      nodeKeyCrypto,
      { id: 'k1', owner: ' Tariq Mahmood ', createdAt: '2015-03-17T09:00:00.000Z' },
      PASS,
    );
    expect(stored).toMatchObject({ owner: 'Tariq Mahmood', algorithm: 'Ed25519' });
    expect(stored.fingerprint).toMatch(/^([0-9a-f]{4} ){7}[0-9a-f]{4}$/);
    expect(JSON.stringify(stored)).not.toContain('PRIVATE');
    await expect(
      unlockSigningKey(nodeKeyCrypto.subtle, stored, 'wrong passphrase'),
    ).rejects.toEqual(new SigningKeyError('The passphrase of your signing key is wrong.'));
    const tampered = { ...stored, encryptedPrivateKey: `A${stored.encryptedPrivateKey.slice(1)}` };
    await expect(unlockSigningKey(nodeKeyCrypto.subtle, tampered, PASS)).rejects.toBeInstanceOf(
      SigningKeyError,
    );
    await expect(
      createSigningKey(nodeKeyCrypto, { id: 'k2', owner: 'A', createdAt: 'x' }, 'short'),
    ).rejects.toThrow(/at least 8 characters/);
  });

  it('signs a sign-off that checks out, naming the key, trusted only when it is the one given', async () => {
    const { record, publicKey } = await signedBolton();
    const stage = record.stages[0]!;
    expect(stage.signOff?.scheme).toBe('cse-fieldbook-stage-v2');
    expect(stage.signOff?.signature).toMatchObject({ algorithm: 'Ed25519', publicKey });
    const fingerprint = await keyFingerprint(publicKey, nodeKeyCrypto.sha256);
    expect(await checkSignOff(record, stage, nodeKeyCrypto)).toEqual({
      kind: 'intact',
      hash: stage.signOff?.contentHash,
      key: { publicKey, fingerprint, trusted: null },
    });
    const trusted = await checkSignOff(record, stage, nodeKeyCrypto, publicKey);
    expect(trusted?.kind === 'intact' && trusted.key?.trusted).toBe(true);
    expect(describeSignOffCheck(trusted!)).toContain('made with the assessor’s key');
    const other = await signedBolton();
    const untrusted = await checkSignOff(record, stage, nodeKeyCrypto, other.publicKey);
    expect(untrusted?.kind === 'intact' && untrusted.key?.trusted).toBe(false);
    expect(describeSignOffCheck(untrusted!)).toContain('NOT the key given');
  });

  it('finds a changed stage, a forged signature and a swapped key', async () => {
    const { record } = await signedBolton();
    const stage = record.stages[0]!;
    const signOff = stage.signOff!;
    const edited = {
      ...stage,
      entries: stage.entries.map((e) =>
        e.element === '1.1.1' ? { ...e, finalMark: 'P' as const } : e,
      ),
    };
    expect((await checkSignOff({ ...record, stages: [edited] }, edited, nodeKeyCrypto))?.kind).toBe(
      'changed',
    );
    const other = await signedBolton();
    // Someone else's key with the old signature: the hash covers the key, so it no longer matches.
    const swapped = {
      ...stage,
      signOff: { ...signOff, signature: { ...signOff.signature!, publicKey: other.publicKey } },
    };
    expect(
      (await checkSignOff({ ...record, stages: [swapped] }, swapped, nodeKeyCrypto))?.kind,
    ).toBe('changed');
    const value = signOff.signature!.value;
    const forged = {
      ...stage,
      signOff: {
        ...signOff,
        signature: {
          ...signOff.signature!,
          value: `${value[0] === 'A' ? 'B' : 'A'}${value.slice(1)}`,
        },
      },
    };
    const check = await checkSignOff({ ...record, stages: [forged] }, forged, nodeKeyCrypto);
    expect(check?.kind).toBe('bad-signature');
    expect(await verifySignOffSignature(nodeKeyCrypto.subtle, 'not base64', value, 'x', 'y')).toBe(
      false,
    );
  });

  it('writes the public key as a PEM file OpenSSL reads, and reads it back', async () => {
    const { publicKey } = await signedBolton();
    const pem = publicKeyPem(publicKey, 'Tariq Mahmood');
    expect(pem).toMatch(
      /^CSE Fieldbook sign-off key of Tariq Mahmood\n-----BEGIN PUBLIC KEY-----\n/,
    );
    expect(readPublicKeyPem(pem)).toBe(publicKey);
    expect(
      readPublicKeyPem('-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----'),
    ).toBeNull();
    expect(readPublicKeyPem('x'.repeat(20_000))).toBeNull();
    const file = join(mkdtempSync(join(tmpdir(), 'pem-')), 'assessor.pub');
    writeFileSync(file, pem);
    const { stdout } = await promisify(execFile)('openssl', [
      'pkey',
      '-pubin',
      '-in',
      file,
      '-text',
      '-noout',
    ]);
    expect(stdout).toContain('ED25519 Public-Key');
  });
});
