/**
 * Where a list stands between two pages. DealPOS may cut a page to its own limit without a word
 * (live stores answered a 100,000,000-row request with 1,000 rows; README "End of a list"), and
 * live envelopes carry `RecordsCount: -1`, so a short page alone does not prove the end.
 */
export interface ListPlace {
  /** The next page to fetch, from 1. */
  nextPage: number;
  pageSize: number;
  /** The page before `nextPage` came back short while no count confirmed the end: `nextPage` is the probe. */
  shortPage: { page: number; rows: number } | null;
  /** A page of this list came back full at `pageSize`: DealPOS serves at least that many per page. */
  sizeProven: boolean;
}

export type PageStep =
  /** Fetch `place.nextPage`. */
  | { kind: 'next'; place: ListPlace }
  /** The list is complete. */
  | { kind: 'done' }
  /** Rows came after a cut page (DealPOS lowered its limit mid-list): fetch the list again from page 1 at the smaller size. */
  | { kind: 'restart'; place: ListPlace };

/**
 * What to do after a page of `listRows` rows (`total`: DealPOS's count, null when it said -1 or
 * nothing). A full page goes on; a short page ends the list only when the count confirms it or
 * the next page is empty. A short FIRST page teaches the silent limit: the next page is asked at
 * that size, so its rows follow on whatever DealPOS does with the size it was given.
 */
export function stepAfterPage(current: ListPlace, listRows: number, total: number | null): PageStep {
  // Only the place's own fields: callers spread the answer over a larger progress record.
  const place: ListPlace = {
    nextPage: current.nextPage,
    pageSize: current.pageSize,
    shortPage: current.shortPage,
    sizeProven: current.sizeProven,
  };
  const { nextPage: page, pageSize: size } = place;
  // Rows on page 2 prove page 1's length: it was full, or DealPOS cut it there.
  if (page === 2 && listRows > 0) place.sizeProven = true;
  const seen = (page - 1) * size + listRows;

  if (place.shortPage !== null) {
    if (listRows === 0) return { kind: 'done' };
    // Rows after a short page: that page was cut, and the rows it did not bring are missing.
    return restart(place.shortPage.rows);
  }
  if (total !== null && seen >= total) return { kind: 'done' };
  if (listRows === 0) return { kind: 'done' };
  if (listRows >= size) {
    return { kind: 'next', place: { ...place, nextPage: page + 1, sizeProven: true } };
  }
  if (page === 1) {
    // Page 2 at the first page's length starts exactly where page 1 ended: empty means the list
    // had only those rows, full means DealPOS caps pages there.
    return { kind: 'next', place: { ...place, nextPage: 2, pageSize: listRows } };
  }
  if (total !== null) return restart(listRows); // the count says rows are missing
  return { kind: 'next', place: { ...place, nextPage: page + 1, shortPage: { page, rows: listRows } } };
}

function restart(size: number): PageStep {
  return { kind: 'restart', place: { nextPage: 1, pageSize: size, shortPage: null, sizeProven: false } };
}
