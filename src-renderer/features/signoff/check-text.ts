import { formatHash } from '../../../shared/signoff/content-hash';
import type { SignOffCheck } from '../../../shared/signoff/verify-sign-off';

/**
 * What checking a shown signed-off stage found, in the words of the sign-off bar (the bar shows
 * the signed hash already, so it is not repeated). `ownKey` is the public key of the signing
 * key kept on this computer, if any, to say "your key".
 */
export function checkText(check: SignOffCheck, ownKey: string | null): string {
  switch (check.kind) {
    case 'intact': {
      const unchanged = 'Checked: nothing has changed since the sign-off.';
      if (check.key === null)
        return `${unchanged} It was signed off without a signing key (hash only).`;
      const whose = check.key.publicKey === ownKey ? 'your signing key' : 'the signing key';
      return `${unchanged} Its signature is valid, made with ${whose} ${check.key.fingerprint}.`;
    }
    case 'changed':
      return `The stage has CHANGED since it was signed off: its content hash is now ${formatHash(check.now)}, so its exports no longer verify. Find out what changed (History), then withdraw the sign-off and sign it off again.`;
    case 'bad-signature':
      return `The signature does not match the sign-off (key ${check.fingerprint}): it was altered after it was signed. Do not rely on it; withdraw the sign-off and sign it off again.`;
    case 'unknown-scheme':
      return `It was hashed with a scheme this version does not know (“${check.scheme.slice(0, 64)}”), so it cannot be checked. Update CSE Fieldbook.`;
  }
}
