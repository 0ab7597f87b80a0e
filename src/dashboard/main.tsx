import '../platform/polyfill';
import { render } from 'preact';
import '../ui/theme.css';
import './dashboard.css';
import { Shell } from './Shell';

document.documentElement.lang = navigator.language;
const root = document.getElementById('app');
if (root) render(<Shell />, root);
