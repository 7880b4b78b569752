import type { StoreApi } from 'zustand/vanilla';
import { makeSignOff } from '../../shared/signoff/make-sign-off';
import { publicKeyPem } from '../../shared/signoff/signature';
import {
  SigningKeyError,
  createSigningKey,
  unlockSigningKey,
} from '../../shared/signoff/signing-key';
import { checkSignOff } from '../../shared/signoff/verify-sign-off';
import type { StageId } from '../../shared/types/ids';
import type { StageSignOff } from '../../shared/types/record';
import type { AppDeps, AppState, SignOffSlice } from './app-state';
import { describeError } from './describe-error';
import type { SliceContext } from './slice-context';
import { findStage } from './record-edit';
import { withEvidence } from './record-with-evidence';

type Set = StoreApi<AppState>['setState'];
type Get = StoreApi<AppState>['getState'];

/** An error in words without the autosave's "Not saved:" opening. */
function plain(error: unknown): string {
  if (error instanceof SigningKeyError) return error.message;
  return describeError(error).replace(/^Not saved: /, '');
}

type SignOffContext = SliceContext;

/** Puts (or, with null, takes away) a stage's sign-off in the record on screen. */
function stageSignOffSetter({
  set,
  get,
}: SignOffContext): (stageId: StageId, signOff: StageSignOff | null) => void {
  return (stageId: StageId, signOff: StageSignOff | null): void => {
    const current = get().record;
    if (!current) return;
    set({
      record: {
        ...current,
        stages: current.stages.map((st) => {
          if (st.id !== stageId) return st;
          const rest = { ...st };
          delete rest.signOff;
          return signOff === null ? rest : { ...rest, signOff };
        }),
      },
    });
  };
}

/** The assessor's signing key: loading, making, and saving its public half. */
function keyActions({
  set,
  get,
  deps,
}: SignOffContext): Pick<SignOffSlice, 'loadSigningKey' | 'createSigningKey' | 'savePublicKey'> {
  const { repository, crypto } = deps;
  return {
    async loadSigningKey() {
      try {
        set({ signingKey: await repository.loadSigningKey() });
      } catch {
        set({ signingKey: null });
      }
    },

    async createSigningKey(owner, passphrase) {
      try {
        const key = await createSigningKey(
          crypto,
          { id: deps.newId(), owner, createdAt: deps.now() },
          passphrase,
        );
        await repository.saveSigningKey(key);
        set({ signingKey: key });
        return true;
      } catch (error) {
        get().showDialog({
          kind: 'message',
          title: 'Your signing key was not made',
          body: plain(error),
        });
        return false;
      }
    },

    async savePublicKey() {
      const key = get().signingKey ?? (await repository.loadSigningKey());
      if (!key) return;
      const name = `${key.owner.replace(/[^\p{L}\p{N} _-]+/gu, '').trim() || 'assessor'}.pub`;
      try {
        const result = await deps.platform.saveFile(
          'public-key',
          name,
          new TextEncoder().encode(publicKeyPem(key.publicKey, key.owner)),
        );
        if (!result.saved && result.reason === 'failed') {
          get().showDialog({
            kind: 'message',
            title: 'The public key was not saved',
            body: result.message ?? 'Saving failed.',
          });
        }
      } catch (error) {
        get().showDialog({
          kind: 'message',
          title: 'The public key was not saved',
          body: plain(error),
        });
      }
    },
  };
}

/** Signing a stage off with the assessor's key, over what is stored. */
function signingActions(context: SignOffContext): Pick<SignOffSlice, 'signOffStage'> {
  const { get, deps } = context;
  const { repository, crypto } = deps;
  const setStageSignOff = stageSignOffSetter(context);
  return {
    async signOffStage(stageId, signedOffBy, passphrase) {
      await get().flush();
      const open = get().record;
      const stored = get().signingKey ?? (await repository.loadSigningKey());
      if (!open || !findStage(open, stageId)) return 'This stage is not open any more.';
      if (!stored) return 'Make your signing key first.';
      // What is signed is what is stored (and so exported): never text still waiting to be saved.
      if (get().unsavedCount() > 0) {
        return 'Some changes are not saved yet (the status bar says why); sign off once they are.';
      }
      try {
        const key = await unlockSigningKey(crypto.subtle, stored, passphrase);
        const record = await repository.loadRecord(open.organisation.id);
        const stage = findStage(record, stageId);
        if (!record || !stage) return 'This stage is not in the fieldbook any more.';
        // The hash covers the evidence linked to the stage: the record goes with its library.
        const full = await withEvidence(repository, record);
        const signOff = await makeSignOff(
          full,
          stage,
          { signedOffBy, signedOffAt: deps.now() },
          crypto,
          key,
        );
        await repository.signOffStage(open.organisation.id, stageId, signOff);
        setStageSignOff(stageId, signOff);
      } catch (error) {
        return plain(error);
      }
      // Undo would write old text into a stage that may no longer change.
      get().clearUndo();
      get().showDialog(null);
      await get().checkSignOffs();
      return null;
    },
  };
}

/** Withdrawing a sign-off (with its reason), and checking the signed-off stages shown. */
function checkingActions(
  context: SignOffContext,
): Pick<SignOffSlice, 'withdrawSignOff' | 'checkSignOffs'> {
  const { set, get, deps } = context;
  const { repository, crypto } = deps;
  const setStageSignOff = stageSignOffSetter(context);
  return {
    async withdrawSignOff(stageId, reason) {
      const record = get().record;
      if (!record) return;
      try {
        await repository.withdrawSignOff(record.organisation.id, stageId, reason);
      } catch (error) {
        get().showDialog({
          kind: 'message',
          title: 'The sign-off was not withdrawn',
          body: plain(error),
        });
        return;
      }
      setStageSignOff(stageId, null);
      const checks = { ...get().signOffChecks };
      delete checks[stageId];
      set({ signOffChecks: checks });
      get().showDialog(null);
    },

    async checkSignOffs() {
      const record = get().record;
      if (!record) return;
      const signed = record.stages.filter((s) => s.signOff);
      if (signed.length === 0) return;
      set({
        signOffChecks: {
          ...get().signOffChecks,
          ...Object.fromEntries(signed.map((s) => [s.id, 'checking' as const])),
        },
      });
      const full = await withEvidence(repository, record).catch(() => record);
      const checks: Record<string, Awaited<ReturnType<typeof checkSignOff>>> = {};
      for (const stage of signed) checks[stage.id] = await checkSignOff(full, stage, crypto);
      // The record may have been closed or changed meanwhile: keep only what still applies.
      if (get().record?.organisation.id !== record.organisation.id) return;
      const next = { ...get().signOffChecks };
      for (const [id, check] of Object.entries(checks)) if (check) next[id] = check;
      set({ signOffChecks: next });
    },
  };
}

/**
 * Signing stages off with the assessor's own key, withdrawing sign-offs, and checking every
 * signed-off stage that is shown (its content hash and signature), so a stage changed behind
 * the app's back is flagged, never shown as signed off silently.
 */
export function createSignOffSlice(set: Set, get: Get, deps: AppDeps): SignOffSlice {
  const context: SignOffContext = { set, get, deps };
  return {
    signingKey: undefined,
    signOffChecks: {},
    ...keyActions(context),
    ...signingActions(context),
    ...checkingActions(context),
  };
}
