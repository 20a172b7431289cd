/** The n-th generated news-like article of a set (see articles.js). */
export function article(n: number, seed?: number): string;
/** The n-th generated non-news note. */
export function note(n: number): string;
