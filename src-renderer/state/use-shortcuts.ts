import { useEffect } from 'react';
import type { MenuCommand } from '../../shared/ipc/contract';
import { neighbourElement } from './element-navigation';
import type { AppStore } from './store';

function isTextField(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return (
    !!el &&
    (el.tagName === 'TEXTAREA' ||
      (el.tagName === 'INPUT' && (el as HTMLInputElement).type !== 'checkbox') ||
      el.isContentEditable)
  );
}

/** Runs a menu command or shortcut against the store. */
export function runCommand(store: AppStore, command: MenuCommand): void {
  const s = store.getState();
  switch (command) {
    case 'new-organisation':
      s.showDialog({ kind: 'new-organisation' });
      return;
    case 'open-record':
      void s.openRecordFile();
      return;
    case 'save-record':
      void s.saveRecordFile();
      return;
    case 'find-element':
      if (s.route.screen === 'workbook') s.setPaletteOpen(true);
      return;
    case 'next-element':
    case 'previous-element': {
      const id = neighbourElement(command === 'next-element' ? 1 : -1);
      if (id) s.focusElement(id);
      return;
    }
    case 'undo':
      s.undo();
      return;
    case 'show-portfolio':
      s.navigate({ screen: 'portfolio' });
      return;
    case 'about':
      s.showDialog({
        kind: 'message',
        title: 'About CSE Fieldbook',
        body: 'An offline workbook for Customer Service Excellence assessors. Customer Service Excellence is a trade mark of the Cabinet Office.',
      });
      return;
  }
}

/**
 * Keyboard shortcuts: Ctrl/Cmd+K element palette, Alt+↓/↑ next/previous element, Ctrl/Cmd+S
 * save as file, Ctrl/Cmd+Z outside text fields undoes the last change (text fields keep their
 * own undo). Menu commands from Electron arrive through the same function.
 */
export function useShortcuts(
  store: AppStore,
  subscribeMenu: (l: (c: MenuCommand) => void) => () => void,
): void {
  useEffect(() => {
    function onKey(e: KeyboardEvent): void {
      const mod = e.ctrlKey || e.metaKey;
      let command: MenuCommand | null = null;
      if (mod && !e.shiftKey && e.key.toLowerCase() === 'k') command = 'find-element';
      else if (mod && !e.shiftKey && e.key.toLowerCase() === 's') command = 'save-record';
      else if (mod && !e.shiftKey && e.key.toLowerCase() === 'z' && !isTextField(e.target))
        command = 'undo';
      else if (e.altKey && e.key === 'ArrowDown') command = 'next-element';
      else if (e.altKey && e.key === 'ArrowUp') command = 'previous-element';
      if (!command) return;
      e.preventDefault();
      runCommand(store, command);
    }
    window.addEventListener('keydown', onKey);
    const off = subscribeMenu((c) => runCommand(store, c));
    return () => {
      window.removeEventListener('keydown', onKey);
      off();
    };
  }, [store, subscribeMenu]);
}
