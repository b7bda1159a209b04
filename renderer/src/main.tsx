import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './reactTranslations.ts';
import './styles.css';
import { isPresenterPage } from './presenterPage.ts';
import { App } from './components/App.tsx';
import { PresenterView } from './components/PresenterView.tsx';

// The same page serves the facilitator and, with ?view=presenter, the room's screen.
const presenter = isPresenterPage();
if (presenter) document.documentElement.classList.add('presenter-page');

createRoot(document.getElementById('root')!).render(<StrictMode>{presenter ? <PresenterView /> : <App />}</StrictMode>);
