// Names the W3C writer and reader share.

/** Ids that are not IRIs are wrapped in this namespace (and unwrapped on import). */
export const ID_NAMESPACE = 'urn:news-annotator:id:';

/** The automatic layer's ids: stable per article file and span; not kept on import. */
export const AUTO_ID_PREFIX = 'urn:news-annotator:auto:';

export type Json = Record<string, unknown>;
