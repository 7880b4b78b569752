/**
 * Channel names and menu commands of the bridge, free of any dependency so that the sandboxed
 * preload can import them without bundling zod. `contract.ts` re-exports them.
 */
export const CHANNELS = {
  openFile: 'file:open',
  saveFile: 'file:save',
  appInfo: 'app:info',
  menuCommand: 'menu:command',
  flushRequest: 'app:flush-request',
  flushDone: 'app:flush-done',
  backupWrite: 'backup:write',
  backupList: 'backup:list',
  backupRead: 'backup:read',
} as const;

/**
 * The bridge's request/response calls: the name each has on `window.desktop` and the channel main
 * handles it on. The preload forwards exactly these; main registers exactly these (contract.ts
 * gives each its request schema and result).
 */
export const INVOKE_CHANNELS = {
  openFile: CHANNELS.openFile,
  saveFile: CHANNELS.saveFile,
  appInfo: CHANNELS.appInfo,
  writeBackup: CHANNELS.backupWrite,
  listBackups: CHANNELS.backupList,
  readBackup: CHANNELS.backupRead,
} as const;
export type InvokeName = keyof typeof INVOKE_CHANNELS;

/** Menu items main forwards to the renderer. */
export const MENU_COMMANDS = [
  'new-organisation',
  'open-record',
  'save-record',
  'find-element',
  'next-element',
  'previous-element',
  'undo',
  'show-portfolio',
  'about',
] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

export function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (MENU_COMMANDS as readonly string[]).includes(value);
}
