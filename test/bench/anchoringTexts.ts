// Texts written for the anchoring benchmark (not taken from any evaluation set): short news-like
// articles that repeat names and phrases on purpose, so that look-alike places exist.
export const OWN_TEXTS: string[] = [
  `Robin Clarke, the council's finance chief, said the budget "would not survive the winter" without new money.
The council met on Tuesday to discuss the shortfall. Robin told members that the reserves were nearly gone.
Opposition leader Elisa Mendes said the council had known about the gap for months. "Robin knew, and Robin did nothing," she said.
A spokesperson for the council said the figures were still being checked.
Residents who spoke to this paper said they feared cuts to libraries and bus routes. One resident said the council "never listens".
The council will meet again next Tuesday. Robin Clarke is expected to present a revised plan.`,
  `Flooding closed three roads in the north of the county on Sunday after heavy rain.
The Environment Agency issued two flood warnings, one for the River Lune and one for the River Wenning.
Police said drivers should avoid the area. "Do not drive through flood water," a police spokesman said.
About 40 homes lost power for several hours. The power company said engineers worked through the night.
The Met Office said more rain was expected on Monday, and the flood warnings could be extended.
Local farmer Tom Riley said his fields were under water for the second time this year. "It's the second time this year," he said.`,
  `The club confirmed on Friday that its manager had left by mutual consent after a run of six defeats.
Chairman Peter Hall said the club was grateful for the manager's work. "We thank him for his work," Hall said.
The club is tenth in the table, four points above the relegation places.
Assistant manager Sara Quinn will take charge of the team for Saturday's match against City.
Quinn said the players were "hurting" but ready. "The players are hurting, but they are ready," she said.
Fans outside the ground on Friday were divided. Some said the club had acted too late; others said the manager deserved more time.
The club said it hoped to name a new manager within two weeks.`,
];

/** Paragraphs to insert and words to swap in (own text). */
export const FILLER: string[] = [
  'The report was published on Wednesday.',
  'Officials declined to comment further.',
  'A second meeting is planned for later this month.',
  'The figures have not been independently verified.',
  'Additional reporting by staff writers.',
  'Read more: what the new rules mean for you.',
  'Critics said the plan did not go far enough.',
  'The government said it would respond in due course.',
];

export const SWAP_WORDS = [
  'council',
  'minister',
  'report',
  'meeting',
  'officials',
  'week',
  'plan',
  'city',
  'told',
  'claimed',
  'yesterday',
  'several',
  'public',
  'local',
  'major',
];
