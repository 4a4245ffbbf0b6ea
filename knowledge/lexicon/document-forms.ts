/**
 * The fixed words of documents with a set form: a letter's or an e-mail's header fields and its closing formulas, a
 * changelog's versions and labels, a quiz's numbered questions and the words that grade its answers. A surname in such
 * a place is a sender, a signature or an answer, which the rules in `engine/rules/` (chat lines, sign-offs, changelogs,
 * names as words) read; the words are data, kept here.
 */

/**
 * The field names of an e-mail's or a letter's header lines, and a subject's prefixes, capitalised before a colon as a
 * chat's senders are ("Von: …", "Betreff: …", "Re: …"): no senders of messages (round 23). Lower case.
 */
export const mailHeaderWords = [
  'von',
  'an',
  'cc',
  'bcc',
  'betreff',
  'datum',
  'gesendet',
  'from',
  'to',
  'subject',
  'date',
  'sent',
  'reply-to',
  // A subject's reply and forward prefixes: "Re: leike", „AW: Text Sutskever“.
  're',
  'aw',
  'wg',
  'fw',
  'fwd',
] as const;

/**
 * Round 21: a quiz's noun for a numbered question, "question 7", „Frage 7“ (its short form "Q7" is grammar, in
 * `engine/rules/names-as-words.ts`): a graded answer is read against the question of that number. One word each.
 * Lower case.
 */
export const questionNouns = ['question', 'frage'] as const;

/**
 * Words before a version's number on a changelog's heading: "Version 5.12.0 (May 20, 2024)", "Release 2.1", "v1.8"
 * (round 20, `engine/rules/changelogs.ts`). Lower case.
 */
export const versionWords = ['version', 'release', 'build', 'v'] as const;

/**
 * The labels of a changelog's entries: "- Fixed: …", "### Added", „- Behoben: …“ (round 20, `engine/rules/changelogs.ts`).
 * Lower case.
 */
export const changelogLabels = [
  'fixed',
  'fix',
  'new',
  'added',
  'changed',
  'improved',
  'removed',
  'known issue',
  'known issues',
  'behoben',
  'neu',
  'hinzugefügt',
  'geändert',
  'verbessert',
  'entfernt',
  'bekannte probleme',
  'bekanntes problem',
] as const;

/** Words that grade a quiz's answer: 'your "Altman" for question 7 was accepted' (round 21). */
export const gradingWords = [
  'accept',
  'accepted',
  'count',
  'counts',
  'counted',
  'correct',
  'point',
  'points',
  'took',
  'allowed',
  'richtig',
  'zählt',
  'gilt',
  'punkt',
  'punkte',
  'reicht',
  'akzeptiert',
  'gewertet',
  'anerkannt',
] as const;

/**
 * Closing formulas of a letter or a message, before its signature (round 23): "Gruß, Leike", "Best regards,\nAltman".
 * Not thanks ("Thanks, Altman!" may address him). Lower case; a word may stand before them ("Viele Grüße", "Kind
 * regards").
 */
export const closingFormulas = [
  'gruß',
  'grüße',
  'grüßen',
  'gruss',
  'grüsse',
  'lg',
  'vg',
  'mfg',
  'regards',
  'cheers',
  'sincerely',
  'yours',
  'best',
] as const;
