import { render } from 'preact';
import '../../assets/pages.css';
import { loadSettings } from '../../storage/settings-store';
import { App } from './App';
import './style.css';

// From the toolbar (no `?tab=`), the browser sizes the popup's window to the page, starting from a few
// pixels: there the page keeps its full width rather than follow the window's (style.css).
if (!new URLSearchParams(location.search).has('tab')) document.documentElement.classList.add('in-toolbar');

// Settings first, so that the popup opens in the language they choose.
loadSettings().then((settings) => render(<App initialSettings={settings} />, document.getElementById('app')!));
