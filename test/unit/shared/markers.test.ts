import { describe, expect, it } from 'vitest';
import { activeToken, checkMarkers, isCompleteMarker, nameFromSpeakerToken, parseMarkers, replaceMarker, suggestions, unresolvedMarkers } from '../../../shared/capture/markers';
import { highlightTerms, holdsAllTerms, indexQuery, searchTerms, toFtsQuery } from '../../../shared/capture/search-query';
import { inverseDocumentFrequency, rankByRelevance } from '../../../shared/capture/search-rank';

const people = [
  { id: 'p-ana', name: 'Ana Silva' },
  { id: 'p-zoe', name: 'Zoë Müller' },
  { id: 'p-jose', name: 'José Ramírez' },
  { id: 'p-lukasz', name: 'Łukasz Nowak' },
  { id: 'p-mo', name: 'محمد علي' },
  { id: 'p-anders', name: 'Anders Berg' },
];

describe('parseMarkers', () => {
  it.each([
    ['plain text stays as it is', 'We re-key every invoice', { text: 'We re-key every invoice', speakerId: null, kind: null, area: null, tags: [] }],
    ['speaker by first name', '@ana we lose three days a month', { text: 'we lose three days a month', speakerId: 'p-ana' }],
    ['speaker by full name with underscore', '@Ana_Silva agreed', { text: 'agreed', speakerId: 'p-ana' }],
    ['speaker without accents finds the accented name', '@zoe the vendor changed', { speakerId: 'p-zoe' }],
    ['speaker with accents', '@José says no', { speakerId: 'p-jose', text: 'says no' }],
    ['speaker with a non-Latin first letter', '@łukasz owns SAP', { speakerId: 'p-lukasz' }],
    ['speaker in Arabic script', '@محمد needs the numbers', { speakerId: 'p-mo', text: 'needs the numbers' }],
    ['an ambiguous prefix names no one and stays text', '@an who?', { speakerId: null, text: '@an who?' }],
    ['kind in full and area by alias', '!risk ^prod no one watches drift', { kind: 'risk', area: 'production-requirements', text: 'no one watches drift' }],
    ['kind by unambiguous prefix', '!dec go with the smaller model', { kind: 'decision' }],
    ['an ambiguous kind prefix stays text', '!a later', { kind: null, text: '!a later' }],
    ['tags are lower-cased, deduplicated and taken out', 'Invoices #SAP #ocr #sap pile up', { tags: ['sap', 'ocr'], text: 'Invoices pile up' }],
    ['markers mid-sentence', 'Costs rise @anders when volume grows #cost', { speakerId: 'p-anders', tags: ['cost'], text: 'Costs rise when volume grows' }],
    ['e-mail addresses, C# and exclamations stay text', 'mail ana@corp.com about C# wow!', { speakerId: null, tags: [], kind: null, text: 'mail ana@corp.com about C# wow!' }],
    ['the last speaker, kind and area win', '@ana !risk ^fit then @jose !action ^path', { speakerId: 'p-jose', kind: 'action', area: 'path-to-ship' }],
    ['line breaks are kept', '!question\nWho is paged at 2am?\nAnd who fixes it?', { kind: 'question', text: 'Who is paged at 2am?\nAnd who fixes it?' }],
    ['HTML stays literal text', '<img src=x onerror=alert(1)> #xss', { text: '<img src=x onerror=alert(1)>', tags: ['xss'] }],
    ['emoji and combining marks round-trip', '👍🏽 cafe\u0301 ok', { text: '👍🏽 cafe\u0301 ok' }],
    ['right-to-left text round-trips', 'הלקוח מרוצה ^fit', { text: 'הלקוח מרוצה', area: 'problem-fit' }],
    ['an area by unambiguous prefix', '^appr vendor lock-in', { area: 'approach', text: 'vendor lock-in' }],
    ['an ambiguous area prefix stays text', '^pro later', { area: null, text: '^pro later' }],
    ['a kind or area ending a sentence', 'Who is paged !question. ^prod.', { kind: 'question', area: 'production-requirements', text: 'Who is paged' }],
  ])('%s', (_name, input, expected) => {
    expect(parseMarkers(input, people)).toMatchObject(expected);
  });

  it('records where each understood marker sits', () => {
    const parsed = parseMarkers('hi @ana #x', people);
    expect(parsed.markers).toEqual([
      { type: 'speaker', token: 'ana', start: 3, end: 7 },
      { type: 'tag', token: 'x', start: 8, end: 10 },
    ]);
  });
});

describe('checkMarkers', () => {
  const check = (input: string) => checkMarkers(input, people).map(({ token, status, choices }) => ({ token, status, choices: choices.map((c) => c.label) }));

  it('tells a recognised marker from an ambiguous one, with what it could mean', () => {
    expect(check('!q Who retrains it? ^pro @an #sap !risk')).toEqual([
      { token: 'q', status: 'ambiguous', choices: ['Quote', 'Question'] },
      { token: 'pro', status: 'ambiguous', choices: ['Problem fit', 'Production requirements'] },
      { token: 'an', status: 'ambiguous', choices: ['Ana Silva', 'Anders Berg'] },
      { token: 'sap', status: 'recognised', choices: [] },
      { token: 'risk', status: 'recognised', choices: [] },
    ]);
  });

  it('offers every kind or area for one it does not know, and nobody for a speaker it does not know', () => {
    expect(check('!urgent ^legal @sam')).toEqual([
      { token: 'urgent', status: 'unknown', choices: ['Observation', 'Quote', 'Risk', 'Decision', 'Question', 'Action', 'Assumption'] },
      { token: 'legal', status: 'unknown', choices: ['Problem fit', 'Approach', 'Production requirements', 'Path to ship'] },
      { token: 'sam', status: 'unknown', choices: [] },
    ]);
  });

  it('gives each choice as the marker that replaces it, and where the marker stands', () => {
    const [q] = checkMarkers('so !q, who?', people);
    expect(q).toMatchObject({ type: 'kind', start: 3, end: 5 });
    expect(q!.choices).toEqual([
      { insert: '!quote', label: 'Quote' },
      { insert: '!question', label: 'Question' },
    ]);
    expect(replaceMarker('so !q, who?', q!, '!question')).toEqual({ text: 'so !question, who?', caret: 12 });
    expect(unresolvedMarkers('so !question, who?', people)).toEqual([]);
    const [an] = checkMarkers('@an said', people);
    expect(an!.choices.map((c) => c.insert)).toEqual(['@Ana_Silva', '@Anders_Berg']);
  });

  it.each([
    'We re-key every invoice',
    '@ana !risk ^prod the link breaks #sap',
    '!q ^pro @an @sam !urgent #x',
    'mail ana@corp.com about C# wow!',
    '@zoe !dec ^appr !question. ^path #Cost.',
  ])('recognises exactly the markers the note takes as fields: %s', (input) => {
    const recognised = checkMarkers(input, people)
      .filter((m) => m.status === 'recognised')
      .map(({ type, token, start, end }) => ({ type, token, start, end }));
    expect(recognised).toEqual(parseMarkers(input, people).markers);
  });

  it('reads no marker in plain text, and none is left once each is answered', () => {
    expect(checkMarkers('wow! C# ana@corp.com', people)).toEqual([]);
    let text = '!q ^pro who owns it';
    for (let marker = unresolvedMarkers(text, people)[0]; marker; marker = unresolvedMarkers(text, people)[0]) {
      text = replaceMarker(text, marker, marker.choices[1]!.insert).text;
    }
    expect(parseMarkers(text, people)).toMatchObject({ kind: 'question', area: 'production-requirements', text: 'who owns it' });
  });
});

describe('nameFromSpeakerToken', () => {
  it.each([
    ['sam', 'Sam'],
    ['ana_silva', 'Ana Silva'],
    ['McDonald', 'McDonald'],
    ['łukasz.', 'Łukasz'],
    ['José_Ramírez', 'José Ramírez'],
  ])('%s → %s', (token, name) => {
    expect(nameFromSpeakerToken(token)).toBe(name);
  });

  it('gives a name whose marker names that participant once added', () => {
    const sam = { id: 'p-sam', name: nameFromSpeakerToken('sam') };
    expect(checkMarkers('@sam agreed', [...people, sam])[0]).toMatchObject({ status: 'recognised' });
  });
});

describe('autocomplete', () => {
  it('finds the marker being typed at the caret', () => {
    expect(activeToken('costs @an', 9)).toEqual({ type: 'speaker', query: 'an', start: 6, end: 9 });
    expect(activeToken('costs @an rise', 8)).toEqual({ type: 'speaker', query: 'a', start: 6, end: 9 });
    expect(activeToken('#', 1)).toEqual({ type: 'tag', query: '', start: 0, end: 1 });
    expect(activeToken('mail ana@x', 10)).toBeNull();
    expect(activeToken('plain', 5)).toBeNull();
  });

  it('suggests participants, kinds, areas and known tags', () => {
    expect(suggestions({ type: 'speaker', query: 'an', start: 0, end: 3 }, people, [])).toEqual([
      { insert: '@Ana_Silva', label: 'Ana Silva' },
      { insert: '@Anders_Berg', label: 'Anders Berg' },
    ]);
    expect(suggestions({ type: 'kind', query: 'a', start: 0, end: 2 }, people, []).map((s) => s.insert)).toEqual(['!action', '!assumption']);
    expect(suggestions({ type: 'area', query: 'pa', start: 0, end: 3 }, people, []).map((s) => s.insert)).toEqual(['^path-to-ship']);
    expect(suggestions({ type: 'tag', query: 's', start: 0, end: 2 }, people, ['sap', 'security', 'ocr']).map((s) => s.insert)).toEqual(['#sap', '#security']);
  });

  it('a suggestion, once inserted, parses back to the same participant', () => {
    for (const p of people) {
      const [first] = suggestions({ type: 'speaker', query: p.name.slice(0, 3), start: 0, end: 4 }, people, []).filter((s) => s.label === p.name);
      expect(parseMarkers(`${first!.insert} said so`, people).speakerId).toBe(p.id);
    }
  });
});

describe('isCompleteMarker', () => {
  it('knows a whole name, kind or alias from a prefix still being typed', () => {
    expect(isCompleteMarker('speaker', 'ana', people)).toBe(true);
    expect(isCompleteMarker('speaker', 'Ana_Silva', people)).toBe(true);
    expect(isCompleteMarker('speaker', 'jo', people)).toBe(false);
    expect(isCompleteMarker('kind', 'risk', people)).toBe(true);
    expect(isCompleteMarker('kind', 'ris', people)).toBe(false);
    expect(isCompleteMarker('area', 'prod', people)).toBe(true);
    expect(isCompleteMarker('area', 'appr', people)).toBe(false);
    expect(isCompleteMarker('tag', 'b1', people)).toBe(true);
    expect(isCompleteMarker('tag', '', people)).toBe(false);
  });
});

describe('toFtsQuery', () => {
  it('quotes every word and lets the last one match as a prefix while typing', () => {
    expect(toFtsQuery(searchTerms('invoice sap'))).toBe('"invoice" "sap"*');
    expect(toFtsQuery(searchTerms('invoice sap '))).toBe('"invoice" "sap"');
    expect(toFtsQuery(searchTerms('NEAR(a b) OR "x" -y:z'))).toBe('"NEAR" "a" "b" "OR" "x" "y" "z"*');
    expect(searchTerms('  ,.;  ')).toEqual([]);
  });
});

describe('highlightTerms', () => {
  it('marks whole words and the prefix being typed, folding case and accents as the index does', () => {
    expect(highlightTerms('Zoë approved the Invoice; invoices later', searchTerms('zoe invoice appro'))).toBe(
      '\u0002Zoë\u0003 \u0002approved\u0003 the \u0002Invoice\u0003; invoices later',
    );
    expect(highlightTerms('<b>café</b>', searchTerms('cafe '))).toBe('<b>\u0002café\u0003</b>');
    expect(highlightTerms('nothing here', searchTerms('  '))).toBe('nothing here');
  });
});

describe('indexQuery and holdsAllTerms', () => {
  it('asks the index for at most the indexed prefix length and checks the whole prefix on what it finds', () => {
    expect(indexQuery(searchTerms('Invoice appro'), 3)).toEqual({
      terms: [{ word: 'invoice', prefix: false }, { word: 'app', prefix: true }],
      check: [{ word: 'invoice', prefix: false }, { word: 'appro', prefix: true }],
    });
    expect(indexQuery(searchTerms('Éco'), 3)).toEqual({ terms: [{ word: 'eco', prefix: true }], check: null });
    expect(indexQuery(searchTerms('approval '), 3).check).toBeNull();
    const holds = holdsAllTerms(indexQuery(searchTerms('invoice appro'), 3).check!);
    expect(holds(['Approved: one Invoice', 'Ana', '[]'])).toBe(true);
    expect(holds(['Reappropriated invoice', 'Ana', '[]'])).toBe(false);
    expect(holds(['invoices approved', 'Ana', '[]'])).toBe(false);
    expect(holds(['An invoice', 'Ana', '["approval"]'])).toBe(true);
  });
});

describe('rankByRelevance', () => {
  const candidate = (rowid: number, text: string, speaker = '', tags = '[]', capturedAt = '2026-03-02T09:00:00.000Z') => ({
    rowid,
    capturedAt,
    columns: [text, speaker, tags] as const,
  });

  it('puts a word in the text before one in the speaker or tags, more occurrences first, and the newest first among equals', () => {
    const ranked = rankByRelevance(
      [
        candidate(1, 'a note', '', '["ledger"]'),
        candidate(2, 'ledger reconciled by hand'),
        candidate(3, 'ledger, ledger and the ledger again'),
        candidate(4, 'a note', 'Ledger Team'),
        candidate(5, 'ledger reconciled by hand', '', '[]', '2026-03-02T10:00:00.000Z'),
      ],
      searchTerms('ledger '),
      [1],
    );
    expect(ranked.map((c) => c.rowid)).toEqual([3, 5, 2, 4, 1]);
  });

  it('weighs a rarer term more when several are searched', () => {
    const ranked = rankByRelevance([candidate(1, 'invoice invoice rare'), candidate(2, 'invoice rare rare')], searchTerms('invoice rare '), [
      inverseDocumentFrequency(100, 90),
      inverseDocumentFrequency(100, 2),
    ]);
    expect(ranked.map((c) => c.rowid)).toEqual([2, 1]);
  });
});
