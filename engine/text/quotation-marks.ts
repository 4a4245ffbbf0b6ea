/**
 * The quotation marks a name stands alone in, each opening one with its closing one: straight, German („…“, ‚…‘,
 * »…«), English (“…”, ‘…’), French («…») and the straight apostrophe. Shared by every rule that reads a quoted name,
 * so that a mark one of them knows the others know too.
 */
export const QUOTE_PAIRS: Readonly<Record<string, string>> = {
  '"': '"',
  '„': '“',
  '“': '”',
  '«': '»',
  '»': '«',
  '‚': '‘',
  '‘': '’',
  "'": "'",
};

export const OPENING_QUOTES = Object.keys(QUOTE_PAIRS).join('');
// The typographic apostrophe closes a straight single quote as word processors turn it: 'Leike’.
export const CLOSING_QUOTES = [...new Set([...Object.values(QUOTE_PAIRS), '’'])].join('');

// The straight apostrophe also opens a code string ('sama') and an elision ('s): rules that must not read those as a
// quotation take the marks without it.
export const PROSE_OPENING_QUOTES = OPENING_QUOTES.replace("'", '');
