// The benchmark's seeded records are records the exchange format accepts, so that what the bench
// measures (and the backups the app makes of the seeded fieldbook) run as they would for a user.
import { describe, expect, it } from 'vitest';
import { REALISTIC, benchRecord } from '../../bench/data';
import { withStageIds } from '../../bench/stage-ids';
import { backupText, buildBackup } from '../../shared/backup/build';
import { inspectBackupText } from '../../shared/backup/parse';
import type { OrganisationId, StageId } from '../../shared/types/ids';
import type { AssessmentRecord } from '../../shared/types/record';

const backupKind = (records: AssessmentRecord[]): string =>
  inspectBackupText(
    backupText(buildBackup(records, { createdAt: '2026-12-03T10:00:00.000Z', reason: 'daily' })),
  ).kind;

describe('the benchmark records', () => {
  const template = benchRecord({ id: 'template', name: 'N', stages: 3, size: REALISTIC, seed: 7 });

  it('point their development points at their own stages, so a backup of them reads back', () => {
    const points = template.stages.flatMap((s) => s.surveillance.developmentPoints);
    expect(points.length).toBeGreaterThan(0);
    const ids = new Set(template.stages.map((s) => s.id as string));
    expect(points.every((p) => ids.has(p.point.split('@')[1]!))).toBe(true);
    expect(backupKind([template])).toBe('plain');
  });

  it('stay valid when seeded as copies under new stage ids', () => {
    const copy: AssessmentRecord = {
      organisation: { ...template.organisation, id: 'real-0001' as OrganisationId },
      stages: withStageIds(template.stages, (_, i) => `real-0001-s${i + 1}` as StageId),
    };
    expect(copy.stages.map((s) => s.id)).toEqual(['real-0001-s1', 'real-0001-s2', 'real-0001-s3']);
    expect(backupKind([template, copy])).toBe('plain');
  });
});
