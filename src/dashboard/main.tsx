import '../platform/polyfill';
import { render } from 'preact';
import '../ui/theme.css';
import './dashboard.css';
import { uiLanguage } from '../ui/i18n';
import { Shell } from './Shell';

// The language the page's text is in (the extension's, not the web's), for screen readers,
// hyphenation and spell checking.
document.documentElement.lang = uiLanguage();
const root = document.getElementById('app');
if (root) render(<Shell />, root);
