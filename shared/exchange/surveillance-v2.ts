import type { IsoDate } from '../types/dates';
import type { CriterionNumber } from '../types/ids';
import type { DevelopmentPointId, StageSurveillance } from '../types/surveillance';
import type { ExchangeV2Surveillance } from './schema-v2';

/**
 * Converts a stage's surveillance records between the checked version-2 shape and the domain.
 * Dates are plain `YYYY-MM-DD` text on both sides; the validator has already checked them.
 */
export function surveillanceFromV2(sv: ExchangeV2Surveillance): StageSurveillance {
  const date = (text: string | null): IsoDate | null => text as IsoDate | null;
  return {
    contactedOn: date(sv.contactedOn),
    category:
      sv.category === null ? null : { ...sv.category, decidedOn: date(sv.category.decidedOn) },
    significantChanges: sv.significantChanges.map((c) => ({ ...c, date: date(c.date) })),
    developmentPoints: sv.developmentPoints.map((p) => ({
      ...p,
      point: p.point as DevelopmentPointId,
    })),
    documents: sv.documents.map((d) => ({ ...d, receivedOn: date(d.receivedOn) })),
    onSitePlan: sv.onSitePlan.map((r) => ({ ...r, date: date(r.date) })),
    activities: sv.activities.map((a) => ({ ...a })),
    whatHasChanged: sv.whatHasChanged.map((n) => ({
      ...n,
      criterion: n.criterion as CriterionNumber,
    })),
  };
}

/** The version-2 shape of a stage's surveillance records; the inverse of `surveillanceFromV2`. */
export function surveillanceToV2(sv: StageSurveillance): ExchangeV2Surveillance {
  return {
    contactedOn: sv.contactedOn,
    category: sv.category === null ? null : { ...sv.category },
    significantChanges: sv.significantChanges.map((c) => ({ ...c })),
    developmentPoints: sv.developmentPoints.map((p) => ({ ...p })),
    documents: sv.documents.map((d) => ({ ...d })),
    onSitePlan: sv.onSitePlan.map((r) => ({ ...r })),
    activities: sv.activities.map((a) => ({ ...a })),
    whatHasChanged: sv.whatHasChanged.map((n) => ({ ...n })),
  };
}
