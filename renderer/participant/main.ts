import './room.css';
import { room as enRoom, roomErrors as enErrors } from '../../resources/locales/en/translation.json';
import { room as nlRoom, roomErrors as nlErrors } from '../../resources/locales/nl/translation.json';
import { ABSTAIN, type ParticipantView } from '../../shared/room.ts';
import type { Language } from '../../shared/text.ts';
import { element, render, type Child } from './dom.ts';
import { followRoom, joinRoom, leaveRoom, refusalOf, voteInRoom, type Refusal } from './roomClient.ts';

/**
 * The participant's page: join with the room code, follow the facilitator, vote with one tap.
 * Plain DOM with text nodes only; every label in Dutch and English, the participant's own choice.
 */
const LABELS = { en: { ...enRoom, ...enErrors }, nl: { ...nlRoom, ...nlErrors } };
type LabelKey = keyof typeof LABELS.en;
const CREDENTIAL_KEY = 'boardwalk.room.credential';
const LANGUAGE_KEY = 'boardwalk.room.language';

interface PageState {
  language: Language;
  credential: string | null;
  view: ParticipantView | null;
  error: Refusal | null;
  reconnecting: boolean;
}

const state: PageState = {
  language:
    (localStorage.getItem(LANGUAGE_KEY) as Language | null) ?? (navigator.language.startsWith('nl') ? 'nl' : 'en'),
  credential: sessionStorage.getItem(CREDENTIAL_KEY),
  view: null,
  error: null,
  reconnecting: false,
};

function t(key: LabelKey, params: Record<string, string | number> = {}): string {
  return LABELS[state.language][key].replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(params[name] ?? ''));
}

function update(patch: Partial<PageState>): void {
  Object.assign(state, patch);
  draw();
}

function languageSwitch(): Child {
  const buttons = (['nl', 'en'] as const).map((code) =>
    element('button', {
      type: 'button',
      lang: code,
      'aria-pressed': String(state.language === code),
      'data-key': `lang-${code}`,
      onclick: () => {
        localStorage.setItem(LANGUAGE_KEY, code);
        update({ language: code });
      },
      text: code.toUpperCase(),
    }),
  );
  return element('div', { class: 'languages', role: 'group', 'aria-label': t('language') }, buttons);
}

function errorLine(): Child {
  const error = state.error;
  const text = error ? t(error.reason, error.params) : '';
  return element('p', { class: error ? 'message' : 'note', role: 'alert', 'data-testid': 'room-error', text });
}

function joinForm(): Child {
  const code = element('input', {
    id: 'room-code',
    name: 'code',
    inputmode: 'numeric',
    autocomplete: 'one-time-code',
    required: 'true',
    maxlength: '20',
    'data-key': 'code',
  });
  const name = element('input', {
    id: 'room-name',
    name: 'name',
    autocomplete: 'name',
    required: 'true',
    maxlength: '200',
    'data-key': 'name',
  });
  const form = element('form', { novalidate: 'true' }, [
    element('label', { for: 'room-code', text: t('codeLabel') }),
    code,
    element('label', { for: 'room-name', text: t('nameLabel') }),
    name,
    element('button', { type: 'submit', class: 'primary', 'data-key': 'join', text: t('joinButton') }),
  ]);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void join(code.value, name.value);
  });
  return element('main', {}, [element('h1', { text: t('participantTitle') }), form, errorLine()]);
}

function choiceLabel(view: ParticipantView, choice: string): string {
  if (choice === ABSTAIN) return t('abstain');
  return view.item?.options.find((option) => option.id === choice)?.label[state.language] ?? choice;
}

function votingPart(view: ParticipantView): Child[] {
  const { phase, myChoice, tally } = view.voting;
  const item = view.item!;
  if (phase === 'open') {
    const choices = [...item.options.map((option) => option.id), ABSTAIN].map((choice) =>
      element('li', {}, [
        element('button', {
          type: 'button',
          'aria-pressed': String(myChoice === choice),
          'data-choice': choice,
          'data-key': `choice-${choice}`,
          onclick: () => void vote(choice),
          text: choiceLabel(view, choice),
        }),
      ]),
    );
    return [
      element('h2', { text: t('voteNow') }),
      element('ul', { class: 'choices', 'aria-label': t('voteNow') }, choices),
      element('p', {
        role: 'status',
        class: 'message',
        'data-testid': 'my-vote',
        text: myChoice ? t('yourVote', { choice: choiceLabel(view, myChoice) }) : '',
      }),
    ];
  }
  if (phase === 'revealed' && tally) {
    const rows = [...item.options.map((option) => option.id), ABSTAIN].map((choice) =>
      element('li', {
        'data-choice': choice,
        text: t('tallyOption', { label: choiceLabel(view, choice), count: tally[choice] ?? 0 }),
      }),
    );
    return [element('h2', { text: t('tally') }), element('ul', { class: 'tally', 'data-testid': 'tally' }, rows)];
  }
  const line = phase === 'closed' ? t('votingClosed') : t('notOpenYet');
  return [element('p', { role: 'status', class: 'note', text: line })];
}

function itemPart(view: ParticipantView): Child[] {
  const item = view.item;
  if (!item) return [element('p', { role: 'status', class: 'note', text: t('waiting') })];
  const language = state.language;
  const parts: Child[] = [element('h1', { id: 'item-title', 'data-item-id': item.id, text: item.title[language] })];
  if (item.summary) parts.push(element('p', { text: item.summary[language] }));
  if (item.recommendation)
    parts.push(
      element('p', {}, [element('strong', { text: `${t('recommendation')}: ` }), item.recommendation[language]]),
    );
  if (item.options.length > 0 && view.voting.phase !== 'open') {
    const options = item.options.map((option) =>
      element('li', {
        text: option.recommended ? `${option.label[language]} (${t('recommended')})` : option.label[language],
      }),
    );
    parts.push(element('h2', { text: t('options') }), element('ul', {}, options));
  }
  return [...parts, ...votingPart(view)];
}

function roomPart(view: ParticipantView): Child {
  if (view.room !== 'open')
    return element('main', {}, [
      element('p', { role: 'alert', class: 'message', 'data-testid': 'room-ended', text: t(view.room) }),
    ]);
  return element('main', { 'aria-labelledby': view.item ? 'item-title' : undefined }, [
    ...itemPart(view),
    state.reconnecting ? element('p', { role: 'status', class: 'note', text: t('reconnecting') }) : '',
    errorLine(),
  ]);
}

function draw(): void {
  document.documentElement.lang = state.language;
  document.title = t('participantTitle');
  const view = state.view;
  const header = element('header', { class: 'room-header' }, [
    element('p', { text: view && view.room === 'open' ? t('joined', { name: view.name }) : t('participantTitle') }),
    languageSwitch(),
    view && view.room === 'open'
      ? element('button', { type: 'button', 'data-key': 'leave', onclick: () => void leave(), text: t('leave') })
      : '',
  ]);
  render(document.getElementById('room')!, [header, view ? roomPart(view) : joinForm()]);
}

async function join(code: string, name: string): Promise<void> {
  const answer = await joinRoom(code, name);
  if (!answer.ok) return update({ error: answer.refusal });
  sessionStorage.setItem(CREDENTIAL_KEY, answer.credential);
  update({ credential: answer.credential, view: answer.view, error: null });
  follow();
}

async function vote(choice: string): Promise<void> {
  if (!state.credential) return;
  const answer = await voteInRoom(state.credential, choice);
  update(answer.ok ? { view: answer.view, error: null } : { error: answer.refusal });
}

async function leave(): Promise<void> {
  if (state.credential) await leaveRoom(state.credential);
  sessionStorage.removeItem(CREDENTIAL_KEY);
  update({ credential: null, view: null, error: null });
}

function follow(): void {
  const credential = state.credential;
  if (!credential) return;
  followRoom(credential, {
    onView: (view) => {
      if (view.room !== 'open') sessionStorage.removeItem(CREDENTIAL_KEY);
      update({ view, reconnecting: false });
    },
    onRefused: (status) => {
      sessionStorage.removeItem(CREDENTIAL_KEY);
      update({ credential: null, view: null, error: refusalOf(status) });
    },
    onDropped: () => update({ reconnecting: true }),
    stillWanted: () =>
      state.credential === credential && state.view?.room !== 'closed' && state.view?.room !== 'removed',
  });
}

draw();
follow();
