import { RoomAnswerError, el, noteKey, requestJson, takeFragment } from './room-dom';

/*
 * The scribe seat: a second facilitator captures notes, markers and all, into the running session.
 * Every note is kept in this browser until the laptop has answered for it, and resent with the
 * same key after the network drops, so nothing is lost and nothing is saved twice.
 */

interface Pending {
  key: string;
  text: string;
  private: boolean;
}

const TOKEN_KEY = 'scribe-token';
const QUEUE_KEY = 'scribe-queue';
const RETRY_MS = 2000;

const app = document.getElementById('app')!;
const fromAddress = takeFragment();
if (fromAddress) sessionStorage.setItem(TOKEN_KEY, fromAddress);
const token = sessionStorage.getItem(TOKEN_KEY);

const queue: Pending[] = JSON.parse(localStorage.getItem(QUEUE_KEY) ?? '[]') as Pending[];
const saved: { text: string; ref: string }[] = [];
let sending = false;
let retry: ReturnType<typeof setTimeout> | null = null;

const status = el('p', { id: 'scribe-status', role: 'status', class: 'status' });
const savedList = el('ol', { id: 'scribe-saved', class: 'saved' });
const pendingList = el('ol', { id: 'scribe-pending', class: 'pending' });
const prompt = el('p', { id: 'prompt' });

function keep(): void {
  localStorage.setItem(QUEUE_KEY, JSON.stringify(queue));
}

function show(problem?: string): void {
  status.textContent = problem ?? (queue.length === 0 ? 'Every note is saved on the laptop.' : `${queue.length} ${queue.length === 1 ? 'note is' : 'notes are'} waiting for the network; they are kept here and sent when it is back.`);
  pendingList.replaceChildren(...queue.map((p) => el('li', {}, p.text)));
  savedList.replaceChildren(...saved.map((s) => el('li', {}, el('strong', {}, s.ref ? `${s.ref} ` : ''), s.text)));
}

/** Sends the waiting notes in order; stops at the first network failure and tries again later. */
async function flush(): Promise<void> {
  if (sending || !token) return;
  sending = true;
  try {
    while (queue.length > 0) {
      const next = queue[0]!;
      try {
        const answer = await requestJson<{ ref: string | null; duplicate: boolean }>('/scribe/api/notes', token, next);
        saved.unshift({ text: next.text, ref: answer.ref ?? '' });
        queue.shift();
        keep();
      } catch (error) {
        if (error instanceof RoomAnswerError && error.status === 400) {
          // The laptop read the note and refused it: it would be refused again, so it goes back to the box.
          queue.shift();
          keep();
          box.value = next.text;
          show(error.message);
          continue;
        }
        show(error instanceof RoomAnswerError ? error.message : undefined);
        retry ??= setTimeout(() => {
          retry = null;
          void flush();
        }, RETRY_MS);
        return;
      }
    }
    show();
  } finally {
    sending = false;
  }
}

const box = el('textarea', { id: 'scribe-text', rows: '4', 'aria-label': 'Note', placeholder: 'Type a note; Enter saves. @name !risk ^area #tag' });
const privateBox = el('input', { type: 'checkbox', id: 'scribe-private' });

function capture(): void {
  const text = box.value.trim();
  if (!text) return;
  queue.push({ key: noteKey(), text, private: privateBox.checked });
  keep();
  box.value = '';
  show();
  void flush();
}

box.addEventListener('keydown', (event) => {
  if (event.key === 'Enter' && !event.shiftKey) {
    event.preventDefault();
    capture();
  }
});
window.addEventListener('online', () => void flush());

if (!token) {
  app.replaceChildren(el('section', { class: 'card' }, el('h1', {}, 'Scribe seat'), el('p', { class: 'problem' }, 'Open the scribe address the app shows, with its key after the #.')));
} else {
  const form = el(
    'form',
    { class: 'card' },
    el('h1', {}, 'Scribe seat'),
    el('h2', {}, 'The question now'),
    prompt,
    box,
    el('label', { class: 'check' }, privateBox, ' Facilitator only'),
    el('div', { class: 'actions' }, el('button', { type: 'submit', class: 'primary' }, 'Save note')),
    status,
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    capture();
  });
  app.replaceChildren(form, el('section', { class: 'card' }, el('h2', {}, 'Waiting'), pendingList, el('h2', {}, 'Saved'), savedList));
  show();
  box.focus();
  requestJson<{ prompt: string; session: string }>('/scribe/api/state', token).then(
    (answer) => {
      prompt.textContent = answer.prompt;
      document.title = `Scribe seat: ${answer.session}`;
    },
    (error: unknown) => show(error instanceof Error ? error.message : String(error)),
  );
  void flush();
}
