import { EventEmitter } from 'node:events';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { REQUEST_CHANNELS } from '../../../shared/ipc/channels';
import { CONTENT_SECURITY_POLICY } from '../../../shared/security/csp';
import { mimeTypeFor, registerAppProtocol, resolveAppFile } from '../../../electron/main/app-protocol';
import { registerIpcHandlers, senderOf } from '../../../electron/main/ipc-registration';
import {
  installSessionGuards,
  installWebContentsGuards,
  isAllowedExternalUrl,
} from '../../../electron/main/security-guards';
import { createWindowOptions } from '../../../electron/main/window-options';

describe('window options', () => {
  it('isolate and sandbox the renderer with no Node and no experimental switches', () => {
    const options = createWindowOptions('/app/preload.js');
    expect(options.webPreferences).toMatchObject({
      preload: '/app/preload.js',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
    });
    expect(options.webPreferences).not.toHaveProperty('enableBlinkFeatures');
  });

  it('open at the restored bounds, or at the default size when there are none, never below the minimum', () => {
    expect(createWindowOptions('/app/preload.js', { x: 40, y: 30, width: 1400, height: 900 })).toMatchObject({ x: 40, y: 30, width: 1400, height: 900 });
    const first = createWindowOptions('/app/preload.js');
    expect(first).toMatchObject({ width: 1366, height: 860, minWidth: 1024, minHeight: 640 });
    expect(first).not.toHaveProperty('x');
  });
});

class FakeWebContents extends EventEmitter {
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
    this.windowOpenHandler = handler;
  }
}

function fire(contents: FakeWebContents, name: string, url: string) {
  const event = { defaultPrevented: false, preventDefault() { this.defaultPrevented = true; } };
  contents.emit(name, event, url);
  return event.defaultPrevented;
}

describe('navigation guards', () => {
  it('prevent every navigation and redirect, deny new windows, and hand only https and mailto to the OS', async () => {
    const contents = new FakeWebContents();
    const opened: string[] = [];
    installWebContentsGuards(contents as never, async (url) => {
      opened.push(url);
    });
    expect(fire(contents, 'will-navigate', 'https://example.com/')).toBe(true);
    expect(fire(contents, 'will-navigate', 'app://workshop/other.html')).toBe(true);
    expect(fire(contents, 'will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(fire(contents, 'will-redirect', 'https://example.com/')).toBe(true);
    expect(fire(contents, 'will-attach-webview', '')).toBe(true);
    expect(contents.windowOpenHandler?.({ url: 'mailto:a@b.c' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler?.({ url: 'javascript:alert(1)' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler?.({ url: 'http://plain.example/' })).toEqual({ action: 'deny' });
    await Promise.resolve();
    expect(opened).toEqual(['https://example.com/', 'mailto:a@b.c']);
  });

  it('allow only https and mailto as external links', () => {
    expect(isAllowedExternalUrl('https://nist.gov')).toBe(true);
    expect(isAllowedExternalUrl('mailto:x@y.z')).toBe(true);
    for (const url of ['http://x.y', 'file:///c:/x', 'javascript:void 0', 'smb://share', 'nonsense']) {
      expect(isAllowedExternalUrl(url)).toBe(false);
    }
  });

  it('deny every permission and cancel every request that is not the app itself', () => {
    let permission: ((c: unknown, p: string, cb: (granted: boolean) => void) => void) | undefined;
    let check: (() => boolean) | undefined;
    let beforeRequest: ((d: { url: string }, cb: (r: { cancel: boolean }) => void) => void) | undefined;
    installSessionGuards({
      setPermissionRequestHandler: (h: typeof permission) => (permission = h),
      setPermissionCheckHandler: (h: typeof check) => (check = h),
      webRequest: { onBeforeRequest: (h: typeof beforeRequest) => (beforeRequest = h) },
    } as never);
    const granted: boolean[] = [];
    permission?.({}, 'media', (g) => granted.push(g));
    permission?.({}, 'notifications', (g) => granted.push(g));
    expect(granted).toEqual([false, false]);
    expect(check?.()).toBe(false);
    const decisions: Record<string, boolean> = {};
    for (const url of ['app://workshop/index.html', 'app://workshop/assets/x.js', 'https://telemetry.example/', 'http://127.0.0.1/', 'app://other/x']) {
      beforeRequest?.({ url }, (r) => (decisions[url] = r.cancel));
    }
    expect(decisions).toEqual({
      'app://workshop/index.html': false,
      'app://workshop/assets/x.js': false,
      'https://telemetry.example/': true,
      'http://127.0.0.1/': true,
      'app://other/x': true,
    });
  });
});

describe('app protocol', () => {
  it('maps app URLs into the renderer folder and refuses anything that climbs out or names another host', () => {
    expect(resolveAppFile('/r', 'app://workshop/index.html')).toBe('/r/index.html');
    expect(resolveAppFile('/r', 'app://workshop/')).toBe('/r/index.html');
    expect(resolveAppFile('/r', 'app://workshop/assets/a.js?x=1#y')).toBe('/r/assets/a.js');
    expect(resolveAppFile('/r', 'app://workshop/../etc/passwd')).toBe('/r/etc/passwd');
    expect(resolveAppFile('/r', 'app://workshop/%2e%2e/%2e%2e/etc/passwd')).toBe('/r/etc/passwd');
    expect(resolveAppFile('/r', 'app://workshop/a%2F..%2F..%2F..%2Fetc%2Fpasswd')).toBeNull();
    expect(resolveAppFile('/r', 'app://elsewhere/index.html')).toBeNull();
    expect(resolveAppFile('/r', 'https://workshop/index.html')).toBeNull();
    expect(mimeTypeFor('/r/a.JS')).toBe('text/javascript; charset=utf-8');
  });

  it('serves every response with the strict CSP', async () => {
    let handler: ((request: { url: string }) => Promise<Response>) | undefined;
    const rendererDir = mkdtempSync(path.join(tmpdir(), 'renderer-'));
    writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>x</title>');
    registerAppProtocol({ handle: (_scheme: string, h: typeof handler) => (handler = h) } as never, rendererDir);
    const response = await handler!({ url: 'app://workshop/index.html' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-inline');
    expect(await response.text()).toBe('<!doctype html><title>x</title>');
    expect((await handler!({ url: 'app://workshop/missing.js' })).status).toBe(404);
    rmSync(rendererDir, { recursive: true, force: true });
  });
});

describe('ipc registration', () => {
  it('registers every contract channel through dispatch, with the sender frame passed on', async () => {
    const registered = new Map<string, (event: unknown, payload: unknown) => unknown>();
    const dispatch = vi.fn(async () => ({ ok: true as const, value: 'x' }));
    registerIpcHandlers({ handle: (channel: string, fn: (e: unknown, p: unknown) => unknown) => registered.set(channel, fn) } as never, dispatch);
    expect([...registered.keys()].sort()).toEqual([...REQUEST_CHANNELS].sort());

    const mainFrame = { url: 'app://workshop/index.html', parent: null };
    await registered.get('engagements:list')!({ senderFrame: mainFrame }, { includeArchived: true });
    expect(dispatch).toHaveBeenCalledWith({ url: 'app://workshop/index.html', isMainFrame: true }, 'engagements:list', { includeArchived: true });
    expect(senderOf({ senderFrame: { url: 'app://workshop/x', parent: mainFrame } } as never)).toEqual({ url: 'app://workshop/x', isMainFrame: false });
    expect(senderOf({ senderFrame: null } as never)).toEqual({ url: undefined, isMainFrame: false });
  });
});
