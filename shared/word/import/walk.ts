import type { Catalogue } from '../../catalogue/catalogue';
import type { ElementId } from '../../types/ids';
import type { DocBlock, DocParagraph, SourceRef } from '../read/doc-model';
import { charIn, trimStartWhere } from '../../types/trim';
import { leadingElementNumber, squash } from '../text';
import { labelledParagraph } from './labels';
import type { ColumnMappings } from './layout-types';
import { paragraphRole } from './paragraphs';
import type { ElementNote, RawElement } from './raw';
import { WalkContext } from './walk-context';
import { walkTable } from './walk-tables';

/** "P → F", "P -> F", "P to F": the marks before and after; what follows is a comment. */
const CHANGE = /^([^\s→>]+)\s*(?:→|->|=>|\bto\b)\s*([^\s,;.]+)/i;
const BEFORE_COMMENT = charIn(',;.:–—-', true);

/** "4.2.3: P → F (benchmarking report seen)" under "element scores changed". */
function scoreChange(ctx: WalkContext, id: ElementId, rest: string, source: SourceRef): boolean {
  const trimmed = rest.trim();
  const match = CHANGE.exec(trimmed);
  if (!match) return false;
  const changes = ctx.current().changes;
  const element: RawElement = changes.get(id) ?? {
    element: id,
    first: source,
    columns: new Set(),
    pieces: {
      statement: [],
      deskTopEvidence: [],
      keyQuestions: [],
      visitEvidence: [],
      dtrMark: [],
      finalMark: [],
      previous: [],
    },
  };
  changes.set(id, element);
  element.columns.add('previous').add('finalMark');
  element.pieces.previous.push({ text: match[1] ?? '', source });
  element.pieces.finalMark.push({ text: match[2] ?? '', source });
  // Trimmed by index: a pattern would rescan a long run of separators from each of its places.
  const comment = trimStartWhere(trimmed.slice(match[0].length), BEFORE_COMMENT).trim();
  if (comment !== '') {
    element.columns.add('visitEvidence');
    element.pieces.visitEvidence.push({ text: comment, source });
  }
  return true;
}

/** "1.2.2 – text" under a CP justification or development points heading. */
function elementNote(ctx: WalkContext, id: ElementId, text: string, source: SourceRef): void {
  const stage = ctx.current();
  const list =
    ctx.topic === 'cp'
      ? (stage.cpList ??= new Map())
      : (stage.developmentList ??= new Map<ElementId, ElementNote>());
  const note = list.get(id) ?? { element: id, text: [] };
  list.set(id, note);
  if (text.trim() !== '') note.text.push({ text: text.trim(), source });
  ctx.lastNote = note.text;
}

function contentParagraph(ctx: WalkContext, p: DocParagraph): void {
  if (ctx.topic === 'sign-off') return;
  const source: SourceRef = { kind: 'paragraph', paragraph: p.index };
  const text = p.text.trim();
  const labelled = labelledParagraph(text);
  if (labelled && ctx.topic !== 'notes') {
    ctx.detail(labelled.label, { text: labelled.value, source });
    return;
  }
  const lead = leadingElementNumber(text);
  const id = lead?.id as ElementId | undefined;
  const known = id !== undefined && ctx.catalogue.byId.has(id);
  if (known && lead && (ctx.topic === 'cp' || ctx.topic === 'development')) {
    elementNote(ctx, id, lead.rest, source);
    return;
  }
  if (known && lead && ctx.topic === 'score-changes' && scoreChange(ctx, id, lead.rest, source)) {
    return;
  }
  if (ctx.topic === 'notes') {
    ctx.current().notes.push({ text, source });
    return;
  }
  if ((ctx.topic === 'cp' || ctx.topic === 'development') && ctx.lastNote) {
    ctx.lastNote.push({ text, source });
    return;
  }
  ctx.unplaced({ text, source });
}

function walkParagraph(ctx: WalkContext, p: DocParagraph, at?: SourceRef): void {
  if (squash(p.text) === '') return;
  const role = paragraphRole(p.text, ctx.catalogue);
  switch (role.kind) {
    case 'boilerplate':
      return;
    case 'section':
      ctx.enterSection(role.section, role.stage, at ?? { kind: 'paragraph', paragraph: p.index });
      return;
    case 'topic': {
      ctx.topic = role.topic;
      ctx.open = null;
      ctx.lastNote = null;
      if (ctx.section === 0 && ['cp', 'development', 'score-changes'].includes(role.topic)) {
        ctx.currentSlot();
      }
      const stage = ctx.section === 0 && ctx.stages.size === 0 ? null : ctx.current();
      if (stage && role.topic === 'cp') stage.cpList ??= new Map();
      if (stage && role.topic === 'development') stage.developmentList ??= new Map();
      return;
    }
    case 'caption':
      ctx.topic = null;
      ctx.open = null;
      return;
    case 'text':
      contentParagraph(ctx, p);
      return;
  }
}

/** Walks the document body in order and collects what it finds (see raw.ts). */
export function walkDocument(
  blocks: readonly DocBlock[],
  catalogue: Catalogue,
  mappings: ColumnMappings = {},
): WalkContext {
  const ctx = new WalkContext(catalogue, blocks, mappings);
  for (const block of blocks) {
    if (block.kind === 'paragraph') walkParagraph(ctx, block);
    else {
      walkTable(ctx, block, (text) => {
        const role = paragraphRole(text, catalogue).kind;
        if (role === 'text' || role === 'caption') return false;
        const at: SourceRef = { kind: 'cell', table: block.index, row: 1, cell: 1 };
        walkParagraph(ctx, { kind: 'paragraph', index: 0, text, style: null, heading: null }, at);
        return true;
      });
    }
  }
  return ctx;
}
