/** Commands the native menu sends to the renderer over the `menu:command` event. */
export const MENU_COMMANDS = [
  'new-engagement',
  'go-engagements',
  'show-shortcuts',
  'back-up-now',
  'export-archive',
  'import-archive',
  'export-week-pack',
  'presenter-mode',
] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];
