import { describe, expect, it } from 'vitest';
import { type ListPlace, stepAfterPage } from '../../renderer/src/catalog/list-paging.ts';

// The end-of-list rule, on its own: a short page ends a list only when the count confirms it or
// the next page is empty (README "End of a list").

const first = (pageSize: number): ListPlace => ({
  nextPage: 1,
  pageSize,
  shortPage: null,
  sizeProven: false,
});

describe('when a list ends', () => {
  it('a first page cut short with no count is followed by page 2 at the cut size', () => {
    expect(stepAfterPage(first(5000), 1000, null)).toEqual({
      kind: 'next',
      place: { nextPage: 2, pageSize: 1000, shortPage: null, sizeProven: false },
    });
  });

  it('a short page the count confirms is the end, without asking again', () => {
    expect(stepAfterPage(first(5000), 37, 37)).toEqual({ kind: 'done' });
  });

  it('a short later page with no count is checked by asking the next page', () => {
    const place: ListPlace = { nextPage: 3, pageSize: 1000, shortPage: null, sizeProven: true };
    const step = stepAfterPage(place, 400, null);
    expect(step).toEqual({
      kind: 'next',
      place: { nextPage: 4, pageSize: 1000, shortPage: { page: 3, rows: 400 }, sizeProven: true },
    });
    if (step.kind !== 'next') return;
    expect(stepAfterPage(step.place, 0, null)).toEqual({ kind: 'done' });
    // Rows after the short page: it was cut, so the list is read again at the smaller size.
    expect(stepAfterPage(step.place, 400, null)).toEqual({
      kind: 'restart',
      place: { nextPage: 1, pageSize: 400, shortPage: null, sizeProven: false },
    });
  });

  it('page 2 with rows proves the cut of page 1', () => {
    const afterCut: ListPlace = { nextPage: 2, pageSize: 1000, shortPage: null, sizeProven: false };
    expect(stepAfterPage(afterCut, 719, null)).toMatchObject({ kind: 'next', place: { sizeProven: true } });
  });
});
