import type { PresenterClosing, PresenterDay, PresenterNote } from '../../../../shared/board/presenter-data';
import type { PresenterCard, PresenterColumn } from '../../../../shared/board/presenter-view';
import type { PagedColumn, PagedItem, Shown } from './PagedColumns';
import { followUpSummary } from '../../../../shared/report/follow-up';

/*
 * What each presenter view lays out, as columns of items for PagedColumns to page. Items are
 * small (a card, a note, a paragraph) so a page breaks between them and never inside one.
 */

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "3 findings" when all fit, "4–6 of 9 findings" while the column runs over several pages. */
function countLine(shown: Shown, total: number, one: string, many: string): string {
  if (!shown || (shown.first === 1 && shown.last === total)) return plural(total, one, many);
  return `${shown.first === shown.last ? shown.first : `${shown.first}–${shown.last}`} of ${plural(total, one, many)}`;
}

function Severity(props: { card: Pick<PresenterCard, 'severity' | 'severityLabel'> }) {
  return <span className={`severity severity-${props.card.severity}`}>{props.card.severityLabel}</span>;
}

export function FindingCardButton(props: { card: PresenterCard; onOpen(card: PresenterCard): void }) {
  const { card } = props;
  const meta = [card.kindLabel, card.statusLabel, card.votes > 0 ? plural(card.votes, 'vote', 'votes') : null, card.ownerName].filter(Boolean).join(' · ');
  return (
    <button type="button" className={`presenter-card sev-${card.severity}`} data-card-id={card.id} onClick={() => props.onOpen(card)}>
      <span className="presenter-card-top">
        <Severity card={card} />
        <span className="presenter-card-ref">{card.ref}</span>
      </span>
      <span className="presenter-card-title">{card.title}</span>
      <span className="presenter-card-meta">{meta}</span>
    </button>
  );
}

const cardItems = (cards: readonly PresenterCard[], onOpen: (card: PresenterCard) => void): PagedItem[] =>
  cards.map((card) => ({ key: card.id, node: <FindingCardButton card={card} onOpen={onOpen} /> }));

/** The board: one column per audit question, every client-visible finding in it. */
export function boardColumns(columns: readonly PresenterColumn[], onOpen: (card: PresenterCard) => void): PagedColumn[] {
  return columns.map((column) => ({
    key: column.area,
    label: column.label,
    className: `area-${column.area}`,
    head: (shown) => (
      <>
        <h2>{column.label}</h2>
        <p className="presenter-question">{column.question}</p>
        <p className="presenter-count">{countLine(shown, column.cards.length, 'finding', 'findings')}</p>
      </>
    ),
    items: cardItems(column.cards, onOpen),
    empty: 'Nothing raised yet',
  }));
}

function NoteItem(props: { note: PresenterNote; by?: string }) {
  const { note } = props;
  return (
    <figure className="presenter-note">
      <blockquote>{note.text}</blockquote>
      <figcaption>{[note.ref, note.time, props.by ?? note.speaker].filter(Boolean).join(' · ')}</figcaption>
    </figure>
  );
}

function simpleHead(heading: string, count: (shown: Shown) => string | null) {
  return (shown: Shown) => {
    const line = count(shown);
    return (
      <>
        <h2>{heading}</h2>
        {/* Always there, so the rules under every column's heading line up. */}
        <p className="presenter-count">{line}</p>
      </>
    );
  };
}

function noteColumn<N extends PresenterNote>(key: string, heading: string, notes: readonly N[], one: string, many: string, by?: (n: N) => string): PagedColumn {
  return {
    key,
    label: heading,
    className: 'presenter-plain',
    head: simpleHead(heading, (shown) => countLine(shown, notes.length, one, many)),
    items: notes.map((note) => ({ key: note.ref, node: <NoteItem note={note} by={by?.(note)} /> })),
    empty: '',
  };
}

/** A day's readout: only the sections the day has something in, new findings first. */
export function dayColumns(cards: readonly PresenterCard[], day: PresenterDay | null, onOpen: (card: PresenterCard) => void): PagedColumn[] {
  const columns: PagedColumn[] = [
    {
      key: 'findings',
      label: 'New findings',
      className: 'presenter-plain',
      head: simpleHead('New findings', (shown) => countLine(shown, cards.length, 'finding', 'findings')),
      items: cardItems(cards, onOpen),
      empty: '',
    },
  ];
  if (day) {
    columns.push(
      noteColumn('decisions', 'Decisions', day.decisions, 'decision', 'decisions'),
      noteColumn('risks', 'Risks', day.risks, 'risk', 'risks'),
      noteColumn('actions', 'Actions', day.actions, 'action', 'actions', followUpSummary),
      noteColumn('still-open', 'Still open', day.stillOpen, 'open action', 'open actions', followUpSummary),
    );
  }
  return columns.filter((c) => c.items.length > 0);
}

/** Paragraphs as items, so long details break between paragraphs rather than run off the page. */
function paragraphs(key: string, text: string, className = 'presenter-prose'): PagedItem[] {
  return text
    .split(/\n\s*\n/u)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p, i) => ({ key: `${key}-${i}`, node: <p className={className}>{p}</p> }));
}

const label = (key: string, text: string): PagedItem => ({ key, node: <h3 className="presenter-label">{text}</h3> });

/** One finding up close: what was found and what to do on the left, the notes it rests on on the right. */
export function focusColumns(card: PresenterCard): PagedColumn[] {
  const details = paragraphs('details', card.details);
  const recommendation = paragraphs('recommendation', card.recommendation, 'presenter-prose presenter-recommendation');
  return [
    {
      key: 'finding',
      label: 'Details and recommendation',
      className: 'presenter-plain',
      head: simpleHead('Details and recommendation', () => null),
      items: [...details, ...(recommendation.length ? [label('recommendation-label', 'Recommendation'), ...recommendation] : [])],
      empty: 'No details or recommendation recorded yet.',
    },
    {
      key: 'evidence',
      label: 'Evidence',
      className: 'presenter-plain',
      head: simpleHead('Evidence', (shown) => countLine(shown, card.evidence.length, 'note cited', 'notes cited')),
      items: card.evidence.map((quote) => ({
        key: quote.ref,
        node: (
          <figure className="presenter-note">
            <blockquote>{quote.text}</blockquote>
            <figcaption>{quote.ref}</figcaption>
          </figure>
        ),
      })),
      empty: 'No client-visible note is cited yet.',
    },
  ];
}

/** The close of the readout: the recommendation on the path to ship, what it costs, and who does what next. */
export function closingColumns(closing: PresenterClosing): PagedColumn[] {
  const { recommendation, money, followUp } = closing;
  const followUpItem = (x: PresenterClosing['followUp']['actions'][number], withOwner: boolean): PagedItem => ({
    key: x.ref,
    node: (
      <figure className={`presenter-note${x.overdue ? ' is-overdue' : ''}`}>
        <blockquote>{x.text}</blockquote>
        <figcaption>
          {x.ref} · {withOwner ? followUpSummary(x) : x.status}
        </figcaption>
      </figure>
    ),
  });
  return [
    {
      key: 'recommendation',
      label: 'Recommendation',
      className: 'presenter-plain',
      head: simpleHead('Recommendation', () => null),
      items: recommendation
        ? [
            { key: 'verdict', node: <p className="presenter-verdict">{recommendation.decision}</p> },
            ...paragraphs('rationale', recommendation.rationale),
            ...(recommendation.conditions.length ? [label('conditions-label', 'On these conditions')] : []),
            ...recommendation.conditions.map((c, i) => ({ key: `condition-${i}`, node: <p className="presenter-prose presenter-condition">{c}</p> })),
          ]
        : [],
      empty: 'No recommendation has been recorded yet.',
    },
    {
      key: 'money',
      label: 'The money',
      className: 'presenter-plain',
      head: simpleHead('The money', () => money?.subtitle ?? null),
      items: money
        ? [
            ...money.figures.map((f) => ({
              key: f.label,
              node: (
                <p className="presenter-figure">
                  <span className="presenter-figure-value">{f.value}</span>
                  <span className="presenter-figure-label">{f.label}</span>
                </p>
              ),
            })),
            { key: 'caption', node: <p className="presenter-caption">{money.caption}</p> },
          ]
        : [],
      empty: 'No cost scenario has been recorded yet.',
    },
    {
      key: 'follow-up',
      label: 'Next steps',
      className: 'presenter-plain',
      head: simpleHead('Next steps', () => `${plural(followUp.actions.length, 'open action', 'open actions')} · ${plural(followUp.decisions.length, 'decision', 'decisions')}`),
      items: [
        ...(followUp.actions.length ? [label('actions-label', 'Open actions')] : []),
        ...followUp.actions.map((x) => followUpItem(x, true)),
        ...(followUp.decisions.length ? [label('decisions-label', 'Decisions')] : []),
        ...followUp.decisions.map((x) => followUpItem(x, false)),
      ],
      empty: 'No open action or decision has been noted yet.',
    },
  ];
}
