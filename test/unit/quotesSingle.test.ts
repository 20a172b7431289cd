import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../src/core/article/quotes';

const texts = (t: string) => findQuotes(t, []).map((q) => q.text);

describe('single quotation marks (UK style)', () => {
  it('finds speech in curly single quotes, keeping apostrophes inside', () => {
    const t = 'Council leaders met on Monday.\n‘We won’t let the town’s library close,’ said Janet Orme. ‘It’s our heart.’';
    expect(texts(t)).toEqual(['We won’t let the town’s library close,', 'It’s our heart.']);
  });

  it('does not close a quote at a plural possessive, a decade or rock ’n’ roll', () => {
    const t = '‘The critics’ verdict on the ’90s revival was harsh,’ said Len Pike.';
    expect(texts(t)).toEqual(['The critics’ verdict on the ’90s revival was harsh,']);
    const u = '‘I grew up on rock ’n’ roll and I still play it loud,’ Ruth Dale said.';
    expect(texts(u)).toEqual(['I grew up on rock ’n’ roll and I still play it loud,']);
  });

  it('does not close a quote at a dropped g ("pullin’ it") when the close comes later', () => {
    const t = '‘Now they’re pullin’ it from the timetable,’ said Ray Holt.';
    expect(texts(t)).toEqual(['Now they’re pullin’ it from the timetable,']);
  });

  it("closes a plural before a new opening: branding them 'monsters' that will 'ruin the view'", () => {
    const t = "Villagers in the dales have vowed to fight the plan, branding the pylons 'monsters' that will 'ruin the view for ever'.";
    expect(findQuotes(t, []).map((q) => t.slice(q.start, q.end))).not.toContain("monsters' that will 'ruin the view for ever");
    const u = 'Ms Orme said: ‘The pylons are monsters.’ Her neighbours call them ‘eyesores’ and say they will ‘ruin the view for ever’.';
    expect(texts(u)).toContain('The pylons are monsters.');
    expect(texts(u)).not.toContain('eyesores’ and say they will ‘ruin the view for ever');
  });

  it('treats lone apostrophes as apostrophes, never as quotes', () => {
    expect(texts('The twins’ mother said the ’80s were better for farmers’ markets in the dales.')).toEqual([]);
    expect(texts("Jess' dog won't bark at the Joneses' cat, it's said.")).toEqual([]);
  });

  it('finds straight single quotes used as quotation marks', () => {
    const t = "Mayor Ann Frost said: 'We have done everything we can for these families.'";
    expect(texts(t)).toEqual(['We have done everything we can for these families.']);
  });

  it('keeps a nested quote inside its quote, either way round', () => {
    expect(texts('‘He told me “not today” twice before he left,’ said Amir Khan.')).toEqual([
      'He told me “not today” twice before he left,',
    ]);
    expect(texts('“She kept saying ‘not yet’ to every one of us,” said Tom Bell.')).toEqual([
      'She kept saying ‘not yet’ to every one of us,',
    ]);
  });

  it('follows speech over paragraphs when each one reopens the mark', () => {
    const t =
      'Dr Nadia Rees said: ‘The first results were poor.\n‘But the second trial showed real progress in every group.’\nThe study ends next year.';
    const qs = findQuotes(t, []);
    expect(qs.map((q) => q.text)).toEqual(['The first results were poor.', 'But the second trial showed real progress in every group.']);
    expect(qs.map((q) => q.speaker)).toEqual(['Nadia Rees', 'Nadia Rees']);
  });

  it('drops an unclosed single mark that no paragraph reopens', () => {
    expect(texts('It was the summer of ‘69 and the band played on.\nNothing else happened.')).toEqual([]);
  });

  it('finds quotes in a headline', () => {
    const t = 'Minister: ‘We will not back down on housing’\n\nThe housing minister spoke in Leeds on Friday.';
    expect(texts(t)).toEqual(['We will not back down on housing']);
  });

  it('leaves one-word scare quotes in single marks out unless someone said them', () => {
    const t = 'Councillors debate the budget\n\nThe so-called ‘reform’ plan was debated again in the chamber.';
    expect(texts(t)).toEqual([]);
  });
});

describe('line endings', () => {
  const lf = 'Pat Moss said: “The first part goes on\nThe second paragraph has no quote at all and it is long.\n“Another one,” she said.';
  it('treats CR, LF and CRLF alike: an unclosed quote stops at its paragraph', () => {
    const want = texts(lf);
    expect(want).toEqual(['The first part goes on', 'Another one,']);
    expect(texts(lf.replace(/\n/g, '\r'))).toEqual(want);
    expect(texts(lf.replace(/\n/g, '\r\n'))).toEqual(want);
  });

  it('keeps offsets into the original text with CR endings', () => {
    const t = 'Intro line.\r\r‘We are ready for the storm,’ said Kay Lamb.\r';
    const [q] = findQuotes(t, []);
    expect(t.slice(q.start, q.end)).toBe(q.text);
    expect(q.speaker).toBe('Kay Lamb');
  });
});

describe('headline single marks and house style', () => {
  // Outlets that quote in double marks in the body put the same speech in single marks in headlines
  // (BBC, Guardian, most US papers): that is speech too, even where a corpus leaves headlines unmarked.
  it('keeps headline single marks when the body quotes speech in double marks', () => {
    const t =
      'Mayor calls bus plan ‘a real step forward’\n\nMayor Dana Whitfield said on Tuesday the new routes were “a real step forward for the city.”\n“We listened to riders,” she said.';
    expect(texts(t)).toEqual(['a real step forward', 'a real step forward for the city.', 'We listened to riders,']);
  });

  it('reads doubled straight marks in the body as double-mark style: a short single-marked phrase there is a scare quote', () => {
    const t =
      "Senator backs farm bill\n\nSen. Ray Cole said the bill was ''a fair deal for every family farm,'' on Monday. The bill also carries 'a sop to the big farm lobbies' in its last pages.";
    expect(texts(t)).toEqual([]);
  });

  it('keeps headline single marks in an article that quotes in single marks', () => {
    const t =
      'Minister: ‘We will not back down on housing’\n\n‘We have a plan and we will see it through to the end,’ the housing minister told reporters in Leeds.';
    expect(texts(t)).toEqual(['We will not back down on housing', 'We have a plan and we will see it through to the end,']);
  });
});

describe('a deck under the headline', () => {
  it('reads the line right under the headline, before the blank line, as headline too', () => {
    const t =
      'Council approves tram extension; \nCritics call it ‘a waste of good money’\n\nThe council voted on Tuesday. “We will start digging in spring,” said council leader Amy Booth.';
    expect(texts(t)).toEqual(['a waste of good money', 'We will start digging in spring,']);
  });

  it('leaves the first body line alone when no blank line sets a deck off', () => {
    const t =
      'Council approves tram extension\n‘We will start digging in spring and finish by the autumn,’ said Amy Booth.\n‘It is a good day,’ she said.';
    expect(texts(t)).toEqual(['We will start digging in spring and finish by the autumn,', 'It is a good day,']);
  });
});

describe('multi-paragraph speech set off by blank lines', () => {
  const lf =
    'Bus fares rise\n\nCouncillor Jo Hart said: ‘The first part of the plan is simple.\n\n‘The second part will take longer and cost more than we hoped.’\n\n‘Fine by me, we will pay,’ said Tom Lee.';
  it('follows the reopened paragraphs alike with LF, CR and CRLF endings', () => {
    for (const eol of ['\n', '\r', '\r\n']) {
      const qs = findQuotes(lf.replace(/\n/g, eol), []);
      expect(qs.map((q) => q.text)).toEqual([
        'The first part of the plan is simple.',
        'The second part will take longer and cost more than we hoped.',
        'Fine by me, we will pay,',
      ]);
      expect(qs[1].speaker).toBe(qs[0].speaker);
      expect(qs[0].speaker).toContain('Jo Hart');
    }
  });
});
