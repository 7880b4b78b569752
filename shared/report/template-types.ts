// The shape of a certifying body's report template once read (see template.ts, which reads it,
// and docs/report-template.md, which describes the file).
import type { ReportSectionId, TEXT_SECTION, TemplateSettingKey } from './template-words';

/** A piece of fixed wording, with the line it starts on. */
export type TemplateBlock =
  | { readonly kind: 'paragraph'; readonly text: string; readonly line: number }
  | { readonly kind: 'list'; readonly items: readonly string[]; readonly line: number }
  | {
      readonly kind: 'facts';
      readonly rows: readonly { readonly label: string; readonly value: string }[];
      readonly line: number;
    };

/** A section of the report: its heading, its fixed wording, and the wording of its cases. */
export interface TemplateSection {
  /** A report section, or `text` for a section of fixed wording only. */
  readonly id: ReportSectionId | typeof TEXT_SECTION;
  readonly heading: string;
  readonly line: number;
  /** The fixed wording before the section's content. */
  readonly blocks: readonly TemplateBlock[];
  /** The wording of each case (`### case`), for the sections that have cases. */
  readonly cases: Readonly<Record<string, readonly TemplateBlock[]>>;
}

/** Each setting's parts ("= key: part | part"), by key. */
export type TemplateSettings = Readonly<Record<TemplateSettingKey, readonly string[]>>;

/** A template that can be used: every setting, and its sections in order. */
export interface ReportTemplate {
  readonly settings: TemplateSettings;
  readonly sections: readonly TemplateSection[];
}

/** A reason a template was refused: the line (1-based) and what is wrong there. */
export interface TemplateProblem {
  readonly line: number;
  readonly problem: string;
}
