import { render } from 'preact';
import '../ui/theme.css';
import './dashboard.css';
import { Dashboard } from './Dashboard';

document.documentElement.lang = navigator.language;
const root = document.getElementById('app');
if (root) render(<Dashboard />, root);
