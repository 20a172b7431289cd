// The most frequent English words. They rank suggestions when the corpus is too small to say
// which neighbour is likelier ("vell" → "well" before "veil"), and mark a capitalised non-word
// one edit from them ("Teh", "Durig") as a typo rather than a name.
const WORDS = `the of and to a in is that for it as was with be by on not he i this are or his from at which
but have an they you were her she there been one all we their has would when if so no what
up out about who them some could him into its then more my two time than other do only new
these may like first also any now over after most such made where well should many did way
even because much through back very own those before years make people just year how
between both under same while last being might three take our off still must during against
long without since down part think world know however here why around used again another
work each come few both government state day every high great until public place large
small per old right left next end number point country national group within important
company said says told market president city report money police party week month today
business several among set already second early least little later us former use taking
making shares economy support far less though around above across along almost always
often never together whether family general major military nearly thing things system
during following director minister ever house
percent price prices million billion half service government's news american country's
history happen happened happens life home local different line service water least show
form result results level levels control power information problem issue issues program
plan plans sales share stock stocks investors industry deal deals court law members
economic financial political international foreign security agreement war
announced launched expected according including reported added called found given went
came took became began seen known shown going looking getting having saying coming
before while also which that than then their there they would should could about around`;

export const COMMON_WORDS: ReadonlySet<string> = new Set(WORDS.split(/\s+/).filter(Boolean));
