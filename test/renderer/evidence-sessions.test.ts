// The page's evidence sessions: one per organisation, dropped (their workers ended once idle)
// when the store no longer needs them.
import { describe, expect, it, vi } from 'vitest';
import type { OrganisationId } from '../../shared/types/ids';
import type { SessionDeps } from '../../src-renderer/services/evidence/evidence-session';
import { EvidenceSessions } from '../../src-renderer/services/evidence/evidence-session';

const deps = {} as SessionDeps;
const A = 'org-a' as OrganisationId;
const B = 'org-b' as OrganisationId;

describe('EvidenceSessions', () => {
  it('gives one session per organisation', () => {
    const sessions = new EvidenceSessions();
    expect(sessions.get(A, deps)).toBe(sessions.get(A, deps));
    expect(sessions.get(B, deps)).not.toBe(sessions.get(A, deps));
    expect(sessions.size).toBe(2);
  });

  it('drops and disposes every session but the one kept', () => {
    const sessions = new EvidenceSessions();
    const a = sessions.get(A, deps);
    const b = sessions.get(B, deps);
    const disposeA = vi.spyOn(a, 'dispose');
    const disposeB = vi.spyOn(b, 'dispose');
    sessions.keepOnly(A);
    expect(disposeA).not.toHaveBeenCalled();
    expect(disposeB).toHaveBeenCalledOnce();
    expect(sessions.get(A, deps)).toBe(a);
    expect(sessions.get(B, deps)).not.toBe(b);
  });

  it('drops every session on reset, so the next use loads afresh', () => {
    const sessions = new EvidenceSessions();
    const a = sessions.get(A, deps);
    const dispose = vi.spyOn(a, 'dispose');
    sessions.reset();
    expect(dispose).toHaveBeenCalledOnce();
    expect(sessions.size).toBe(0);
    const again = sessions.get(A, deps);
    expect(again).not.toBe(a);
    expect(again.getState().status).toBe('loading');
  });

  it('tells subscribers when sessions are dropped, and only then', () => {
    const sessions = new EvidenceSessions();
    let told = 0;
    const off = sessions.subscribe(() => (told += 1));
    sessions.get(A, deps);
    sessions.keepOnly(A);
    expect(told).toBe(0);
    sessions.drop(B);
    expect(told).toBe(0);
    sessions.drop(A);
    expect(told).toBe(1);
    sessions.get(A, deps);
    sessions.get(B, deps);
    sessions.reset();
    expect(told).toBe(2);
    off();
    sessions.get(A, deps);
    sessions.reset();
    expect(told).toBe(2);
  });
});
