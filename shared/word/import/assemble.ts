import { emptyStageSurveillance } from '../../records/create';
import { stageTitle } from '../../records/select-stage';
import type { StageId } from '../../types/ids';
import type { ElementEntry, Organisation, Stage } from '../../types/record';
import type { StageAssembly } from './assemble-entries';
import type { AssembleOptions } from './assemble-options';
import { documentIds, orphanDetails, organisation, placeCycleDates } from './assemble-header';
import { stageEntries } from './assemble-entries';
import { notesText, oneDetail, stageDates, visitDays } from './assemble-details';
import { previousCategory, stageSurveillance } from './assemble-surveillance';
import type { PreviewStage } from './preview-types';
import type { Located, RawStage } from './raw';
import { checkScoringTable } from './scoring-check';
import { stageEvidence } from './stage-evidence';
import type { StageSlot } from './stage-names';
import { slotKey, slotRank } from './stage-names';
import type { WalkContext } from './walk-context';
import { emptyStageReport } from '../../types/report';

export type { AssembleOptions } from './assemble-options';

/** What assembly gives before validation: the record's parts and the preview's stages. */
export interface Assembled {
  readonly organisation: Organisation;
  readonly stages: Stage[];
  readonly previews: PreviewStage[];
  readonly unplaced: { readonly stageId: StageId; readonly text: Located }[];
  readonly idsFromDocument: boolean;
}

interface Built {
  readonly raw: RawStage;
  readonly id: StageId;
  readonly a: StageAssembly;
  stage: Stage;
  readonly preview: Omit<PreviewStage, 'notesAdded' | 'counts' | 'scoringTable'>;
}

/**
 * The stages that took place, with why (see stage-evidence.ts); a section that is a blank
 * template makes none, and its template text is left out with a warning saying so. When
 * nothing qualifies, the assessment analysis is kept so that the preview can say what is missing.
 */
function stagesMade(ctx: WalkContext, ids: ReadonlyMap<string, string>): Map<string, string> {
  const made = new Map<string, string>();
  for (const raw of ctx.stages.values()) {
    const why = stageEvidence(raw, ids.has(slotKey(raw.slot)));
    if (why) made.set(slotKey(raw.slot), why);
    else if (raw.named.length > 0 || raw.tables.size > 0) {
      ctx.warnings.add(
        'blank-template',
        `${stageTitle(raw.slot)}: its part of the document is a blank template (no marks, dated visit or assessor's text), so no stage was made${raw.unplaced.length > 0 ? `; its ${raw.unplaced.length} passages of template text were left out` : ''}.`,
        { source: raw.named[0] ?? null },
      );
    }
  }
  if (made.size === 0) {
    const first = [...ctx.stages.values()].find((r) => r.analysis);
    if (first) made.set(slotKey(first.slot), 'the assessment analysis tables (nothing marked)');
  }
  ctx.warnings.retain(
    (w) => w.code === 'blank-template' || w.slot === null || made.has(slotKey(w.slot)),
  );
  return made;
}

/** Builds the record's organisation and stages from what the walk collected (see raw.ts). */
export function assemble(
  ctx: WalkContext,
  props: ReadonlyMap<string, string>,
  options: AssembleOptions,
): Assembled {
  const ids = documentIds(props);
  const made = stagesMade(ctx, ids);
  const exists = new Set(made.keys());
  const plannedDates = placeCycleDates(ctx, exists);
  orphanDetails(ctx, exists);
  const raws = [...ctx.stages.values()]
    .filter((r) => exists.has(slotKey(r.slot)))
    .sort((a, b) => slotRank(a.slot) - slotRank(b.slot));
  const catalogue = options.catalogue;
  const built: Built[] = [];
  let previous: readonly ElementEntry[] | null = null;
  for (const raw of raws) {
    const id = (ids.get(slotKey(raw.slot)) ?? options.newId()) as StageId;
    const unplaced =
      built.length === 0 ? [...ctx.headerUnplaced, ...raw.unplaced] : [...raw.unplaced];
    const a: StageAssembly = { catalogue, slot: raw.slot, warnings: ctx.warnings, unplaced };
    const assessor = oneDetail(raw, 'assessor', a)?.text.trim() ?? '';
    const { dates, preview: datePreview } = stageDates(raw, a);
    const { entries, elements } = stageEntries(raw, previous, a);
    previous = entries;
    const stage: Stage = {
      id,
      kind: raw.slot.kind,
      cycle: raw.slot.cycle,
      catalogueId: catalogue.id,
      assessor,
      dates,
      visitDays: visitDays(raw, a),
      notes: '',
      entries,
      surveillance: emptyStageSurveillance(),
      // The Word record carries no assessment report (it is a separate document).
      report: emptyStageReport(),
    };
    built.push({
      raw,
      id,
      a,
      stage,
      preview: {
        stageId: id,
        kind: stage.kind,
        cycle: stage.cycle,
        title: stageTitle(stage),
        madeFrom: made.get(slotKey(raw.slot)) ?? '',
        assessor,
        dates: datePreview,
        elements,
      },
    });
  }
  surveillancePass(built);
  const previews: PreviewStage[] = [];
  const unplaced: Assembled['unplaced'][number][] = [];
  for (const b of built) {
    const { notes, added } = notesText(b.raw, b.a.unplaced);
    b.stage = { ...b.stage, notes };
    const scoring = checkScoringTable(
      [...(b === built[0] ? ctx.header.scoring : []), ...(b.raw.tables.get('scoring') ?? [])],
      b.stage,
      catalogue,
      b.raw.slot,
      ctx.warnings,
    );
    unplaced.push(...b.a.unplaced.map((text) => ({ stageId: b.id, text })));
    const elements = b.preview.elements;
    previews.push({
      ...b.preview,
      scoringTable: scoring,
      notesAdded: added,
      counts: {
        found: elements.filter((e) => e.origin === 'table' || e.origin === 'changed').length,
        missing: elements.filter((e) => e.origin === 'missing').length,
        carried: elements.filter((e) => e.origin === 'carried').length,
        withFinalMark: b.stage.entries.filter((e) => e.finalMark !== null).length,
      },
    });
  }
  return {
    organisation: organisation(ctx, props, options, plannedDates),
    stages: built.map((b) => b.stage),
    previews,
    unplaced,
    idsFromDocument: ids.size > 0,
  };
}

/** Section 2 and 3 records of every stage; development points may fill earlier stages' notes. */
function surveillancePass(built: Built[]): void {
  built.forEach((b, i) => {
    const earlier = built
      .slice(0, i + 1)
      .map((e) => ({ slot: e.raw.slot as StageSlot, id: e.id, analysis: e.raw.analysis }));
    const surveillance = stageSurveillance(b.raw, {
      ...b.a,
      earlier,
      developmentNote: (stage, element) =>
        built.find((e) => e.id === stage)?.stage.entries.find((x) => x.element === element)
          ?.developmentNote ?? null,
      setDevelopmentNote: (stage, element, text) => {
        // The raising stage, and the later stages that carried its entry unchanged.
        const from = built.findIndex((e) => e.id === stage);
        for (let j = from; j >= 0 && j < built.length; j += 1) {
          const target = built[j]!;
          const origin = target.preview.elements.find((x) => x.element === element)?.origin;
          if (j > from && origin !== 'carried') break;
          target.stage = {
            ...target.stage,
            entries: target.stage.entries.map((x) =>
              x.element === element && x.developmentNote === ''
                ? { ...x, developmentNote: text }
                : x,
            ),
          };
        }
      },
    });
    b.stage = { ...b.stage, surveillance };
    const before = built[i - 1];
    const said = previousCategory(b.raw);
    if (!before || said === undefined) return;
    const held = before.stage.surveillance.category;
    if (held === null) {
      before.stage = {
        ...before.stage,
        surveillance: {
          ...before.stage.surveillance,
          category: { category: said, reason: '', decidedOn: null },
        },
      };
    } else if (held.category !== said) {
      b.a.warnings.add(
        'conflicting-value',
        `Section 2 gives the category after the previous stage as ${said}, but that stage records ${held.category}; its own record is kept.`,
        { slot: b.raw.slot },
      );
    }
  });
}
