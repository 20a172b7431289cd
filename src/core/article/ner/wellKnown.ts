// Small curated lists for what a 1996 newswire model cannot know: platforms and companies of
// today's news, household-name public bodies, religious words and holidays, and the heads
// that make a name a place. General lists, not names taken from any evaluation text.

/** Online platforms and tech companies: organisations whenever they stand alone as a name. */
export const PLATFORMS: ReadonlySet<string> = new Set(
  (
    'Facebook Instagram Telegram TikTok YouTube WhatsApp Twitter Snapchat Reddit LinkedIn Bluesky Substack ' +
    'Google Meta Apple Tesla Microsoft Netflix Spotify Uber Airbnb PayPal OpenAI Nvidia SpaceX Starlink Huawei Samsung Alibaba ' +
    'Tencent ByteDance Weibo WeChat Discord Twitch Rumble Pinterest Tumblr Zoom Anthropic'
  ).split(' '),
);

/** Two-word platform names ("Truth Social"), keyed by their words joined with a space. */
export const PLATFORM_PHRASES: ReadonlySet<string> = new Set(['Truth Social', 'Apple Music', 'Amazon Prime']);

/** Words around a bare "X" that show the platform: "on X", "X post", "X, formerly Twitter". */
export const X_BEFORE: ReadonlySet<string> = new Set('on to via from onto platform site app network'.split(' '));
export const X_AFTER: ReadonlySet<string> = new Set('post posts posted account accounts user users feed formerly owner'.split(' '));

/** Acronyms and one-word names of public bodies and charities every English-language outlet uses without spelling out. */
export const BODIES: ReadonlySet<string> = new Set(
  (
    'NHS BBC NATO Nato FBI CIA NASA IMF OPEC FIFA UEFA IAEA Interpol Europol Hamas Hezbollah Taliban UNICEF UNESCO UNHCR OECD WTO ' +
    'UNRWA Greenpeace Oxfam Ofcom Ofgem Ofsted Ofwat'
  ).split(' '),
);

/** God, scripture and holidays: not persons, places or organisations. Keyed by the words. */
export const RELIGIOUS: ReadonlySet<string> = new Set(
  (
    'God|Allah|Almighty|Holy Father|Holy Spirit|Holy Ghost|Our Lord|Lord God|Easter|Easter Sunday|Easter Monday|' +
    'Good Friday|Christmas|Christmas Day|Christmas Eve|Lent|Advent|Pentecost|Ramadan|Eid|Eid al-Fitr|Eid al-Adha|' +
    'Passover|Hanukkah|Yom Kippur|Rosh Hashanah|Diwali|Holi|Bible|Koran|Quran|Torah|Gospel'
  ).split('|'),
);

/** Last words of place names: "Kerr County", "Heathrow Airport", "Lincoln Memorial". */
export const PLACE_LAST: ReadonlySet<string> = new Set(
  (
    'County Airport Airfield Course Palace Cathedral Abbey Bridge Square Stadium Memorial Monument Castle Station ' +
    'Harbour Harbor Beach Canyon Creek Falls Forest Park Plaza Boulevard Highway Motorway Freeway Mall Pier ' +
    'Sea Ocean River Lake Street Avenue Road Lane Bay Gulf Strait Mountains Island Islands Peninsula Desert Valley'
  ).split(' '),
);

/** First words of place names: "Camp David", "Mount Etna", "Fort Worth". */
export const PLACE_FIRST: ReadonlySet<string> = new Set('Camp Fort Mount Lake Cape Port'.split(' '));

/** First words of "X of Y" place names: "Palace of Westminster", "Isle of Wight" ("Church of England" is no place). */
export const PLACE_OF: ReadonlySet<string> = new Set(
  'Palace Castle Cathedral Abbey Tower Port Isle Gulf Sea Bay Lake Strait Cape Mount Valley Straits'.split(' '),
);

/** Rooms and buildings named "Office" are places when one is in or at them ("in the Oval Office"). */
export const LOCATIVE: ReadonlySet<string> = new Set('in at into inside outside from near'.split(' '));

/** Heads of organisation names that take "for" ("Centre for Countering Disinformation"). */
export const ORG_HEADS_FOR: ReadonlySet<string> = new Set(
  (
    'Centre Center Institute Council Agency Department Office Commission Committee Society Foundation Association ' +
    'Ministry Bureau Fund Coalition Alliance Campaign Trust Organisation Organization Federation League Board ' +
    'Authority Service Network Forum Movement Party Union Secretariat Directorate Unit Group'
  ).split(' '),
);
