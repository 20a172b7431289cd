// Old Mac files end lines with a lone CR. The stages read line structure from "\n" (CRLF already
// holds one), so a lone CR becomes "\n": one character for one, so every offset stays valid.

/** The text with each lone CR as LF; the same string when it has none. */
export function unifyLineEnds(text: string): string {
  return text.includes('\r') ? text.replace(/\r(?!\n)/g, '\n') : text;
}
