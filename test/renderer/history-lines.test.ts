import { describe, expect, it } from 'vitest';
import type { ElementId, OrganisationId, StageId } from '../../shared/types/ids';
import type { ChangeLogEntry } from '../../src-renderer/db/index';
import { historyLines } from '../../src-renderer/features/workbook/history-lines';

const base = {
  organisationId: 'o' as OrganisationId,
  stageId: 's' as StageId,
  elementId: '1.1.1' as ElementId,
  entity: 'entry' as const,
  revision: 2,
};

describe('element history lines', () => {
  it('shows marks and flags as old → new and text as a length change with both texts', () => {
    const changes: ChangeLogEntry[] = [
      {
        ...base,
        id: 'c3',
        at: '2026-11-23T10:00:02Z',
        field: 'deskTopEvidence',
        before: 'Policy',
        after: 'Policy; survey 2025',
      },
      {
        ...base,
        id: 'c2',
        at: '2026-11-23T10:00:01Z',
        field: 'verifiedOnSite',
        before: false,
        after: true,
      },
      {
        ...base,
        id: 'c1',
        at: '2026-11-23T10:00:00Z',
        field: 'finalMark',
        before: null,
        after: 'P',
      },
    ];
    expect(historyLines(changes)).toEqual([
      {
        id: 'c3',
        at: '2026-11-23T10:00:02Z',
        field: 'Desk-top evidence',
        summary: '6 → 19 characters',
        before: 'Policy',
        after: 'Policy; survey 2025',
      },
      {
        id: 'c2',
        at: '2026-11-23T10:00:01Z',
        field: 'Verified on-site',
        summary: 'No → Yes',
        before: null,
        after: null,
      },
      {
        id: 'c1',
        at: '2026-11-23T10:00:00Z',
        field: 'Visit (final) result',
        summary: '— → P',
        before: null,
        after: null,
      },
    ]);
  });
});
