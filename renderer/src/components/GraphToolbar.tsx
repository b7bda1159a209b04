import { useId, useMemo, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { ITEM_KINDS } from '../../../shared/board/kinds.ts';
import { SEVERITIES, type Board } from '../../../shared/board/schema.ts';
import { OUTCOME_STATUSES } from '../../../shared/session/schema.ts';
import { filtersActive, searchBoard, type GraphFilters, type SearchHit } from '../graph/filters.ts';
import { useGraphView, usePreferences } from '../stores/index.ts';
import { Field } from './Field.tsx';

/** Moves the focus among the search results with the arrow keys; Up from the first goes back to the field. */
function moveAmongResults(event: KeyboardEvent<HTMLElement>, input: HTMLInputElement | null) {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  const list = (event.currentTarget as HTMLElement)
    .closest('.graph-search')
    ?.querySelectorAll<HTMLElement>('li button');
  if (!list || list.length === 0) return;
  event.preventDefault();
  const items = [...list];
  const at = items.indexOf(document.activeElement as HTMLElement);
  const next = event.key === 'ArrowDown' ? at + 1 : at - 1;
  if (next < 0) input?.focus();
  else items[Math.min(next, items.length - 1)]!.focus();
}

function GraphSearch({
  board,
  inputRef,
  onPick,
}: {
  board: Board;
  inputRef: RefObject<HTMLInputElement | null>;
  onPick: (hit: SearchHit) => void;
}) {
  const { t } = useTranslation();
  const language = usePreferences((state) => state.language);
  const query = useGraphView((state) => state.query);
  const setQuery = useGraphView((state) => state.setQuery);
  const [open, setOpen] = useState(false);
  const hits = useMemo(() => searchBoard(board, query, language), [board, query, language]);
  const listId = useId();
  const pick = (hit: SearchHit) => {
    setOpen(false);
    onPick(hit);
  };
  const onInputKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter' && hits[0]) {
      event.preventDefault();
      pick(hits[0]);
    } else if (event.key === 'Escape') {
      setQuery('');
      setOpen(false);
    } else moveAmongResults(event, inputRef.current);
  };
  const shown = open && query.trim() !== '';
  return (
    <div className="graph-search" role="search">
      <input
        ref={inputRef}
        type="search"
        value={query}
        aria-label={t('graph.search.label')}
        placeholder={t('graph.search.placeholder')}
        aria-controls={shown ? listId : undefined}
        aria-keyshortcuts="Control+F /"
        onChange={(event) => {
          setQuery(event.target.value);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onKeyDown={onInputKey}
      />
      {shown && (
        <div className="graph-search-results" id={listId}>
          <p role="status">
            {hits.length > 0 ? t('graph.search.found', { count: hits.length }) : t('graph.search.none')}
          </p>
          <ul>
            {hits.map((hit) => (
              <li key={`${hit.type}:${hit.id}`}>
                <button
                  type="button"
                  data-hit={`${hit.type}:${hit.id}`}
                  onClick={() => pick(hit)}
                  onKeyDown={(event) => {
                    if (event.key === 'Escape') {
                      setOpen(false);
                      inputRef.current?.focus();
                    } else moveAmongResults(event, inputRef.current);
                  }}
                >
                  <span className="graph-search-type">{t(`graph.search.${hit.type}`)}</span> {hit.label}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}

function FilterSelect<K extends 'kind' | 'status' | 'severity'>(props: {
  name: K;
  label: string;
  options: readonly GraphFilters[K][];
  labelOf: (value: GraphFilters[K]) => string;
}) {
  const { t } = useTranslation();
  const value = useGraphView((state) => state.filters[props.name]);
  const setFilter = useGraphView((state) => state.setFilter);
  return (
    <Field label={props.label}>
      <select value={value} onChange={(event) => setFilter(props.name, event.target.value as GraphFilters[K])}>
        <option value="">{t('graph.filters.any')}</option>
        {props.options.map((option) => (
          <option key={option} value={option}>
            {props.labelOf(option)}
          </option>
        ))}
      </select>
    </Field>
  );
}

function GraphFiltersPanel({ matchCount }: { matchCount: number | null }) {
  const { t } = useTranslation();
  const filters = useGraphView((state) => state.filters);
  const setFilter = useGraphView((state) => state.setFilter);
  const clearFilters = useGraphView((state) => state.clearFilters);
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const active = [filters.kind, filters.status, filters.severity, filters.blocking].filter(Boolean).length;
  const toggle = useRef<HTMLButtonElement>(null);
  return (
    <div
      className="graph-filters"
      onKeyDown={(event) => {
        // Escape closes the panel, and the keyboard goes back to the button that opened it.
        if (event.key !== 'Escape' || !open) return;
        event.stopPropagation();
        setOpen(false);
        toggle.current?.focus();
      }}
    >
      <button
        ref={toggle}
        type="button"
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        onClick={() => setOpen(!open)}
      >
        {active > 0 ? t('graph.filters.buttonActive', { count: active }) : t('graph.filters.button')}
      </button>
      {matchCount !== null && (
        <span className="graph-filters-matches" role="status">
          {t('graph.filters.matches', { count: matchCount })}
        </span>
      )}
      {open && (
        <fieldset className="graph-filters-panel" id={panelId}>
          <legend>{t('graph.filters.heading')}</legend>
          <FilterSelect
            name="kind"
            label={t('graph.filters.kind')}
            options={ITEM_KINDS}
            labelOf={(kind) => t(`kinds.${kind as (typeof ITEM_KINDS)[number]}`)}
          />
          <FilterSelect
            name="status"
            label={t('graph.filters.status')}
            options={OUTCOME_STATUSES}
            labelOf={(status) => t(`statuses.${status as (typeof OUTCOME_STATUSES)[number]}`)}
          />
          <FilterSelect
            name="severity"
            label={t('graph.filters.severity')}
            options={SEVERITIES}
            labelOf={(severity) => t(`severities.${severity as (typeof SEVERITIES)[number]}`)}
          />
          <label className="graph-filters-blocking">
            <input
              type="checkbox"
              checked={filters.blocking}
              onChange={(event) => setFilter('blocking', event.target.checked)}
            />{' '}
            {t('graph.filters.blocking')}
          </label>
          {filtersActive(filters) && (
            <button type="button" onClick={clearFilters}>
              {t('graph.filters.clear')}
            </button>
          )}
        </fieldset>
      )}
    </div>
  );
}

export function GraphToolbar(props: {
  board: Board;
  searchRef: RefObject<HTMLInputElement | null>;
  onPick: (hit: SearchHit) => void;
  matchCount: number | null;
  scopeToggle: React.ReactNode;
}) {
  return (
    <div className="graph-toolbar">
      <GraphSearch board={props.board} inputRef={props.searchRef} onPick={props.onPick} />
      <GraphFiltersPanel matchCount={props.matchCount} />
      {props.scopeToggle}
    </div>
  );
}
