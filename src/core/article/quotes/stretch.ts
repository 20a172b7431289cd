// The quoted stretch the scanner finds and speaker attribution reads.

/** A quoted stretch found by the scanner; `open`/`close` are the mark positions (close -1 when missing). */
export interface QuoteStretch {
  start: number;
  end: number;
  open: number;
  close: number;
  /** The paragraph (line) holding it. */
  lineStart: number;
  lineEnd: number;
  /** Continues the previous stretch: a quote running over paragraphs. */
  continues: boolean;
  /** Left open at the paragraph end because the next paragraph reopens it. */
  runsOn: boolean;
  /** Between single marks (‘…’ or '…'), as UK copy quotes speech. */
  single: boolean;
}
