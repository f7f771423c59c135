import { describe, expect, it } from 'vitest';
import { groupIntoCells } from '../../../../shared/board/board-cells';
import { NO_FILTERS, UNOWNED, isFiltering, matchesFilters, toggle } from '../../../../shared/board/board-filters';
import { titleFromText } from '../../../../shared/domain/finding';
import { aFinding } from './finding-fixtures';

const OWNER = '00000000-0000-4000-8000-bbbbbbbbbbbb';

describe('board filters', () => {
  const board = [
    aFinding({ title: 'critical risk', severity: 'critical', kind: 'risk', ownerId: OWNER }),
    aFinding({ title: 'low gap', severity: 'low', kind: 'gap' }),
    aFinding({ title: 'high strength validated', severity: 'high', kind: 'strength', status: 'validated' }),
  ];
  const titles = (filters: typeof NO_FILTERS) => board.filter((f) => matchesFilters(f, filters)).map((f) => f.title);

  it('show everything with no filter, and say so', () => {
    expect(titles(NO_FILTERS)).toHaveLength(3);
    expect(isFiltering(NO_FILTERS)).toBe(false);
  });

  it('combine values of one filter with OR and different filters with AND', () => {
    const filters = { ...NO_FILTERS, severities: toggle(toggle([], 'critical'), 'low') } as typeof NO_FILTERS;
    expect(titles(filters)).toEqual(['critical risk', 'low gap']);
    expect(titles({ ...filters, kinds: ['gap'] })).toEqual(['low gap']);
    expect(titles({ ...NO_FILTERS, statuses: ['validated'] })).toEqual(['high strength validated']);
    expect(isFiltering(filters)).toBe(true);
  });

  it('filter by owner, or by findings nobody owns', () => {
    expect(titles({ ...NO_FILTERS, owner: OWNER })).toEqual(['critical risk']);
    expect(titles({ ...NO_FILTERS, owner: UNOWNED })).toEqual(['low gap', 'high strength validated']);
  });

  it('toggle takes a value out when it is already there', () => {
    expect(toggle(['high', 'low'], 'high')).toEqual(['low']);
  });
});

describe('board cells', () => {
  it('group by area and day in stored order, or by area for the whole week when collapsed', () => {
    const a = aFinding({ area: 'approach', day: 2, position: 1, title: 'a' });
    const b = aFinding({ area: 'approach', day: 2, position: 0, title: 'b' });
    const c = aFinding({ area: 'approach', day: 1, position: 0, title: 'c' });
    const d = aFinding({ area: 'path-to-ship', day: 1, position: 0, title: 'd' });
    const cells = groupIntoCells([a, b, c, d], false);
    expect(cells.get('approach:2')?.map((f) => f.title)).toEqual(['b', 'a']);
    expect(cells.get('approach:1')?.map((f) => f.title)).toEqual(['c']);
    const collapsed = groupIntoCells([a, b, c, d], true);
    expect(collapsed.get('approach:all')?.map((f) => f.title)).toEqual(['c', 'b', 'a']);
    expect(collapsed.get('path-to-ship:all')?.map((f) => f.title)).toEqual(['d']);
  });
});

describe('titleFromText', () => {
  it('takes the first sentence, flattened', () => {
    expect(titleFromText('They re-key every invoice.\nIt takes two hours a day.')).toBe('They re-key every invoice.');
  });

  it('cuts a long sentence at a word, near 120 characters, with an ellipsis', () => {
    const title = titleFromText(`${'word '.repeat(60)}end`);
    expect(title.length).toBeLessThanOrEqual(120);
    expect(title.endsWith('word…')).toBe(true);
  });
});
