import { describe, expect, it } from 'vitest';
import { parseHeader } from '../../src/core/article/header';

describe('parseHeader', () => {
  it('reads a date header at the start, with leading space and text after it', () => {
    const h = parseHeader(' date 2024-02-29 Banner text follows on the same line\n\nBody.');
    expect(h.published).toBe('2024-02-29');
    expect(h.span).toEqual({ start: 1, end: 16 });
  });

  it('reads the eval-style header followed by a blank line', () => {
    expect(parseHeader('date 1998-03-01\n\nText').published).toBe('1998-03-01');
  });

  it('ignores impossible dates and headers that are not at the start', () => {
    expect(parseHeader('date 2023-02-29\n').published).toBeNull();
    expect(parseHeader('date 2023-13-01\n').published).toBeNull();
    expect(parseHeader('Intro line\ndate 2023-01-05\n').published).toBeNull();
    expect(parseHeader('').published).toBeNull();
  });

  it('does not take "dated" or "update" for the header', () => {
    expect(parseHeader('dated 2023-01-05').published).toBeNull();
    expect(parseHeader('update 2023-01-05').published).toBeNull();
  });

  it("reads an outlet's own dateline near the top when there is no header date", () => {
    const h = parseHeader('Ferry crews strike over pay\nPublished: Friday 13 June 2025 10:04 BST\n\nThe union said talks failed.');
    expect(h.published).toBeNull();
    expect(h.dateline).toBe('2025-06-13');
    expect(h.span).toBeNull();
    expect(parseHeader('Posted on June 3, 2025, 4:42 PM EDT\nText.').dateline).toBe('2025-06-03');
    expect(parseHeader('Updated13 Jun 2025\r\nText.').dateline).toBe('2025-06-13');
    expect(parseHeader('Title\rLast updated: 2025-06-14\rText.').dateline).toBe('2025-06-14');
    expect(parseHeader('PUBLISHED: 02:31 GMT, 4 March 2025 | UPDATED: 22:19 GMT, 4 March 2025').dateline).toBe('2025-03-04');
    expect(parseHeader('Published 12:17 am, Monday, September 15, 2025\n').dateline).toBe('2025-09-15');
    expect(parseHeader('Published on 18th September 2025\n').dateline).toBe('2025-09-18');
  });

  it('prefers a published date to an updated one, a header to a dateline, and skips what is no dateline', () => {
    expect(parseHeader('Updated 14 Jun 2025\nFirst published 12 Jun 2025\nText.').dateline).toBe('2025-06-12');
    expect(parseHeader('date 2025-06-20\nPublished 12 Jun 2025\n').dateline).toBeNull();
    expect(parseHeader('Published 31 Jun 2025\nText.').dateline).toBeNull();
    expect(parseHeader('Published 13 Junk 2025\nText.').dateline).toBeNull();
    expect(parseHeader('The council published 13 June 2025 figures.').dateline).toBeNull();
    expect(parseHeader('a\nb\nc\nd\ne\nf\nPublished 13 June 2025\n').dateline).toBeNull();
    expect(parseHeader(`${'x'.repeat(5000)}\nPublished 13 June 2025`).dateline).toBeNull();
  });

  it('names the outlet when the text names a known one', () => {
    expect(parseHeader('Support The Independent today. Read more').outlet).toBe('The Independent');
    expect(parseHeader('A quiet day in the village.').outlet).toBeNull();
  });
});

describe('article title (the story label)', () => {
  it('comes from the first line of body text after credits, ad furniture and link lines', async () => {
    const { testAnalyzer } = await import('./helpers');
    const text =
      'Ola Brandt/AP\nAdvertisement Hide Ad\nRead more: Storm warning for the coast\nFloods close the coast road. Drivers were told to wait.';
    expect(testAnalyzer().analyze(text).header.title).toBe('Floods close the coast road.');
    const cr = 'Photograph: Ola Brandt/Reuters\rFerry crews strike over pay\rThe union said talks failed.';
    expect(testAnalyzer().analyze(cr).header.title).toBe('Ferry crews strike over pay');
  });
});
