import type { CardNotice as Notice } from '../../model/card-contract';
import { ui, type Lang } from '../../i18n/ui-text';

interface Props {
  notice: Notice;
  lang: Lang;
  id: string;
}

/** A selection is quoted back, shortened: the notice must fit its card. */
const QUOTE_MAX = 60;

const quote = (text: string) => (text.length > QUOTE_MAX ? `${text.slice(0, QUOTE_MAX - 1).trimEnd()}…` : text);

/** The answer to "Who is this?" or "next mention" when there is no person to show. */
export function CardNotice({ notice, lang, id }: Props) {
  const t = ui[lang];
  const text =
    notice.kind === 'no-mentions'
      ? t.nobodyHere
      : notice.kind === 'not-named'
        ? t.notNamed(quote(notice.text))
        : t.severalNamed(quote(notice.text));
  return (
    <p id={id} class="notice" lang={lang}>
      {text}
    </p>
  );
}
