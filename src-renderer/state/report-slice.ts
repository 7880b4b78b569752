import type { StoreApi } from 'zustand/vanilla';
import { DEFAULT_REPORT_TEMPLATE } from '../../shared/report/default-template';
import { formatTemplateProblem, TEMPLATE_LIMITS } from '../../shared/report/template';
import type { ReportTemplate } from '../../shared/report/template';
import { defaultReportTemplate, readReportTemplate } from '../../shared/report/templates';
import type { AppDeps, AppState, LoadedReportTemplate, ReportSlice } from './app-state';
import { describeError } from './describe-error';
import type { SliceContext } from './slice-context';

type Set = StoreApi<AppState>['setState'];
type Get = StoreApi<AppState>['getState'];

/** What the report slice's action creators share. */
interface ReportContext extends SliceContext {
  readonly message: (title: string, body: string) => void;
}

function builtIn(): LoadedReportTemplate {
  const template = defaultReportTemplate();
  return {
    template,
    text: DEFAULT_REPORT_TEMPLATE,
    name: template.settings.name[0] ?? 'Default template',
    custom: false,
  };
}

const withoutPrefix = (error: unknown): string => describeError(error).replace(/^Not saved: /, '');

/**
 * The stored template, or the default with a note saying why the stored one is not in use (it
 * could not be read, or this version cannot use it). Never throws.
 */
async function storedTemplate(
  deps: AppDeps,
): Promise<Pick<ReportSlice, 'reportTemplate' | 'reportTemplateNote'>> {
  try {
    const stored = await deps.repository.loadReportTemplate();
    if (!stored) return { reportTemplate: builtIn(), reportTemplateNote: null };
    const read = readReportTemplate(stored.text);
    if (read.ok) {
      return {
        reportTemplate: {
          template: read.value,
          text: stored.text,
          name: stored.name,
          custom: true,
        },
        reportTemplateNote: null,
      };
    }
    return {
      reportTemplate: builtIn(),
      reportTemplateNote: `The stored template “${stored.name}” cannot be used by this version (${read.errors.map(formatTemplateProblem).join('; ')}); the default template is used until another is loaded.`,
    };
  } catch (error) {
    return {
      reportTemplate: builtIn(),
      reportTemplateNote: `The stored template could not be read (${withoutPrefix(error)}); the default template is used.`,
    };
  }
}

/** A chosen template file's text and template, or why it cannot be used (a sentence or lines). */
function readTemplateFile(
  bytes: Uint8Array,
): { ok: true; text: string; template: ReportTemplate } | { ok: false; why: string } {
  if (bytes.byteLength > TEMPLATE_LIMITS.maxCharacters * 4) {
    return { ok: false, why: 'It is far too large to be a report template.' };
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, why: 'It is not a text file (UTF-8).' };
  }
  const read = readReportTemplate(text);
  if (!read.ok) return { ok: false, why: read.errors.map(formatTemplateProblem).join('\n') };
  return { ok: true, text, template: read.value };
}

/** Loading the stored template once, and setting it back to the default. */
function storedTemplateActions({
  set,
  deps,
  message,
}: ReportContext): Pick<ReportSlice, 'loadReportTemplate' | 'useDefaultReportTemplate'> {
  let loading: Promise<void> | null = null;
  return {
    loadReportTemplate() {
      loading ??= storedTemplate(deps).then((loaded) => set(loaded));
      return loading;
    },

    async useDefaultReportTemplate() {
      try {
        await deps.repository.saveReportTemplate(null);
      } catch (error) {
        message('The default template was not restored', describeError(error));
        return;
      }
      set({ reportTemplate: builtIn(), reportTemplateNote: null });
    },
  };
}

/** Replacing the template from a file the certifying body edited, and saving it as a file. */
function templateFileActions({
  set,
  get,
  deps,
  message,
}: ReportContext): Pick<ReportSlice, 'chooseReportTemplate' | 'saveReportTemplateFile'> {
  const { platform, repository } = deps;
  return {
    async chooseReportTemplate() {
      let file;
      try {
        file = await platform.openFile('template');
      } catch (error) {
        message('The template could not be opened', withoutPrefix(error));
        return;
      }
      if (!file) return;
      const refuse = (why: string): void =>
        message(`${file.name} was not loaded`, `${why} The template in use is unchanged.`);
      const read = readTemplateFile(file.bytes);
      if (!read.ok) {
        refuse(read.why);
        return;
      }
      try {
        await repository.saveReportTemplate({ text: read.text, name: file.name });
      } catch (error) {
        refuse(withoutPrefix(error));
        return;
      }
      set({
        reportTemplate: { template: read.template, text: read.text, name: file.name, custom: true },
        reportTemplateNote: null,
      });
    },

    async saveReportTemplateFile() {
      await get().loadReportTemplate();
      const current = get().reportTemplate ?? builtIn();
      const name = current.custom ? current.name : 'report-template.txt';
      const result = await platform.saveFile(
        'template',
        name.endsWith('.txt') ? name : `${name}.txt`,
        new TextEncoder().encode(current.text),
      );
      if (!result.saved && result.reason === 'failed') {
        message('The template was not saved', result.message ?? 'Saving failed.');
      }
    },
  };
}

/**
 * The certifying body's report template: loaded from storage on first use (the default when
 * none was loaded), replaced from a text file the body edits (refused, with every line that is
 * wrong, when the app cannot use it), saved as a file to edit, or set back to the default.
 */
export function createReportSlice(set: Set, get: Get, deps: AppDeps): ReportSlice {
  const message = (title: string, body: string): void =>
    get().showDialog({ kind: 'message', title, body });
  const context: ReportContext = { set, get, deps, message };
  return {
    reportTemplate: null,
    reportTemplateNote: null,
    ...storedTemplateActions(context),
    ...templateFileActions(context),
  };
}
