import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../src/core/article/quotes';
import { isVenueTitle } from '../../src/core/article/quotes/filter';

const texts = (t: string) => findQuotes(t, []).map((q) => q.text);

describe('findQuotes', () => {
  it('finds straight and curly quotes without the marks', () => {
    const t = 'She said "we will go" and then “we are ready,” he added.';
    const qs = findQuotes(t, []);
    expect(qs.map((q) => q.text)).toEqual(['we will go', 'we are ready,']);
    for (const q of qs) expect(t.slice(q.start, q.end)).toBe(q.text);
  });

  it('keeps single quotes and nested double quotes inside the quote', () => {
    expect(texts('“He called it ‘a mess’ and “a disaster” today,” Ann Lee said.')).toEqual([
      'He called it ‘a mess’ and “a disaster” today,',
    ]);
  });

  it('splits a quote running over paragraphs into one stretch per paragraph', () => {
    const t = 'Ann Lee said: “First part of it.\n“Second part.”\nNot quoted.';
    expect(texts(t)).toEqual(['First part of it.', 'Second part.']);
  });

  it('caps an unbalanced mark at the paragraph end', () => {
    const t = 'Tom Hay said “this never closes\nThe next paragraph is plain text.';
    expect(texts(t)).toEqual(['this never closes']);
  });

  it('ignores inches, markup attributes and nicknames', () => {
    expect(texts('A 12" pipe burst.')).toEqual([]);
    expect(texts('<tweet id="12345" author="someone">text</tweet>')).toEqual([]);
    expect(texts('Rep. Robert C. "Bobby" Scott spoke.')).toEqual([]);
  });

  it('drops an unattributed programme title', () => {
    expect(texts('He appeared on CBS\'s "Face the Nation" on Sunday.')).toEqual([]);
  });

  it('stays fast on a megabyte of unbalanced marks', () => {
    const t = 'He said “ no end '.repeat(60000) + '\n' + '"a '.repeat(100000);
    const t0 = performance.now();
    findQuotes(t, []);
    expect(performance.now() - t0).toBeLessThan(3000);
  });
});

describe('transcripts with a mark opening each paragraph', () => {
  const t =
    'Host Sam Reed asked the governor about the race.\n\n"REED: Governor, voters worry about this.\n\n"GRANT: Well, look, it is serious business for every family.\n\n"But the truth is that we have a plan for the state and we will deliver it.\n\n"(CROSSTALK.)\n\n"Follow Sam on Twitter at his account."\n\nGrant later left for the airport.';
  it('reports no paragraph of the transcript as a quote', () => {
    expect(findQuotes(t, []).map((q) => q.text)).toEqual([]);
  });

  it('goes on with a speech after a stage note alone in its paragraph', () => {
    const t =
      'Mayor Rita Vance told the rally:\n\n“We will build the new bridge this year.\n\n“(Applause.)\n\n“And we will open it by the spring,” she said.';
    expect(texts(t)).toEqual(['We will build the new bridge this year.', 'And we will open it by the spring,']);
  });

  it('still reads a bracketed word opening a quote as speech', () => {
    const u = 'Jo Hart spoke on Monday.\n\n“(The council) has let every one of us down again this year,” she said.';
    expect(findQuotes(u, []).map((q) => q.text)).toEqual(['(The council) has let every one of us down again this year,']);
  });
});

describe('a paragraph opened by a closing glyph', () => {
  it('reads a double mark at the start of a paragraph as an opening one', () => {
    const t = 'The mayor wrote to the board last week.\n\n” … the budget cannot carry another cut of this size,” she wrote.';
    expect(texts(t)).toEqual(['… the budget cannot carry another cut of this size,']);
  });
});

describe('a word talked about, not said', () => {
  it('leaves out a lone pronoun in quote marks', () => {
    const t = 'Critics asked why the form still says "he" for every applicant. “We will fix it this month,” said Ed Lowe.';
    expect(texts(t)).toEqual(['We will fix it this month,']);
  });
});

describe('titles of works', () => {
  it('leaves out a title named by the kind of work beside it', () => {
    const t =
      'Ms Cole appeared in the documentary “Harbour Lights,” then hosted his “Night Shift” radio show. “I loved every minute,” she said.';
    expect(texts(t)).toEqual(['I loved every minute,']);
  });

  it('leaves out a clip or trailer title and an epithet after a name', () => {
    expect(texts('Singer Jo Vale joins the mayor in a preview clip of ‘The Long Night.’')).toEqual([]);
    expect(texts('Mayor Hale ‘The Builder’ Vows New Homes by Spring')).toEqual([]);
  });

  it('keeps speech that merely follows a word like show', () => {
    const t = 'The polls show “We are winning,” Tom Hale said on Monday.';
    expect(texts(t)).toEqual(['We are winning,']);
  });
});

describe('programmes named where someone spoke or played', () => {
  it('leaves out a Title Case programme after appeared on, told or starred in', () => {
    const t =
      '“I will stand,” Tom Dale said on “Sunday Politics Live.” Tom Dale told “Good Morning Leeds” he was sure. Ann Dale, who starred in “The Long Harbour,” said so too.';
    expect(texts(t)).toEqual(['I will stand,']);
  });

  it('does not read a topic after a bare on, or a sentence-case quote, as a programme', () => {
    expect(isVenueTitle('Women in Science,', 'She gave a talk for the project on ')).toBe(false);
    expect(isVenueTitle('we will fight on,', 'She told ')).toBe(false);
    expect(isVenueTitle('Night Desk,', 'She said on Sunday on ')).toBe(true);
  });
});

describe('Title Case words the text says were voiced', () => {
  it('keeps a reply told in the first person', () => {
    const t = 'The vote closed late. “Good Evening,” I said, and sat down.';
    expect(texts(t)).toEqual(['Good Evening,']);
  });

  it('keeps a name the text says others use', () => {
    const t = 'The squad, known locally as the “Night Watch,” was disbanded. Its chief, who goes by “Red,” left too.';
    expect(texts(t)).toEqual(['Night Watch,', 'Red,']);
  });

  it('still drops a Title Case name nobody voiced', () => {
    expect(texts('The vote came after an episode of “Good Evening Leeds” ran late.')).toEqual([]);
  });
});

describe('subtitled titles', () => {
  it('leaves out a long title with a subtitle beside its kind of work', () => {
    const t = 'Her new book, “Low Tide: How a Fishing Town Fought Back and Won,” is out on Thursday.';
    expect(texts(t)).toEqual([]);
  });

  it('keeps a long Title Case stretch without a subtitle', () => {
    const t = 'Her new book, “How a Fishing Town Fought Back and Won the Day,” is out on Thursday.';
    expect(texts(t)).toEqual(['How a Fishing Town Fought Back and Won the Day,']);
  });
});

describe('titles of owned works', () => {
  it('leaves out a sentence-case title after an owned work noun', () => {
    expect(texts('Kay Lee’s column, “Fix the buses now,” ran on Monday. “It worked,” she said.')).toEqual(['It worked,']);
  });

  it('keeps speech after a verb that looks like a work noun', () => {
    expect(texts('Her polls show “Voters are tired,” Kay Lee said.')).toEqual(['Voters are tired,']);
  });
});

describe('markup cut over lines', () => {
  it('reads a mark after = or before > as part of a tag, not a quote', () => {
    const t =
      'The senator posted on Monday.\n<post author="@jo" date="May 2, 2026\n">We will win this seat back next year, mark my words.</post>\n“It was a good week,” she said.';
    expect(texts(t)).toEqual(['It was a good week,']);
  });
});

describe('digest entries', () => {
  it('leaves out the cited headline but keeps the excerpt after the byline', () => {
    const t =
      'CITY DESK—“Harbour tunnel opens a year late,” by the Ledger’s Kim Ode: “The tunnel finally opened on Monday after years of delay and cost overruns.”';
    expect(texts(t)).toEqual(['The tunnel finally opened on Monday after years of delay and cost overruns.']);
  });

  it('keeps a quote followed by a plain by-phrase', () => {
    expect(texts('The plan was called “a betrayal of every rider,” by Ann Kay, who chairs the group.')).toEqual([
      'a betrayal of every rider,',
    ]);
  });
});
