import type { Catalogue } from '../catalogue/catalogue';
import type { ElementId } from '../types/ids';
import { parseDevelopmentPointId } from '../types/surveillance';
import type { ExchangeError } from './errors';
import { jsonPath } from './errors';
import type { ExchangeV2 } from './schema-v2';

/** Reports the second and later items of `items` whose `key` was seen before. */
function duplicates<T>(
  items: readonly T[],
  key: (item: T) => string | number,
  at: (index: number, first: number) => ExchangeError,
): ExchangeError[] {
  const seen = new Map<string | number, number>();
  const errors: ExchangeError[] = [];
  items.forEach((item, i) => {
    const first = seen.get(key(item));
    if (first === undefined) seen.set(key(item), i);
    else errors.push(at(i, first));
  });
  return errors;
}

/**
 * What the schema cannot say about `stages[s].surveillance`: development points name an element
 * of the stage's edition and a stage at or before this one; points, documents, activities and
 * criteria appear once each; criteria exist.
 */
export function checkSurveillance(
  doc: Pick<ExchangeV2, 'stages'>,
  s: number,
  catalogue: Catalogue,
): ExchangeError[] {
  const stage = doc.stages[s];
  if (!stage) return [];
  const sv = stage.surveillance;
  const at = (...rest: PropertyKey[]): string => jsonPath(['stages', s, 'surveillance', ...rest]);
  const earlier = new Set(doc.stages.slice(0, s + 1).map((x) => x.id));
  const errors: ExchangeError[] = [];
  sv.developmentPoints.forEach((p, i) => {
    const id = parseDevelopmentPointId(p.point);
    if (!id) return;
    if (!catalogue.byId.has(id.element as ElementId)) {
      errors.push({
        path: at('developmentPoints', i, 'point'),
        problem: `unknown element "${id.element}"`,
        expected: `an element number of ${catalogue.id}`,
      });
    }
    if (!earlier.has(id.stage)) {
      errors.push({
        path: at('developmentPoints', i, 'point'),
        problem: `no stage "${id.stage}" at or before this one raised it`,
        expected: 'the id of this stage or an earlier one',
      });
    }
  });
  const once = (field: string, what: string) => (i: number, first: number) => ({
    path: at(field, i),
    problem: `${what} again (also at ${at(field, first)})`,
    expected: `each ${what.split(' ')[0]} once per stage`,
  });
  errors.push(
    ...duplicates(
      sv.developmentPoints,
      (p) => p.point,
      once('developmentPoints', 'point recorded'),
    ),
    ...duplicates(sv.documents, (d) => d.document, once('documents', 'document recorded')),
    ...duplicates(sv.activities, (a) => a.activity, once('activities', 'activity recorded')),
    ...duplicates(
      sv.whatHasChanged,
      (n) => n.criterion,
      once('whatHasChanged', 'criterion recorded'),
    ),
  );
  const numbers = catalogue.criteria.map((c) => c.number as number);
  sv.whatHasChanged.forEach((n, i) => {
    if (!numbers.includes(n.criterion)) {
      errors.push({
        path: at('whatHasChanged', i, 'criterion'),
        problem: `no criterion ${n.criterion} in ${catalogue.id}`,
        expected: `a criterion number from ${numbers[0] ?? 1} to ${numbers[numbers.length - 1] ?? 1}`,
      });
    }
  });
  return errors;
}
