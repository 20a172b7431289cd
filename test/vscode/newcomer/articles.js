// Generated news-like articles (and non-news notes) for the newcomer tests: invented towns, people
// and events, so no test depends on the seeds or on the evaluation texts. Deterministic per seed.
'use strict';

const TOWNS = ['Eastfield', 'Marlow Bay', 'Northwick', 'Ashby Vale', 'Kestrel Point', 'Holloway', 'Brindle', 'Saltmarsh'];
const OUTLETS = ['Coastal Wire', 'Valley Courier', 'Morning Ledger', 'Harbour Post'];
const FIRST = ['Priya', 'Tom', 'Ines', 'Oliver', 'Martha', 'Dan', 'Lena', 'Samuel', 'Aisha', 'Hugo', 'Nadia', 'Felix'];
const LAST = ['Malhotra', 'Becker', 'Moreau', 'Grant', 'Quinn', 'Okafor', 'Hoff', 'Lindqvist', 'Rahman', 'Castell', 'Novak', 'Brennan'];
const EVENTS = [
  ['the bridge over the river was closed', 'repairs', 'the bridge'],
  ['the library lost its funding', 'the budget', 'the library'],
  ['a fire destroyed the old mill', 'the investigation', 'the mill'],
  ['the bus depot shut without warning', 'the timetable', 'the depot'],
  ['floods reached the high street', 'the clean-up', 'the high street'],
  ['the hospital opened a new ward', 'staffing', 'the ward'],
];

function rng(seed) {
  let s = seed >>> 0 || 1;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}
const pick = (r, xs) => xs[Math.floor(r() * xs.length)];

/** The n-th article of a set: a date header, a dateline, two quotes, several names. */
function article(n, seed = 1) {
  const r = rng(seed * 7919 + n);
  const town = pick(r, TOWNS);
  const outlet = pick(r, OUTLETS);
  const [what, topic, thing] = EVENTS[n % EVENTS.length];
  const a = `${pick(r, FIRST)} ${pick(r, LAST)}`;
  const b = `${pick(r, FIRST)} ${pick(r, LAST)}`;
  const day = String(1 + (n % 28)).padStart(2, '0');
  return [
    `date 2026-02-${day}`,
    `${town.toUpperCase()} (${outlet}) — Residents of ${town} said on Tuesday that ${what}, and asked the council for answers.`,
    `"We were told nothing until it was too late," said ${a}, who has lived in ${town} for thirty years.`,
    `Councillor ${b} said ${topic} would be discussed at the next meeting. "Nobody wants ${thing} to stay like this," ${b.split(' ')[0]} said.`,
    `The ${town} Residents Association and Mayor ${pick(r, FIRST)} ${pick(r, LAST)} have called a public meeting for Thursday.`,
    '',
  ].join('\n');
}

/** Plain notes that are not news: lists, a recipe, a to-do. */
function note(n) {
  const notes = [
    'todo\n- buy milk\n- fix the bike light\n- call the bank about the card\n',
    'Tomato soup\n\n2 tomatoes\n1 onion\nsimmer for 20 minutes, blend, season.\n',
    'meeting notes\nagenda: budget, rota, holidays\naction: send the rota by friday\n',
    'packing list\ncharger\nsocks\ntoothbrush\nbook\n',
  ];
  return notes[n % notes.length];
}

module.exports = { article, note };
