import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../src/core/quotes';

const speakers = (t: string) => findQuotes(t, []).map((q) => q.speaker);

describe('speaker attribution', () => {
  it('reads "X said" and "said X" after the quote', () => {
    expect(speakers('“We will win,” Maria Lopez said.')).toEqual(['Maria Lopez']);
    expect(speakers('“We will win,” said Maria Lopez, the party leader.')).toEqual(['Maria Lopez']);
  });

  it('reads "X said:" and "X told" before the quote', () => {
    expect(speakers('Maria Lopez told reporters: “We will win.”')).toEqual(['Maria Lopez']);
  });

  it('uses the fullest name and drops titles', () => {
    const t = 'Finance minister Maria Lopez arrived.\n“It is done,” Ms Lopez said.';
    expect(speakers(t)).toEqual(['Maria Lopez']);
  });

  it('resolves he/she to the most recent named person', () => {
    const t = 'The factory was hit, Paul Novak, the head of the agency, wrote on Telegram.\n“Production rose,” he added.';
    expect(speakers(t)).toEqual(['Paul Novak']);
  });

  it('resolves a role to the person the article gives it', () => {
    const t = 'British prime minister John Carter visited the city.\nThe PM said “nothing is off the table”.';
    expect(speakers(t)).toEqual(['John Carter']);
  });

  it('keeps a description when no name is given', () => {
    expect(speakers('“It was quiet,” a local official said.')).toEqual(['a local official']);
  });

  it('carries the speaker over a quote that goes on', () => {
    const t = '“First,” Maria Lopez said. “Second.”\n“Third.”';
    expect(speakers(t)).toEqual(['Maria Lopez', 'Maria Lopez', 'Maria Lopez']);
  });

  it('reads "according to X"', () => {
    expect(speakers('The plan is “dead”, according to Sam Reed.')).toEqual(['Sam Reed']);
  });
});
