import '../platform/polyfill';
import { render } from 'preact';
import '../ui/theme.css';
import { App, startLoading } from '../ui/person/App';

document.documentElement.lang = navigator.language;
const root = document.getElementById('app');
if (root) render(<App loading={startLoading()} />, root);
