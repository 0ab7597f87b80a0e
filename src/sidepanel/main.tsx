// The side panel (Chrome) / sidebar (Firefox): the popup's person and composer, staying open
// while the user works in LinkedIn, following the active tab.
import '../platform/polyfill';
import { render } from 'preact';
import '../ui/theme.css';
import './sidepanel.css';
import { SidePanel } from './SidePanel';

document.documentElement.lang = navigator.language;
const root = document.getElementById('app');
if (root) render(<SidePanel />, root);
