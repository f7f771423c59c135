/** A tiny element builder: the room's pages set text only, never HTML, so nothing sent can become markup. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<Record<string, string | boolean>> = {},
  ...children: (Node | string | null)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) {
    if (value === undefined || value === false) continue;
    node.setAttribute(name, value === true ? '' : value);
  }
  for (const child of children) if (child !== null) node.append(child);
  return node;
}

/** A key for one note, the same on every resend: random, and made without crypto.randomUUID, which plain HTTP lacks. */
export function noteKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** The secret in the address's fragment (never sent to the server), taken out of the address bar. */
export function takeFragment(): string {
  const value = decodeURIComponent(location.hash.slice(1));
  if (value) history.replaceState(null, '', location.pathname);
  return value;
}

export class RoomAnswerError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** A JSON request to the page's own server; a refusal carries the server's plain words. */
export async function requestJson<T>(path: string, token: string | null, body?: unknown): Promise<T> {
  const headers: Record<string, string> = {};
  if (token) headers.authorization = `Bearer ${token}`;
  if (body !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(path, { method: body === undefined ? 'GET' : 'POST', headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const answer = (await response.json().catch(() => ({}))) as { error?: string };
  if (!response.ok) throw new RoomAnswerError(response.status, answer.error ?? `The laptop answered ${response.status}.`);
  return answer as T;
}
