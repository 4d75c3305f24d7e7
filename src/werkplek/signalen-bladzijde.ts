/**
 * @module
 * "Mijn signalen" page by page (issue 20): keyset paging on the store's commit order, so a
 * signal registered while someone pages never shifts a page. `voor` reads older signals,
 * `na` newer ones (the page before); both cursors are exclusive, like the API's `na`.
 */
import type { Bladzijde, SignaalRij, Store } from '../store/store.js';

/** One page, newest first, with the cursors of the pages before and after it, if any. */
export interface SignalenBladzijde {
  signalen: SignaalRij[];
  /** Cursor `na` of the page with newer signals. */
  nieuwer?: number;
  /** Cursor `voor` of the page with older signals. */
  ouder?: number;
}

/** The cursor a page's query string names: `na` wins over `voor`; none, the newest. */
export function cursorUit(query: { na?: string | undefined; voor?: string | undefined }) {
  const getal = (x: string | undefined) => {
    const n = Number.parseInt(x ?? '', 10);
    return Number.isSafeInteger(n) && n >= 0 ? n : undefined;
  };
  const na = getal(query.na);
  const voor = getal(query.voor);
  return na !== undefined ? { na } : voor !== undefined ? { voor } : {};
}

/** At most `grootte` signals of `partner` from `cursor` on, and where the neighbours start. */
export async function signalenBladzijde(
  store: Store,
  partner: string,
  grootte: number,
  cursor: Bladzijde,
): Promise<SignalenBladzijde> {
  const rijen = await store.signalenVan(partner, grootte + 1, cursor);
  const meer = rijen.length > grootte;
  const signalen = rijen.slice(0, grootte);
  // Read upwards from a cursor `na`: shown newest first all the same.
  if (cursor.na !== undefined) signalen.reverse();
  const nieuwste = signalen[0]?.volgorde;
  const oudste = signalen.at(-1)?.volgorde;
  if (cursor.na !== undefined) {
    // The signal at the cursor is older than this page, so a page of older ones follows.
    return {
      signalen,
      ...(meer && nieuwste !== undefined && { nieuwer: nieuwste }),
      ouder: oudste ?? cursor.na + 1,
    };
  }
  return {
    signalen,
    ...(cursor.voor !== undefined && { nieuwer: nieuwste ?? cursor.voor - 1 }),
    ...(meer && oudste !== undefined && { ouder: oudste }),
  };
}
