import {
  nameSuffixes,
  ownedNouns,
  legalForms,
  firmWords,
  venueNouns,
  familyFirmSuffixes,
  retailShopNouns,
  firmCompoundEndings,
  suspendedFirmEndings,
  germanCopulas,
  postNouns,
  clubAbbreviations,
  knownAsWords,
} from '../../knowledge/lexicon/firm-names';
import { shopNouns, everydayShopNouns, everydayTrades } from '../../knowledge/lexicon/trades-and-shops';
import { withoutInvisible } from '../text/invisible-chars';
import { CLOSING_QUOTES, PROSE_OPENING_QUOTES } from '../text/quotation-marks';
import {
  lowerSet,
  anyOf,
  lazyPattern,
  SPACE,
  anyCase,
  endingInOneOf,
  WORD_CHAR,
  APOSTROPHE,
  startingWithOneOf,
} from '../text/regex-parts';
import {
  textBefore,
  LOWER_WORD_BEFORE,
  LOWER_WORD_AFTER,
  textAfter,
  WORD_AFTER,
  TITLE_CASE,
  LOOK_AROUND,
  LINE_ENDS_AFTER,
} from '../text/words-around';
import { isInChatLine } from './chat-lines';
import { isFileName } from './url-spans';
import { followsProseWord, FUNCTION_WORDS } from './word-classes';

/**
 * A lone surname as part of a firm's, a shop's or a club's name: a trade word or a legal form after it ("Altman
 * Hardware", "Leike & Pachocki GbR"), a trade before it in a query ("tischlerei leike"), a shop by its owner's name.
 */

const NAME_SUFFIXES = lowerSet(nameSuffixes);
const ARTICLES = new Set(['the', 'der', 'die', 'das', 'den', 'dem']);
/**
 * Whether `word` names a firm after a surname: one of `nameSuffixes`, in the plural too ("Pachocki Farms", "Leike
 * Orchards"), or a German craft's firm in "-erei" ("Leike Tischlerei"; round 20).
 */
// Round 95: or a compound for a trade's business, as a firm's name sets it after its owner: "Leike Holzwerkstatt".
const isFirmNoun = (word: string) => {
  const lower = word.toLowerCase();
  return (
    NAME_SUFFIXES.has(lower) ||
    (lower.length > 4 && lower.endsWith('s') && NAME_SUFFIXES.has(lower.slice(0, -1))) ||
    firmCompoundEndings.some((ending) => lower.length > ending.length + 2 && lower.endsWith(ending))
  );
};
const OWNED_NOUNS = lowerSet(ownedNouns);

const LEGAL_FORM = `${anyOf(legalForms)}(?![\\p{L}])`;
// Up to three capitalised words: what follows a double-barrelled name.
const CAPITALISED_WORDS = lazyPattern(() => String.raw`^(?:${SPACE}+\p{Lu}[\p{L}\p{M}]*){1,3}`, 'u');
const LEGAL_FORM_NEXT = lazyPattern(() => `^${SPACE}+${LEGAL_FORM}`, 'u');
// A noun for a firm, perhaps with an adjective after it as Polish has it, right before the surname: "Firma
// przewozowa Pachocki", "firma leike". The adjective is known by its Polish ending: German sets none after its noun,
// and „Zu welcher Firma wechselte Leike“ is a verb (round 45).
const FIRM_BEFORE = new RegExp(
  String.raw`(?:^|[^\p{L}])${anyOf(anyCase(firmWords))}(?:${SPACE}+\p{Ll}+(?:ow[aey]|sk[aiy]e?|n[aey]))?${SPACE}+$`,
  'u',
);
// A place to eat or stay named by its sign (round 96): „Café Altman“.
const VENUE_BEFORE = lazyPattern(() => String.raw`(?:^|[^\p{L}])${anyOf(venueNouns)}${SPACE}+$`, 'u');
// A compound for a trade's business right before the surname: „Getränkehandel Leike“ (round 41); round 99: or before
// „namens“, „eine Görlitzer Dachdeckerei namens Pachocki“.
// The compound's last letters are compared first: most words before a surname end otherwise.
const FIRM_COMPOUND_BEFORE = endingInOneOf(
  [...firmCompoundEndings, 'namens'],
  () =>
    new RegExp(String.raw`(?:^|[^\p{L}])\p{Lu}\p{Ll}+${anyOf(firmCompoundEndings)}${SPACE}+(?:namens${SPACE}+)?$`, 'u'),
  4,
);
// Round 74: the rest of a suspended compound after the word after the surname, its second half a trade's business: the
// firm's trade spelt out, „Leike Garten- und Landschaftsbau“, „Pachocki Dach- und Fassadenbau“. A sentence's object
// ends otherwise: „dass Leike Sicherheits- und Ethikfragen …“.
const SUSPENDED_FIRM_COMPOUND_AFTER = lazyPattern(
  () => String.raw`^-${SPACE}+(?:und|&)${SPACE}+\p{Lu}\p{Ll}*${anyOf(suspendedFirmEndings)}(?![\p{L}\p{M}])`,
  'u',
);

/** Whether `before` ends in a compound for a trade's business: „Getränkehandel “, „Drechslerei “. */
export const endsInFirmCompound = (before: string) => FIRM_COMPOUND_BEFORE.test(before);

/**
 * Whether the surname at [start, end) follows a noun for a firm ("Firma przewozowa Pachocki"), or, in lower case,
 * a lower-case trade word or precedes one: a firm named in a query ("tischlerei leike", "leike tiles fresno").
 */
function hasTradeAround(text: string, start: number, end: number): boolean {
  const before = textBefore(text, start);
  if (FIRM_BEFORE.test(before) || VENUE_BEFORE().test(before) || endsInFirmCompound(before)) return true;
  const written = text.slice(start, end);
  if (written !== written.toLowerCase()) return false;
  const word = LOWER_WORD_BEFORE().exec(before)?.[1];
  if (word !== undefined && (NAME_SUFFIXES.has(word) || (word.length > 6 && word.endsWith('erei')))) return true;
  const next = LOWER_WORD_AFTER().exec(textAfter(text, end))?.[1];
  // A chat's message writes its prose in lower case: "leike weg" there is "Leike is gone" (round 23).
  // After an article it is a firm's name in prose too: "the pachocki plumbing guy" (round 24).
  if (next === undefined || !NAME_SUFFIXES.has(next)) return false;
  return ARTICLES.has(word ?? '') || (!followsProseWord(text, start) && !isInChatLine(text, start));
}

/** What follows the surname ending at `end` after any of our other surnames in a row: "Leike & Pachocki GbR". */
function rowOfOurs(text: string, end: number, ours: ReadonlySet<string>) {
  let rest = textAfter(text, end);
  let after = WORD_AFTER.exec(rest);
  let row = false;
  while (after && ours.has(after[1]!.toLowerCase())) {
    rest = rest.slice(after[0].length);
    after = WORD_AFTER.exec(rest);
    row = true;
  }
  return { rest, after, row };
}

/**
 * Whether the surname ending at `end`, alone or in a row of our surnames, goes before a legal form: "Leike &
 * Pachocki GbR", "Altman LLC". In a text with no AI word that is a firm; with one, a joke ("Sutskever Leike
 * Pachocki & Altman LLP" in fan fiction about OpenAI), which the matcher decides.
 */
export function namesFirmWithLegalForm(text: string, end: number, ours: ReadonlySet<string>): boolean {
  const { rest } = rowOfOurs(text, end, ours);
  return LEGAL_FORM_NEXT().test(rest);
}

// A sentence's or clause's start: at a line's start or after a sentence's end, perhaps a closing quote, or after a
// comma or colon (round 96: „Er meinte, Sutskevers Weg von AlexNet …“); or a capitalised function word before it („Und
// Leikes Weg?“). Round 104: or after a dash or a chapter's time, as a title sets it, „Von „I resigned“ bis Anthropic –
// Leikes Weg in zwei Wochen“, „14:40 Pachockis Weg: Warschau, …“.
const SENTENCE_OPENS_BEFORE = lazyPattern(
  () =>
    String.raw`(?:^|\n${SPACE}*|[.!?…][${CLOSING_QUOTES}]?${SPACE}+|[,;:–—]${SPACE}+|(?:^|[^\d:])\d{1,2}:\d\d${SPACE}+|(?:^|[^\p{L}])(\p{Lu}\p{Ll}+)${SPACE}+)$`,
  'u',
);
// A verb or another word of prose after the noun: „Leikes Weg führte …“, where a listing has a number, „Leikes Weg 4“.
// Round 104: or a title's colon, „Pachockis Weg: Warschau, Carnegie Mellon, OpenAI“.
const PROSE_WORD_AFTER = lazyPattern(() => String.raw`^(?:${SPACE}+\p{Ll}|:)`, 'u');
// Round 125: or the end of a title after its colon or dash, „Von Gorki über Jerusalem nach Toronto: Sutskevers Weg“.
const TITLE_OPENS = lazyPattern(() => /[:–—]\s*$/u);
const QUOTE_CLOSES_AFTER = lazyPattern(() => String.raw`^[${CLOSING_QUOTES}]`, 'u');

/**
 * Whether the surname at [start, end) is a German genitive after a word of running prose, before `next`, a noun of a
 * person's own: „zu Pachockis Weg von Warschau …" is his path, no street (round 18). Round 43: or opening a sentence
 * that goes on in prose, „„I resigned.“ Lei­kes Weg führte über …“, its letters read without a soft hyphen. Round 110:
 * or after a verb, „Ganz geradlinig verlief Pachockis Weg nicht“: any lower-case word before it is prose, as a street's
 * name stands after a preposition or an article.
 */
function isOwnedByGenitive(
  text: string,
  start: number,
  end: number,
  next: string,
  afterNoun: string,
  ours: ReadonlySet<string>,
) {
  const written = withoutInvisible(text.slice(start, end)).toLowerCase();
  if (!OWNED_NOUNS.has(next.toLowerCase()) || !written.endsWith('s') || !ours.has(written.slice(0, -1))) return false;
  const before = textBefore(text, start);
  if (LOWER_WORD_BEFORE().test(before)) return true;
  // Round 171: or a quoted title of two words, „also etwa „Pachockis Weg““, as no street's name is quoted.
  if (PROSE_OPENING_QUOTES.includes(before.at(-1) ?? ' ') && QUOTE_CLOSES_AFTER().test(afterNoun)) return true;
  const opening = SENTENCE_OPENS_BEFORE().exec(before);
  if (opening === null) return false;
  if (opening[1] !== undefined) return FUNCTION_WORDS.has(opening[1].toLowerCase());
  return PROSE_WORD_AFTER().test(afterNoun) || (TITLE_OPENS().test(opening[0]) && LINE_ENDS_AFTER().test(afterNoun));
}

const COPULAS = lowerSet(germanCopulas);
const POST_NOUNS = lowerSet(postNouns);
// What goes on after a predicate noun: a lower-case word, a preposition ("Partner bei …"), or the clause's end; not a
// capitalised word or a legal form, which a firm's name goes on with.
const PREDICATE_GOES_ON = lazyPattern(() => String.raw`^(?:${SPACE}+\p{Ll}|${SPACE}*(?:[.,;:!?)]|$))`, 'u');

/**
 * Whether `next`, a noun for a post right after the surname at `start`, is the predicate of a copula right before it,
 * German's inverted order: „2011 wurde Altman Partner bei …“, „ist Leike Partner.“ (round 73).
 */
const isPredicateNoun = (text: string, start: number, next: string, afterNoun: string) =>
  POST_NOUNS.has(next.toLowerCase()) &&
  COPULAS.has(LOWER_WORD_BEFORE().exec(textBefore(text, start))?.[1] ?? '') &&
  PREDICATE_GOES_ON().test(afterNoun);

// Round 133: a shop's noun in an apposition right after the surname, as a speaker sets the shop apart from a person of
// the name: „Pachocki, die Bäckerei, hatte an dem Tag doppelt so viele Kunden“, "Leike, the corner bakery, …".
const SHOP_APPOSED_AFTER = lazyPattern(
  () =>
    String.raw`^,${SPACE}+(?:die|der|das|the)${SPACE}+(?:\p{Ll}+${SPACE}+)?(?:${anyOf(everydayShopNouns)}|\p{L}*(?:erei|laden|geschäft|handlung))(?=${SPACE}*[,;.)])`,
  'iu',
);

// Round 167: in capitals, „WEG“ that ends its sentence says the bearer is gone, as a post's shout does: „SUTSKEVER
// WEG. LEIKE WEG.“; no street is named so.
const isGoneInCapitals = (written: string, next: string, afterNoun: string) =>
  next === 'WEG' && written === written.toUpperCase() && /^[.!?]/u.test(afterNoun);

/**
 * Whether the word right after a lone surname makes it part of another name: a word for a shop, a street or a
 * trade ("Altman Hardware", "Altman’s Alley Cats"), also after a row of our surnames that names a firm ("Altman
 * Sutskever Insurance Brokers"), or a word that the text names as a firm with its legal form ("Altman Kältetechnik
 * GmbH"), there or anywhere else; or a trade word before it in a query ("tischlerei leike"), or a shop's noun
 * apposed to it („Pachocki, die Bäckerei,“).
 */
export function isPartOfOtherName(text: string, start: number, end: number, ours: ReadonlySet<string>): boolean {
  if (hasTradeAround(text, start, end)) return true;
  if (text[end] === ',' && SHOP_APPOSED_AFTER().test(textAfter(text, end))) return true;
  // Our people's surnames in a row are our people, even as a joke firm ("Sutskever Leike Pachocki & Altman LLP"),
  // unless a trade word follows the row.
  const { rest, after, row } = rowOfOurs(text, end, ours);
  const next = after?.[1];
  if (next === undefined) return false;
  const afterNoun = rest.slice(after![0].length);
  // The head of a hyphenated compound is no firm's word: "mit Sutskever Co-Leiter des Teams" (round 46).
  const compoundHead = /^-\p{L}/u.test(afterNoun);
  if (SUSPENDED_FIRM_COMPOUND_AFTER().test(afterNoun)) return true;
  if (
    isFirmNoun(next) &&
    !compoundHead &&
    !isGoneInCapitals(text.slice(start, end), next, afterNoun) &&
    !isOwnedByGenitive(text, start, end, next, afterNoun, ours) &&
    !isPredicateNoun(text, start, next, afterNoun)
  )
    return true;
  if (row) return false;
  // A firm named by two capitalised words: "Leike's Garden Centre", "Altman Auto Body" (round 41); not a heading in
  // capitals, "AUCH LEIKE IST WEG", nor a partner joined by "and", "founded by Altman and Churchill Capital".
  const joined = after![0].startsWith('-') || after![0].trim().length > next.length;
  const second = !joined && TITLE_CASE().test(next) ? WORD_AFTER.exec(rest.slice(after![0].length))?.[1] : undefined;
  if (second !== undefined && TITLE_CASE().test(second) && isFirmNoun(second)) return true;
  // A double-barrelled name before a word for a trade or an organisation: "Altman-Reyes Family Foundation".
  if (after![0].startsWith('-')) {
    const words = CAPITALISED_WORDS().exec(rest.slice(after![0].length))?.[0].trim().split(/\s+/) ?? [];
    if (words.some((w) => NAME_SUFFIXES.has(w.toLowerCase()))) return true;
  }
  if (LEGAL_FORM_NEXT().test(text.slice(end + after![0].length, end + LOOK_AROUND))) return true;
  // The firm named with its legal form somewhere in the text, or by its domain: "pachocki-transport.example.pl".
  // Round 71: not a file's name in a path, after one slash, "audio/2024/altman-interview.mp3" beside „Das
  // Altman-Interview“; a host stands alone or after the scheme's two slashes. Round 85: nor a file's name after an
  // underscore, which no host name holds, or with a file's extension: "podium_2024-06-20_altman-krise.mp4" beside
  // „die Altman-Krise“.
  const [name, word] = [anyOf([text.slice(start, end)]), anyOf([next])];
  const firm = `(?<!${WORD_CHAR})${name}${SPACE}+${word}${SPACE}+${LEGAL_FORM}`;
  const domain = String.raw`(?<![\p{L}\p{N}._-]|(?<!/)/)${name}-${word}(?:-[\p{L}\p{N}]+)*\.\p{L}[\p{L}\p{N}.-]*`;
  return (
    new RegExp(firm, 'u').test(text) ||
    [...text.matchAll(new RegExp(domain, 'giu'))].some(([host]) => !isFileName(host))
  );
}

// Round 49: a family's business, the surname before a shop's noun in lower case after an article: "the Leike bakery
// in Stralsund", "a Leike dental practice". Round 72: or with a partner's name, "the Pachocki & Wnuk law firm".
const SHOP_AFTER = lazyPattern(
  () => String.raw`^(?: &${SPACE}+\p{Lu}\p{Ll}+)?${SPACE}+(?:\p{Ll}+${SPACE}+)?${anyOf(shopNouns)}(?![\p{L}])`,
  'u',
);
// Round 119: or the quote that opens a headline, '5. "Pachocki bakery in Bradford wins regional bread award"'.
const SHOP_ARTICLE_BEFORE = lazyPattern(() => /(?:(?:^|[^\p{L}])(?:the|a|an)[^\S\n]+|(?:^|\s)["“„‘])$/iu);
// Round 146: or the line it opens, a headline unquoted, capitalised and before a shop one goes to: "Pachocki bakery
// adds a second oven"; not a typed search, "sutskever new company", nor the owner's, "Altman's company now has …".
const LINE_OPENS_BEFORE = lazyPattern(() => /(?:^|\n)[^\S\n]*$/u);
const opensHeadlineOfShop = (written: string, before: string, after: string) =>
  LINE_OPENS_BEFORE().test(before) &&
  written[0] !== written[0]!.toLowerCase() &&
  !PLACE_POSSESSIVE().test(written) &&
  RETAIL_AFTER().test(after);
// Round 54: a shop by its owner's name alone, a place one goes to, "bought every nail for his porch at Altman's."; not
// "at Altman's request", his own.
const AT_BEFORE = lazyPattern(() => /(?:^|[^\p{L}])at[^\S\n]+$/iu);
// Round 144: or one buys from, on its street: "bringing pastries from Pachocki's on Linden Avenue"; not a comparison's
// "a different tone from Sutskever's."
const FROM_BEFORE = lazyPattern(() => /(?:^|[^\p{L}])from[^\S\n]+$/iu);
const ON_STREET = String.raw`^[^\S\n]+on[^\S\n]+(?:\p{Lu}\p{Ll}+[^\S\n]+){1,2}(?:Street|Road|Avenue|Lane|Drive|Boulevard)(?![\p{L}])`;
const ON_STREET_AFTER = lazyPattern(() => ON_STREET, 'u');
// Round 165: or the subject of its own verb there, whatever stands before: "Altman's on Fenwick Street is closing after
// 41 years". Round 170: the owner's, as "Altman's bakery" is, whose lone surnames near it are his: "… Mr Altman says
// he's retiring".
const ON_STREET_SUBJECT_AFTER = lazyPattern(
  () => String.raw`${ON_STREET}[^\S\n]+(?:is|was|has|had|closes|closed|opens|opened)(?![\p{L}])`,
  'u',
);
// Round 68: a firm named for its partners, after a noun for it and a comma: "Her firm, Altman & Reyes, now has six
// lawyers", „die Kanzlei, Leike & Partner“.
const FIRM_NAMED_BEFORE = lazyPattern(
  () => String.raw`(?:^|[^\p{L}])${anyOf([...shopNouns, ...firmWords])},${SPACE}+$`,
  'iu',
);
// Round 72: a club's name, its abbreviation capitalised before the surname and its founding year after it: „den
// Schachverein „SK Altman 1921““, "TSV Leike 1896 won the cup".
const CLUB_BEFORE = lazyPattern(() => String.raw`(?<![\p{L}])(${anyOf(clubAbbreviations)})${SPACE}+$`, 'iu');
const FOUNDED_AFTER = lazyPattern(() => String.raw`^${SPACE}+(?:18|19|20)\d\d(?![\p{N}])`, 'u');
const isClubName = (before: string, after: string) => {
  const abbreviation = FOUNDED_AFTER().test(after) ? CLUB_BEFORE().exec(before)?.[1] : undefined;
  return abbreviation !== undefined && abbreviation[0] !== abbreviation[0]!.toLowerCase();
};
// A partner after "&", none of ours, and the capitalised word after the partner, if any: "& Reyes", "& Webb Logistics".
const PARTNER_AFTER = lazyPattern(() => /^ &[^\S\n]+(\p{Lu}\p{Ll}+)(?:[^\S\n]+(\p{Lu}\p{L}*))?/u);
const partnerAfter = (after: string, ours: ReadonlySet<string>) => {
  const partner = PARTNER_AFTER().exec(after);
  return partner && !ours.has(partner[1]!.toLowerCase()) ? partner : undefined;
};
const isPartnerAfter = (after: string, ours: ReadonlySet<string>) => partnerAfter(after, ours) !== undefined;
// Round 73: a firm named for its partners, before a noun of its trade: "Data engineer, Altman & Webb Logistics, Leeds".
const isPartnersFirmAfter = (after: string, ours: ReadonlySet<string>) => {
  const trade = partnerAfter(after, ours)?.[2];
  return trade !== undefined && isFirmNoun(trade);
};
const PLACE_POSSESSIVE = lazyPattern(() => `${APOSTROPHE}s$`, 'u');
const PAUSE_AFTER = lazyPattern(() => /^(?:[.,;!?]|[^\S\n]+(?:on|in|for)[^\S\n]+)/u);
// Round 119: a shop by its owner's name that opens and closes: "Pachocki’s is closed on Mondays". Round 120: or before
// the noun of a shop one goes to, "pick up paczki from Pachocki's bakery"; not a firm's ("Altman's company").
const RETAIL_AFTER = lazyPattern(() => String.raw`^${SPACE}+${anyOf(retailShopNouns)}(?![\p{L}])`, 'iu');
const HOURS_AFTER = lazyPattern(() => /^[^\S\n]+(?:(?:is|was)[^\S\n]+(?:closed|open)|opens|closes)(?![\p{L}])/u);
// Round 119: a family firm, "Altman & Sohn", „Leike & Söhne“: the family's, whose lone surnames near it are theirs too.
const FAMILY_FIRM_AFTER = lazyPattern(
  () => String.raw`^${SPACE}*&${SPACE}*${anyOf(familyFirmSuffixes)}(?![\p{L}])`,
  'iu',
);
/**
 * Whether the surname `written`, with `after` it, names a family firm or a shop by its owner's possessive (see above):
 * the family's or the owner's, another bearer whose lone surnames near it are theirs.
 */
export const namesOwnersFirm = (written: string, after: string) =>
  FAMILY_FIRM_AFTER().test(after) ||
  (PLACE_POSSESSIVE().test(written) && (RETAIL_AFTER().test(after) || ON_STREET_SUBJECT_AFTER().test(after)));
// A writer who knows the surname only as a shop or a trade: "Pachocki kenne ich nur als Bäckerei", "Pachocki I only
// know as a bakery" (round 17). German trades end in "-erei" (Metzgerei, Schreinerei).
const KNOWN_AS_AFTER = startingWithOneOf(
  knownAsWords,
  () =>
    new RegExp(
      String.raw`^${SPACE}+${anyOf(knownAsWords)}(?:${SPACE}+(?:nur|bloß|only|just))?${SPACE}+(?:als|as)${SPACE}+(?:(?:a|an|the|eine|einen|die|der|das)${SPACE}+)?(?:${anyOf([...nameSuffixes, ...everydayTrades])}|\p{L}+erei)(?![\p{L}])`,
      'iu',
    ),
);

/**
 * Whether the words around the surname, `written`, make it a shop's, a firm's or a club's name: known only as a shop,
 * a family's business after an article, a shop by its owner's name, a firm named for its partners, a club's.
 */
export const namesShopOrClub = (written: string, before: string, after: string, ours: ReadonlySet<string>) =>
  KNOWN_AS_AFTER.test(after) ||
  opensHeadlineOfShop(written, before, after) ||
  (SHOP_AFTER().test(after) &&
    SHOP_ARTICLE_BEFORE().test(before) &&
    // Not a possessive after the quote, the owner's: '“Altman’s company just lost …”'.
    !(PROSE_OPENING_QUOTES.includes(before.at(-1) ?? ' ') && PLACE_POSSESSIVE().test(written)) &&
    (!after.startsWith(' &') || isPartnerAfter(after, ours))) ||
  (PLACE_POSSESSIVE().test(written) &&
    ((PAUSE_AFTER().test(after) && AT_BEFORE().test(before)) ||
      (ON_STREET_AFTER().test(after) && FROM_BEFORE().test(before)) ||
      HOURS_AFTER().test(after))) ||
  (after.startsWith(' &') && isPartnerAfter(after, ours) && FIRM_NAMED_BEFORE().test(before)) ||
  isPartnersFirmAfter(after, ours) ||
  isClubName(before, after);

// Round 137: a full name followed by a firm that bears his surname, "Meet your merchants: Sam Altman of Altman
// Hardware": the firm's owner, no one of ours.
const OWN_FIRM_AFTER = lazyPattern(
  () =>
    String.raw`^${SPACE}+(?:of|from|von|vom)${SPACE}+(?:the${SPACE}+)?(\p{Lu}\p{Ll}+)(?:${APOSTROPHE}s)?${SPACE}+(\p{L}+)`,
  'u',
);

/** Whether the full name at [start, end) is followed by a firm named for his own surname (see above). */
export function ownsFirmOfHisName(text: string, start: number, end: number): boolean {
  const firm = OWN_FIRM_AFTER().exec(textAfter(text, end));
  if (!firm) return false;
  const surname = text.slice(start, end).split(/\s+/u).at(-1)!;
  return firm[1] === surname && isFirmNoun(firm[2]!);
}
