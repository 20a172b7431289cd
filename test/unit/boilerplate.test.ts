import { describe, expect, it } from 'vitest';
import { classifyLine, findBoilerplate } from '../../src/core/article/boilerplate';
import { parseHeader } from '../../src/core/article/header';

const marked = (text: string) => findBoilerplate(text, parseHeader(text)).map((b) => text.slice(b.start, b.end));

describe('boilerplate', () => {
  it('marks a donation appeal that follows the date header on the same line, not the date', () => {
    const text =
      ' date 2024-03-02 Your support keeps our reporters in the field. Donate today, or subscribe to read more. Read more\n\nThe council met on Friday.';
    const bp = marked(text);
    expect(bp).toEqual(['Your support keeps our reporters in the field. Donate today, or subscribe to read more. Read more']);
  });

  it('does not mark a news paragraph that mentions subscriptions once', () => {
    expect(classifyLine('The streaming service said subscriber numbers rose by 4% in the quarter.')).toBeNull();
  });

  it('marks caption lines by their markers', () => {
    const text = [
      'The mayor opened the bridge.',
      'open image in gallery The mayor cuts the ribbon (Jane Doe/PA) ( PA Wire )',
      'ReutersThe mayor was pictured with engineers[/caption]',
      'Crowds gathered at the river ( REUTERS )',
    ].join('\n');
    expect(marked(text)).toEqual([
      'open image in gallery The mayor cuts the ribbon (Jane Doe/PA) ( PA Wire )',
      'ReutersThe mayor was pictured with engineers[/caption]',
      'Crowds gathered at the river ( REUTERS )',
    ]);
  });

  it('marks a picture credit glued to the next word, but only the credit', () => {
    const text = 'GettyThe minister arrives in Paris for talks';
    const bp = findBoilerplate(text, parseHeader(text));
    expect(bp).toHaveLength(1);
    expect(text.slice(bp[0].start, bp[0].end)).toBe('Getty');
    expect(bp[0].reason).toBe('credit');
  });

  it('does not take an ordinary word that starts like a credit', () => {
    expect(marked('APPLE shares rose.\nPAris is not a credit.\nAPart from that, nothing.')).toEqual([]);
  });

  it('marks stray single-character lines and handles CRLF and lone CR', () => {
    const text = '’\r\nFirst paragraph.\r“\rSecond paragraph.';
    const bp = findBoilerplate(text, parseHeader(text));
    expect(bp.map((b) => [b.start, b.end, b.reason])).toEqual([
      [0, 1, 'stray'],
      [20, 21, 'stray'],
    ]);
  });

  it('returns nothing for empty or blank text', () => {
    expect(marked('')).toEqual([]);
    expect(marked('   \n\n\t')).toEqual([]);
  });
});
