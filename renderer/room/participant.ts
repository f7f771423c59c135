import { AUDIT_AREAS, AUDIT_AREA_INFO, type AuditArea } from '../../shared/domain/audit-areas';
import type { RoomPublicState } from '../../shared/domain/room';
import { RoomAnswerError, el, noteKey, requestJson, takeFragment } from './room-dom';

/*
 * The page a phone opens from the room's QR code: join (named or anonymous), read the prompt,
 * send notes, spread dots over the findings open for voting, rate readiness per area. It only
 * ever receives the prompt and the open findings' titles.
 */

const DEVICE_KEY = 'room-device';
const app = document.getElementById('app')!;
let device = sessionStorage.getItem(DEVICE_KEY);
let named = sessionStorage.getItem('room-named') === 'yes';
let state: RoomPublicState = { prompt: '', voting: [], dotsPerDevice: 3 };
const myDots = new Map<string, number>();
const myRatings = new Map<AuditArea, number>();
let sentCount = 0;
let live: WebSocket | null = null;

function showJoin(code: string, problem: string | null): void {
  const codeInput = el('input', { id: 'join-code', name: 'code', autocomplete: 'off', autocapitalize: 'characters', value: code, required: true });
  const nameInput = el('input', { id: 'join-name', name: 'name', autocomplete: 'name', maxlength: '60' });
  const message = el('p', { class: 'problem', role: 'alert' }, problem ?? '');
  const join = async (anonymous: boolean) => {
    const name = nameInput.value.trim();
    if (!anonymous && !name) {
      message.textContent = 'Type your name, or join anonymously.';
      nameInput.focus();
      return;
    }
    try {
      const answer = await requestJson<{ device: string }>('/api/join', null, { code: codeInput.value, name: anonymous ? null : name });
      device = answer.device;
      named = !anonymous;
      sessionStorage.setItem(DEVICE_KEY, device);
      sessionStorage.setItem('room-named', named ? 'yes' : 'no');
      void start();
    } catch (error) {
      message.textContent = error instanceof Error ? error.message : String(error);
    }
  };
  const withName = el('button', { type: 'submit', class: 'primary' }, 'Join with my name');
  const anonymous = el('button', { type: 'button' }, 'Join anonymously');
  anonymous.addEventListener('click', () => void join(true));
  const form = el(
    'form',
    { class: 'card' },
    el('h1', {}, 'Join the room'),
    el('p', {}, 'Your notes go to the facilitator, who decides what is kept. Nothing you send is shown with your name unless you choose to give it.'),
    el('label', { for: 'join-code' }, 'Join code'),
    codeInput,
    el('label', { for: 'join-name' }, 'Your name (optional)'),
    nameInput,
    message,
    el('div', { class: 'actions' }, withName, anonymous),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void join(false);
  });
  app.replaceChildren(form);
  (code ? nameInput : codeInput).focus();
}

function promptSection(): HTMLElement {
  return el('section', { class: 'card prompt', 'aria-labelledby': 'prompt-label' }, el('h2', { id: 'prompt-label' }, 'The question now'), el('p', { id: 'prompt' }, state.prompt || 'The facilitator has not asked a question yet.'));
}

function noteSection(): HTMLElement {
  const text = el('textarea', { id: 'note-text', rows: '4', maxlength: '2000', 'aria-label': 'Your note' });
  const anonymousBox = el('input', { type: 'checkbox', id: 'note-anonymous' });
  (anonymousBox as HTMLInputElement).checked = !named;
  const status = el('p', { class: 'status', role: 'status', id: 'note-status' }, sentCount > 0 ? `Sent: ${sentCount}` : '');
  const send = el('button', { type: 'submit', class: 'primary' }, 'Send');
  const form = el(
    'form',
    { class: 'card' },
    el('h2', {}, 'Send a note'),
    text,
    named ? el('label', { class: 'check' }, anonymousBox, ' Send anonymously') : el('p', { class: 'hint' }, 'You joined anonymously: your notes carry no name.'),
    el('div', { class: 'actions' }, send),
    status,
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const body = text.value.trim();
    if (!body) return;
    const note = { key: noteKey(), text: body, anonymous: !named || (anonymousBox as HTMLInputElement).checked };
    send.setAttribute('disabled', '');
    void sendNote(note).then(
      () => {
        sentCount += 1;
        text.value = '';
        status.textContent = `Sent: ${sentCount}`;
      },
      (error: unknown) => {
        status.textContent = error instanceof Error ? error.message : String(error);
      },
    ).finally(() => send.removeAttribute('disabled'));
  });
  return form;
}

/** Sends once, and again with the same key if the network dropped, so a note is never doubled. */
async function sendNote(note: { key: string; text: string; anonymous: boolean }): Promise<void> {
  for (let attempt = 0; ; attempt += 1) {
    try {
      await requestJson('/api/notes', device, note);
      return;
    } catch (error) {
      if (error instanceof RoomAnswerError || attempt >= 4) throw error;
      await new Promise((resolve) => setTimeout(resolve, 1000 * (attempt + 1)));
    }
  }
}

function votingSection(): HTMLElement | null {
  if (state.voting.length === 0) return null;
  const used = [...myDots.values()].reduce((a, b) => a + b, 0);
  const left = state.dotsPerDevice - used;
  const items = state.voting.map((finding) => {
    const dots = myDots.get(finding.id) ?? 0;
    const less = el('button', { type: 'button', 'aria-label': `One dot less on ${finding.title}` }, '−');
    const more = el('button', { type: 'button', 'aria-label': `One dot more on ${finding.title}` }, '+');
    if (dots === 0) less.setAttribute('disabled', '');
    if (left === 0) more.setAttribute('disabled', '');
    less.addEventListener('click', () => void vote(finding.id, dots - 1));
    more.addEventListener('click', () => void vote(finding.id, dots + 1));
    return el('li', { class: 'vote' }, el('span', { class: 'vote-title' }, finding.title), el('span', { class: 'dots', 'aria-label': `${dots} dots` }, '●'.repeat(dots) || '·'), less, more);
  });
  return el('section', { class: 'card' }, el('h2', {}, 'Vote with your dots'), el('p', { id: 'dots-left' }, `${left} of ${state.dotsPerDevice} dots left`), el('ul', { class: 'votes' }, ...items));
}

async function vote(findingId: string, dots: number): Promise<void> {
  try {
    await requestJson('/api/votes', device, { findingId, dots });
    if (dots === 0) myDots.delete(findingId);
    else myDots.set(findingId, dots);
  } catch (error) {
    alertProblem(error);
  }
  render();
}

function ratingSection(): HTMLElement {
  const rows = AUDIT_AREAS.map((area) => {
    const chosen = myRatings.get(area);
    const buttons = [1, 2, 3, 4, 5].map((score) => {
      const button = el('button', { type: 'button', 'aria-pressed': String(chosen === score), 'aria-label': `${AUDIT_AREA_INFO[area].label}: ${score}` }, String(score));
      button.addEventListener('click', () => void rate(area, score));
      return button;
    });
    return el('fieldset', { class: 'rating' }, el('legend', {}, AUDIT_AREA_INFO[area].label), el('div', { class: 'scores' }, ...buttons));
  });
  return el('section', { class: 'card' }, el('h2', {}, 'How ready is it?'), el('p', { class: 'hint' }, '1 not at all, 5 ready for production.'), ...rows);
}

async function rate(area: AuditArea, score: number): Promise<void> {
  try {
    await requestJson('/api/ratings', device, { area, score });
    myRatings.set(area, score);
  } catch (error) {
    alertProblem(error);
  }
  render();
}

function alertProblem(error: unknown): void {
  if (error instanceof RoomAnswerError && error.status === 401) {
    leave('The room has restarted or ended. Join again with the code on the screen.');
    return;
  }
  window.alert(error instanceof Error ? error.message : String(error));
}

function leave(problem: string): void {
  device = null;
  sessionStorage.removeItem(DEVICE_KEY);
  live?.close();
  showJoin('', problem);
}

function render(): void {
  const typing = document.activeElement?.id === 'note-text' ? (document.activeElement as HTMLTextAreaElement).value : null;
  app.replaceChildren(promptSection(), noteSection(), votingSection() ?? '', ratingSection());
  if (typing !== null) {
    const box = document.getElementById('note-text') as HTMLTextAreaElement;
    box.value = typing;
    box.focus();
  }
}

/** The prompt and the open findings, live; a dropped connection comes back. */
function connectLive(): void {
  const socket = new WebSocket(`${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/api/live`);
  live = socket;
  socket.addEventListener('open', () => socket.send(device ?? ''));
  socket.addEventListener('message', (event) => {
    state = JSON.parse(String(event.data)) as RoomPublicState;
    const open = new Set(state.voting.map((f) => f.id));
    for (const id of myDots.keys()) if (!open.has(id)) myDots.delete(id);
    render();
  });
  socket.addEventListener('close', (event) => {
    if (live !== socket || !device) return;
    if (event.code === 4401) leave('The room has restarted or ended. Join again with the code on the screen.');
    else setTimeout(connectLive, 2000);
  });
}

async function start(): Promise<void> {
  try {
    state = await requestJson<RoomPublicState>('/api/state', device);
  } catch (error) {
    if (error instanceof RoomAnswerError && error.status === 401) {
      leave('');
      return;
    }
    throw error;
  }
  render();
  connectLive();
}

const code = takeFragment();
if (device && !code) void start();
else showJoin(code, null);
