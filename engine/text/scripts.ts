// The last of the Latin letters' blocks (Latin Extended-B).
const LAST_LATIN = 0x24f;

/** Whether `name` is written in a script other than Latin ("Суцкевер", "סוצקבר"): it starts past the Latin blocks. */
export const isOtherScript = (name: string) => name.charCodeAt(0) > LAST_LATIN;
