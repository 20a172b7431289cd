// Picture agencies that appear in photo credits ("Jane Doe/AP", "Photograph: Reuters",
// "AFPSir Keir ..."). Shared by boilerplate (credit lines) and the tagger (credits are no names).

/** Agency names, as a regex alternation (longest first where one is a prefix of another). */
export const CREDIT_AGENCIES = '(?:Getty Images|Getty|AFP|AP|PA Wire|PA Media|PA|EPA-EFE|EPA|Reuters|REUTERS|Alamy|Shutterstock|Bloomberg|Rex Features|Rex|Xinhua|Anadolu|SIPA|Sipa|NurPhoto|ZUMA|Zuma|Pool|UPI|dpa|DPA|TASS|Tass)';

/** Single-word agency names, for token-level checks (each starts with an ASCII capital). */
export const CREDIT_WORDS: ReadonlySet<string> = new Set(
  'Getty AFP AP PA EPA EPA-EFE Reuters REUTERS Alamy Shutterstock Bloomberg Rex Xinhua Anadolu SIPA Sipa NurPhoto ZUMA Zuma UPI DPA TASS Tass'.split(' '),
);
