import type { StoreApi } from 'zustand/vanilla';
import type { CertifyingBody } from '../../shared/settings/certifying-body';
import type { AppSettings } from '../../shared/settings/settings';
import { DEFAULT_SETTINGS } from '../../shared/settings/settings';
import type { AppDeps, AppState } from './app-state';
import type { SettingsSlice } from './slice-types/settings';
import { describeError } from './describe-error';

type Set = StoreApi<AppState>['setState'];
type Get = StoreApi<AppState>['getState'];

/** The assessor's settings (the certifying body's details), stored through the repository. */
export function createSettingsSlice(set: Set, get: Get, deps: AppDeps): SettingsSlice {
  const { repository } = deps;
  return {
    settings: null,
    settingsError: null,

    async loadSettings() {
      try {
        set({ settings: await repository.loadSettings(), settingsError: null });
      } catch (error) {
        set({ settingsError: describeError(error) });
      }
    },

    async saveCertifyingBody(body: CertifyingBody) {
      const settings: AppSettings = {
        ...(get().settings ?? DEFAULT_SETTINGS),
        certifyingBody: body,
      };
      try {
        await repository.saveSettings(settings);
      } catch (error) {
        return describeError(error);
      }
      set({ settings, settingsError: null });
      return null;
    },
  };
}
