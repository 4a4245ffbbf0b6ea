// What a candidate is, apart from the matcher that finds it: the page session's surname rules read these, and
// need none of the matcher's patterns.

/**
 * How a mention names its person: in full, by handle, or by surname alone (weak evidence). A `namesake`
 * is the surname of someone else ("Robert Altman", "Altman Hardware"): never shown, it tells that someone
 * else of that name is being talked about here, so that the lone surnames right after it are theirs. A
 * `relative` is a namesake of our person's family ("his sister Annie Altman"), who takes only the lone
 * surnames of its own sentence. A `passing` mention is our person's full name in a text about someone else
 * ("no relation to Sam Altman", "brother of OpenAI CEO Sam Altman"): shown, but it makes no lone surname ours.
 */
export type MentionKind = 'full' | 'handle' | 'surname' | 'namesake' | 'relative' | 'passing';

/** Every kind, each by its number: a candidate's record on the page and on the wire hold the number. */
export const KINDS: readonly MentionKind[] = ['full', 'handle', 'surname', 'namesake', 'relative', 'passing'];

/** Whether a mention of this kind names someone other than our person. */
export const isSomeoneElse = (kind: MentionKind) => kind === 'namesake' || kind === 'relative';

/**
 * How strongly the text around a lone surname says it is one of ours: an employer in its title or
 * affiliation ("OpenAI-Chef Altman", "Altman (OpenAI)") or a list with others of ours; our people's
 * employer or its products in its sentence ("Altman became OpenAI's CEO"); other AI terms in its sentence;
 * AI terms nearby; AI terms anywhere in the text given to `find`; or nothing. Handles have `TITLE`, namesakes
 * `NONE`; a full name needs none, and has `TITLE` when the text given to `find` has AI terms anywhere, else `NONE`:
 * the document's topic (`document-topic.ts`) reads it.
 */
export const SUPPORT = { NONE: 0, TEXT: 1, NEAR: 2, SENTENCE: 3, EMPLOYER: 4, TITLE: 5 } as const;
export type Support = (typeof SUPPORT)[keyof typeof SUPPORT];
