import { findCatalogue, knownCatalogueIds } from '../catalogue/catalogue';
import type { ExchangeError } from './errors';
import { jsonPath } from './errors';
import { checkSurveillance } from './check-surveillance';
import { checkEvidence } from './check-evidence';
import { checkReport } from './report-v5';
import type { ExchangeV5 } from './schema-v5';

/**
 * The checks a schema cannot express on a current-version document: known editions and
 * elements, no duplicates, stages that make sense in a cycle, surveillance records that refer
 * to what exists, an evidence library whose links point at documents, stages and elements that
 * exist, reports that name the stage's elements and criteria once each. Returns every problem found, in file order.
 */
export function checkExchange(doc: ExchangeV5): ExchangeError[] {
  return [...checkStages(doc), ...checkEvidence(doc)];
}

function checkStages(doc: Pick<ExchangeV5, 'stages'>): ExchangeError[] {
  const errors: ExchangeError[] = [];
  const stageIds = new Map<string, number>();
  const stageSlots = new Map<string, number>();
  doc.stages.forEach((stage, s) => {
    const at = (...rest: PropertyKey[]): string => jsonPath(['stages', s, ...rest]);
    const firstWithId = stageIds.get(stage.id);
    if (firstWithId !== undefined) {
      errors.push({
        path: at('id'),
        problem: `the stage id "${stage.id}" is also used at ${jsonPath(['stages', firstWithId])}`,
        expected: 'a different id for each stage',
      });
    } else stageIds.set(stage.id, s);

    const slot = `${stage.kind}#${stage.cycle}`;
    const firstInSlot = stageSlots.get(slot);
    if (firstInSlot !== undefined) {
      errors.push({
        path: at('kind'),
        problem: `cycle ${stage.cycle} already has a "${stage.kind}" stage at ${jsonPath(['stages', firstInSlot])}`,
        expected: 'one stage of each kind per cycle',
      });
    } else stageSlots.set(slot, s);
    if (stage.kind === 'initial' && stage.cycle !== 1) {
      errors.push({
        path: at('cycle'),
        problem: `an initial assessment in cycle ${stage.cycle}`,
        expected: 'cycle 1 (later cycles start with a reassessment)',
      });
    }
    if (stage.kind === 'reassessment' && stage.cycle < 2) {
      errors.push({
        path: at('cycle'),
        problem: 'a reassessment in cycle 1',
        expected: 'cycle 2 or later (a reassessment starts a new cycle)',
      });
    }

    const catalogue = findCatalogue(stage.catalogue);
    if (!catalogue) {
      errors.push({
        path: at('catalogue'),
        problem: `unknown edition of the standard "${stage.catalogue}"`,
        expected: knownCatalogueIds()
          .map((id) => `"${id}"`)
          .join(' or '),
      });
      return;
    }
    const seen = new Map<string, number>();
    stage.entries.forEach((entry, e) => {
      const first = seen.get(entry.element);
      if (!catalogue.byId.has(entry.element as never)) {
        const all = catalogue.elements;
        errors.push({
          path: at('entries', e, 'element'),
          problem: `unknown element "${entry.element}"`,
          expected: `an element number of ${catalogue.id}, ${all[0]?.id ?? ''} to ${all[all.length - 1]?.id ?? ''}`,
        });
      } else if (first !== undefined) {
        errors.push({
          path: at('entries', e, 'element'),
          problem: `element ${entry.element} appears twice (also at ${at('entries', first)})`,
          expected: 'one entry per element',
        });
      } else seen.set(entry.element, e);
    });
    errors.push(...checkSurveillance(doc, s, catalogue));
    errors.push(...checkReport(stage.report, s, catalogue));
  });
  return errors;
}
