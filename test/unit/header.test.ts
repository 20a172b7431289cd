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

  it('names the outlet when the text names a known one', () => {
    expect(parseHeader('Support The Independent today. Read more').outlet).toBe('The Independent');
    expect(parseHeader('A quiet day in the village.').outlet).toBeNull();
  });
});

describe('article title (the story label)', () => {
  it('comes from the first line of body text after credits, ad furniture and link lines', async () => {
    const { testAnalyzer } = await import('./helpers');
    const text = 'Ola Brandt/AP\nAdvertisement Hide Ad\nRead more: Storm warning for the coast\nFloods close the coast road. Drivers were told to wait.';
    expect(testAnalyzer().analyze(text).header.title).toBe('Floods close the coast road.');
    const cr = 'Photograph: Ola Brandt/Reuters\rFerry crews strike over pay\rThe union said talks failed.';
    expect(testAnalyzer().analyze(cr).header.title).toBe('Ferry crews strike over pay');
  });
});
