import '../platform/polyfill';
import { render } from 'preact';
import '../ui/theme.css';
import './popup.css';
import { App, startLoading } from './App';

document.documentElement.lang = navigator.language;
const root = document.getElementById('app');
if (root) render(<App loading={startLoading()} />, root);
