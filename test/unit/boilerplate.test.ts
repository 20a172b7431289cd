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

describe('boilerplate on outlets copy', () => {
  it('marks picture credits on a line of their own, not news lines that mention an agency', () => {
    const text = [
      'Pat Quill/Getty Images',
      'The council voted on Tuesday.',
      'Photograph: Sam Reed/Reuters',
      '(AP Photo/Lee Marsh)',
      'Lou Bryn/AP',
      'Getty Images',
      'Reuters reported the vote was close.',
      'The agency AP said it had seen the letter/AP memo.',
    ].join('\n');
    expect(marked(text)).toEqual(['Pat Quill/Getty Images', 'Photograph: Sam Reed/Reuters', '(AP Photo/Lee Marsh)', 'Lou Bryn/AP', 'Getty Images']);
  });

  it('marks a credit that ends a caption line, not the caption', () => {
    const text = 'Flood water fills the square. Photograph: Sam Reed/Reuters\nVolunteers fill sandbags Lou Bryn/AP\nThe river rose and/or fell.';
    expect(marked(text)).toEqual(['Photograph: Sam Reed/Reuters', 'Lou Bryn/AP']);
  });

  it('marks ad furniture on its own line and inside a paragraph, keeping the words around it', () => {
    const text = 'Advertisement\nHide Ad\nThe bridge reopened on Monday. Advertisement Hide Ad Traffic was light.\nAdvertisement Hide Ad';
    expect(marked(text)).toEqual(['Advertisement', 'Hide Ad', 'Advertisement Hide Ad', 'Advertisement Hide Ad']);
    expect(classifyLine('The firm spent more on advertisement this year than last.')).toBeNull();
  });

  it('marks "Read more" link lines but not a paragraph that goes on after the cue', () => {
    expect(classifyLine('Read more: Council leader quits over budget')).toBe('banner');
    expect(classifyLine('READ MORE')).toBe('banner');
    expect(classifyLine('Related: Flood warnings issued for the valley')).toBe('banner');
    expect(classifyLine('Read more about it later. The council said it would publish the report.')).toBeNull();
    expect(classifyLine('Watchdogs said the plan was flawed.')).toBeNull();
  });
});
