import type { Session, WebContents } from 'electron';
import { APP_ORIGIN } from '../../shared/security/csp';

/** Only these links leave the app, and only to the user's own browser or mail program. */
export function isAllowedExternalUrl(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === 'https:' || protocol === 'mailto:';
  } catch {
    return false;
  }
}

/** True for the app's own pages and assets; everything else is a request the app never makes. */
export function isAppUrl(url: string): boolean {
  return url.startsWith(`${APP_ORIGIN}/`) || url === APP_ORIGIN || url.startsWith('devtools://');
}

/**
 * The window never navigates, never opens another window and never embeds a webview; an https or
 * mailto link is handed to the operating system instead.
 */
export function installWebContentsGuards(contents: WebContents, openExternal: (url: string) => Promise<void>): void {
  const handOff = (url: string) => {
    if (isAllowedExternalUrl(url)) {
      openExternal(url).catch((error: unknown) => console.error('Could not open external link', url, error));
    }
  };
  contents.on('will-navigate', (event, url) => {
    event.preventDefault();
    handOff(url);
  });
  contents.on('will-redirect', (event) => {
    event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => {
    handOff(url);
    return { action: 'deny' };
  });
}

/** No permission (camera, notifications, ...) is ever granted, and no request leaves the machine. */
export function installSessionGuards(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAppUrl(details.url) });
  });
}
