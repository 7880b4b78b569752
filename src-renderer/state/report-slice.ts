import type { StoreApi } from 'zustand/vanilla';
import { DEFAULT_REPORT_TEMPLATE } from '../../shared/report/default-template';
import { formatTemplateProblem, TEMPLATE_LIMITS } from '../../shared/report/template';
import { defaultReportTemplate, readReportTemplate } from '../../shared/report/templates';
import type { AppDeps, AppState, LoadedReportTemplate, ReportSlice } from './app-state';
import { describeError } from './describe-error';

type Set = StoreApi<AppState>['setState'];
type Get = StoreApi<AppState>['getState'];

function builtIn(): LoadedReportTemplate {
  const template = defaultReportTemplate();
  return {
    template,
    text: DEFAULT_REPORT_TEMPLATE,
    name: template.settings.name[0] ?? 'Default template',
    custom: false,
  };
}

/**
 * The certifying body's report template: loaded from storage on first use (the default when
 * none was loaded), replaced from a text file the body edits (refused, with every line that is
 * wrong, when the app cannot use it), saved as a file to edit, or set back to the default.
 */
export function createReportSlice(set: Set, get: Get, deps: AppDeps): ReportSlice {
  const { platform, repository } = deps;
  const message = (title: string, body: string): void =>
    get().showDialog({ kind: 'message', title, body });
  let loading: Promise<void> | null = null;

  return {
    reportTemplate: null,
    reportTemplateNote: null,

    loadReportTemplate() {
      loading ??= (async () => {
        try {
          const stored = await repository.loadReportTemplate();
          if (!stored) {
            set({ reportTemplate: builtIn(), reportTemplateNote: null });
            return;
          }
          const read = readReportTemplate(stored.text);
          if (read.ok) {
            set({
              reportTemplate: {
                template: read.value,
                text: stored.text,
                name: stored.name,
                custom: true,
              },
              reportTemplateNote: null,
            });
          } else {
            set({
              reportTemplate: builtIn(),
              reportTemplateNote: `The stored template “${stored.name}” cannot be used by this version (${read.errors.map(formatTemplateProblem).join('; ')}); the default template is used until another is loaded.`,
            });
          }
        } catch (error) {
          set({
            reportTemplate: builtIn(),
            reportTemplateNote: `The stored template could not be read (${describeError(error).replace(/^Not saved: /, '')}); the default template is used.`,
          });
        }
      })();
      return loading;
    },

    async chooseReportTemplate() {
      let file;
      try {
        file = await platform.openFile('template');
      } catch (error) {
        message(
          'The template could not be opened',
          describeError(error).replace(/^Not saved: /, ''),
        );
        return;
      }
      if (!file) return;
      const refuse = (why: string): void =>
        message(`${file.name} was not loaded`, `${why} The template in use is unchanged.`);
      if (file.bytes.byteLength > TEMPLATE_LIMITS.maxCharacters * 4) {
        refuse('It is far too large to be a report template.');
        return;
      }
      let text: string;
      try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(file.bytes);
      } catch {
        refuse('It is not a text file (UTF-8).');
        return;
      }
      const read = readReportTemplate(text);
      if (!read.ok) {
        refuse(read.errors.map(formatTemplateProblem).join('\n'));
        return;
      }
      try {
        await repository.saveReportTemplate({ text, name: file.name });
      } catch (error) {
        refuse(describeError(error).replace(/^Not saved: /, ''));
        return;
      }
      set({
        reportTemplate: { template: read.value, text, name: file.name, custom: true },
        reportTemplateNote: null,
      });
    },

    async useDefaultReportTemplate() {
      try {
        await repository.saveReportTemplate(null);
      } catch (error) {
        message('The default template was not restored', describeError(error));
        return;
      }
      set({ reportTemplate: builtIn(), reportTemplateNote: null });
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
