import { render } from 'preact';
import '../../assets/pages.css';
import { loadSettings } from '../../storage/settings-store';
import { App } from './App';
import './style.css';

// Settings first, so that the page opens in the language they choose.
loadSettings().then((settings) => render(<App initialSettings={settings} />, document.getElementById('app')!));
