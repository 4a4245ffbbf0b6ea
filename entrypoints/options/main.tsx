import { render } from 'preact';
import '../../assets/pages.css';
import { adoptHighlightSheet } from '../../engine/marks/highlights';
import { PERSON_IDS } from '../../model/person';
import { loadSettings } from '../../storage/settings-store';
import { App } from './App';
import './style.css';

// The style previews mark their names with the pages' own rules.
adoptHighlightSheet(document, PERSON_IDS);
// Settings first, so that the page opens in the language they choose.
loadSettings().then((settings) => render(<App initialSettings={settings} />, document.getElementById('app')!));
