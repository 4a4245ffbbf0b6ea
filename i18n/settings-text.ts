import type { CommandName } from '../model/commands';
import type { HighlightStyle } from '../model/highlight-style';
import type { Lang } from './ui-text';
import type { LanguageSetting } from '../model/settings';

const unitFormat = (lang: Lang) =>
  new Intl.NumberFormat(lang === 'de' ? 'de-DE' : 'en-GB', { style: 'unit', unit: 'millisecond' });

/**
 * The words of the controls: the popup's switches and the settings page. Kept apart from `ui` in
 * `i18n.ts`, whose words the card script carries onto every page that shows a card.
 */
export const settingsUi = {
  de: {
    marking: 'Markierung',
    markEverywhere: 'Namen auf allen Seiten markieren',
    markOnSite: (host: string) => `Namen auf ${host} markieren`,
    offHere: 'Auf dieser Seite ist die Erweiterung aus.',
    settings: 'Einstellungen',
    settingsTitle: 'Einstellungen: Wer ist wer, Mai 2024',
    sites: 'Seiten, auf denen die Erweiterung aus ist',
    noSites: 'Keine: Die Erweiterung arbeitet auf allen Seiten.',
    addSite: 'Seite hinzufügen',
    addSiteHint: 'Ein Hostname wie example.org; eine kopierte Adresse geht auch.',
    add: 'Hinzufügen',
    remove: (host: string) => `${host} entfernen`,
    invalidSite: 'Das ist kein Hostname. Geben Sie etwa example.org ein.',
    duplicateSite: (host: string) => `${host} steht schon in der Liste.`,
    siteListFull: 'Die Liste ist voll: Mehr Seiten kann der Browser nicht darin speichern. Entfernen Sie zuerst eine.',
    saveFailed: 'Nicht gespeichert: Der Browser hat die Änderung abgelehnt. Versuchen Sie es später noch einmal.',
    dwell: 'Verzögerung, bis die Karte öffnet',
    dwellHint: 'So lange muss der Mauszeiger auf einem Namen ruhen.',
    ms: (n: number) => unitFormat('de').format(n),
    style: 'So werden Namen markiert',
    preview: 'Vorschau',
    styles: {
      underline: 'Gepunktet unterstrichen',
      background: 'Farbig hinterlegt',
      none: 'Gar nicht (die Karte öffnet trotzdem)',
    } satisfies Record<HighlightStyle, string>,
    language: 'Sprache',
    languages: { browser: 'Wie der Browser', de: 'Deutsch', en: 'English' } satisfies Record<LanguageSetting, string>,
    shortcuts: 'Tastenkürzel',
    shortcutsHint:
      'Ändern lassen sie sich in den Einstellungen des Browsers: in Chrome unter chrome://extensions/shortcuts, in Firefox unter Add-ons, Zahnrad-Menü, „Tastenkombinationen für Erweiterungen verwalten“.',
    commands: {
      'toggle-marking': 'Markierung ein- oder ausschalten',
      'next-mention': 'Zur nächsten Erwähnung springen und ihre Karte öffnen',
    } satisfies Record<CommandName, string>,
    notSet: 'nicht belegt',
    contextMenu: '„Wer ist das?“ im Kontextmenü eines ausgewählten Textes zeigt, wen er nennt.',
    saved: 'Gespeichert',
  },
  en: {
    marking: 'Marking',
    markEverywhere: 'Mark names on all sites',
    markOnSite: (host: string) => `Mark names on ${host}`,
    offHere: 'The extension is off on this page.',
    settings: 'Settings',
    settingsTitle: 'Settings: Who’s Who, May 2024',
    sites: 'Sites where the extension is off',
    noSites: 'None: the extension works on every site.',
    addSite: 'Add a site',
    addSiteHint: 'A host name such as example.org; a copied address works too.',
    add: 'Add',
    remove: (host: string) => `Remove ${host}`,
    invalidSite: 'That is not a host name. Enter one such as example.org.',
    duplicateSite: (host: string) => `${host} is already in the list.`,
    siteListFull: 'The list is full: the browser cannot store more sites in it. Remove one first.',
    saveFailed: 'Not saved: the browser refused to store the change. Try again later.',
    dwell: 'Delay before a card opens',
    dwellHint: 'How long the pointer has to rest on a name.',
    ms: (n: number) => unitFormat('en').format(n),
    style: 'How names are marked',
    preview: 'Preview',
    styles: {
      underline: 'Dotted underline',
      background: 'Coloured background',
      none: 'Not at all (cards still open)',
    } satisfies Record<HighlightStyle, string>,
    language: 'Language',
    languages: { browser: 'Same as the browser', de: 'Deutsch', en: 'English' } satisfies Record<
      LanguageSetting,
      string
    >,
    shortcuts: 'Keyboard shortcuts',
    shortcutsHint:
      'Change them in the browser’s settings: in Chrome at chrome://extensions/shortcuts, in Firefox under Add-ons, the gear menu, “Manage Extension Shortcuts”.',
    commands: {
      'toggle-marking': 'Turn marking on or off',
      'next-mention': 'Go to the next mention and open its card',
    } satisfies Record<CommandName, string>,
    notSet: 'not set',
    contextMenu: '“Who is this?” in the context menu of selected text shows whom it names.',
    saved: 'Saved',
  },
} as const;

export type SettingsStrings = (typeof settingsUi)[Lang];
