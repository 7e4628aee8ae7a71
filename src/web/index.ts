/**
 * The explorer's client: renders the app into #app and takes over clicks on its own links.
 * Bundled by src/cli/bundle.ts; served by src/api/web.ts.
 */
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app.js';
import { interceptLinks } from './router.js';
import './styles.css';

const root = document.getElementById('app');
if (root === null) throw new Error('The page has no #app element to render the explorer into.');
interceptLinks();
createRoot(root).render(createElement(App));
