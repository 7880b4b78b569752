import type { Catalogue } from '../../catalogue/catalogue';
import type { DocBlock, SourceRef } from '../read/doc-model';
import type { ColumnMappings } from './layout-types';
import { DocumentLayouts } from './layout-scan';
import type { LabelReading } from './labels';
import type { Topic } from './paragraphs';
import type { Located, RawElement, RawHeader, RawStage } from './raw';
import { newRawStage, pushTo } from './raw';
import type { StageMention, StageSlot } from './stage-names';
import { StageResolver, slotKey } from './stage-names';
import { WarningList } from './warnings';

/**
 * The state of the walk over the document: which section and stage the text belongs to, the
 * sub-heading it sits under, and everything collected so far.
 */
export class WalkContext {
  readonly warnings = new WarningList();
  readonly header: RawHeader = {
    reference: [],
    name: [],
    units: [],
    contacts: [],
    cycleDates: [],
    scoring: [],
  };
  /** Text before any stage is known that could not be placed; goes to the first stage. */
  readonly headerUnplaced: Located[] = [];
  readonly stages = new Map<string, RawStage>();
  section: 0 | 1 | 2 | 3 = 0;
  topic: Topic | null = null;
  /** The element row still open (continued by rows without an element number). */
  open: RawElement | null = null;
  /** The last element note (CP justification, development point) paragraphs may continue. */
  lastNote: Located[] | null = null;
  elementTables = 0;
  private slot: StageSlot | null = null;
  private section2Open: StageSlot | null = null;
  private readonly resolver = new StageResolver();

  /** How element tables are read (see layout-scan.ts). */
  readonly layouts: DocumentLayouts;

  constructor(
    readonly catalogue: Catalogue,
    blocks: readonly DocBlock[],
    mappings: ColumnMappings,
  ) {
    this.layouts = new DocumentLayouts(blocks, catalogue, mappings);
  }

  /** The stage text belongs to now; before any heading, the record's first assessment. */
  currentSlot(): StageSlot {
    if (!this.slot) this.slot = this.resolver.resolve({ kind: 'assessment', cycle: null });
    return this.slot;
  }

  stage(slot: StageSlot): RawStage {
    const key = slotKey(slot);
    let stage = this.stages.get(key);
    if (!stage) {
      stage = newRawStage(slot);
      this.stages.set(key, stage);
    }
    return stage;
  }

  current(): RawStage {
    return this.stage(this.currentSlot());
  }

  /** Enters a section on its heading (or implicitly, for a table that belongs to one). */
  enterSection(section: 1 | 2 | 3, mention: StageMention | null, source: SourceRef | null): void {
    const specific = mention !== null && mention.kind !== 'surveillance';
    let slot: StageSlot;
    if (section === 1) {
      slot = this.resolver.resolve(mention ?? { kind: 'assessment', cycle: null });
    } else if (section === 2) {
      slot = this.resolver.resolve(specific ? mention : { kind: 'surveillance', cycle: null });
      this.section2Open = slot;
    } else {
      slot =
        specific && mention
          ? this.resolver.resolve(mention)
          : (this.section2Open ?? this.resolver.resolve({ kind: 'surveillance', cycle: null }));
      this.section2Open = null;
    }
    this.slot = slot;
    this.section = section;
    this.topic = null;
    this.open = null;
    this.lastNote = null;
    const stage = this.stage(slot);
    if (section === 1) stage.analysis = true;
    if (source) stage.named.push(source);
  }

  /** The slot a label names: "Name of assessor – Surveillance 1" → SV1 of the current cycle. */
  slotOfLabel(label: LabelReading): StageSlot {
    const mention = label.stage;
    if (!mention) return this.currentSlot();
    const cycle = this.resolver.currentCycle();
    switch (mention.kind) {
      case 'initial':
        return { kind: 'initial', cycle: 1 };
      case 'reassessment':
        return { kind: 'reassessment', cycle: mention.cycle ?? Math.max(2, cycle) };
      case 'surveillance-1':
      case 'surveillance-2':
        return { kind: mention.kind, cycle: mention.cycle ?? cycle };
      case 'assessment': {
        const current = this.currentSlot();
        if (current.kind === 'initial' || current.kind === 'reassessment') return current;
        return { kind: current.cycle > 1 ? 'reassessment' : 'initial', cycle: current.cycle };
      }
      default:
        return this.currentSlot();
    }
  }

  /** The cycle of the stage text belongs to now. */
  cycle(): number {
    return this.slot?.cycle ?? 1;
  }

  /** Keeps text that could not be placed, for the notes of the stage it appeared under. */
  unplaced(text: Located): void {
    if (this.section === 0 && this.slot === null) this.headerUnplaced.push(text);
    else this.current().unplaced.push(text);
  }

  /** Records a label's value for the stage it belongs to. */
  detail(label: LabelReading, value: Located): void {
    if (value.text.trim() === '') return;
    const key = label.key;
    switch (key) {
      case 'reference':
        this.header.reference.push(value);
        return;
      case 'organisation':
        this.header.name.push(value);
        return;
      case 'units':
        this.header.units.push(value);
        return;
      case 'cycleDate': {
        const kind = label.dates ?? 'surveillance-1';
        const base = label.cycle ?? this.cycle();
        const cycle = kind === 'reassessment' ? base + 1 : base;
        this.header.cycleDates.push({ slot: { kind, cycle }, value });
        return;
      }
      default:
        pushTo(this.stage(this.slotOfLabel(label)).details, key, value);
    }
  }
}
