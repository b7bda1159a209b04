import { useId, useMemo, useState, type DragEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ITEM_KINDS, type ItemKind } from '../../../shared/board/kinds.ts';
import type { Board, Item } from '../../../shared/board/schema.ts';
import {
  DEFAULT_PLAN,
  MAX_MEETING_MINUTES,
  MAX_TIMEBOX_MINUTES,
  PLAN_FILTERS,
  plannedSeconds,
  timeboxSeconds,
  type MeetingPlan,
  type PlanFilter,
} from '../../../shared/meeting/plan.ts';
import { arrangeAgenda } from '../../../shared/walkthrough.ts';
import { matchesCommand } from '../commands/table.ts';
import { usePlan, usePreferences, useSessionSettings, useSessionStore } from '../stores/index.ts';
import { hyphenate } from '../../../shared/typography/hyphenate.ts';
import { Modal } from './Modal.tsx';

/** The planned total against the meeting's length, as the plan is built. */
function PlannedTotal({ plan, items }: { plan: MeetingPlan; items: Item[] }) {
  const { t } = useTranslation();
  const planned = Math.round(plannedSeconds(plan, items) / 60);
  const over = planned - plan.lengthMinutes;
  return (
    <p className={`plan-total${over > 0 ? ' over' : ''}`} role="status" data-testid="plan-total">
      {t('plan.total', { planned, length: plan.lengthMinutes, count: items.length })}
      {over > 0 && ` ${t('plan.over', { minutes: over })}`}
    </p>
  );
}

function Checkboxes<T extends string>({
  legend,
  values,
  chosen,
  label,
  onChange,
}: {
  legend: string;
  values: readonly T[];
  chosen: readonly T[];
  label: (value: T) => string;
  onChange: (chosen: T[]) => void;
}) {
  if (values.length === 0) return null;
  return (
    <fieldset className="plan-checkboxes">
      <legend>{legend}</legend>
      {values.map((value) => (
        <label key={value}>
          <input
            type="checkbox"
            checked={chosen.includes(value)}
            onChange={(event) =>
              onChange(event.target.checked ? [...chosen, value] : chosen.filter((other) => other !== value))
            }
          />
          {label(value)}
        </label>
      ))}
    </fieldset>
  );
}

/** Picks today's agenda from the board by filters, kinds and lanes: what a facilitator asks of 122 items. */
function PickByFilters({ board, disabled }: { board: Board; disabled: boolean }) {
  const { t } = useTranslation();
  const language = usePreferences((state) => state.language);
  const pick = usePlan((state) => state.pick);
  const [filters, setFilters] = useState<PlanFilter[]>([]);
  const [kinds, setKinds] = useState<ItemKind[]>([]);
  const [layers, setLayers] = useState<string[]>([]);
  const kindsOnBoard = ITEM_KINDS.filter((kind) => board.items.some((item) => item.kind === kind));
  const layerTitles = new Map(board.layers.map((layer) => [layer.id, layer.title[language]]));
  const nothing = filters.length + kinds.length + layers.length === 0;
  return (
    <section className="plan-pick" aria-labelledby="plan-pick-heading">
      <h3 id="plan-pick-heading">{t('plan.pickHeading')}</h3>
      <Checkboxes
        legend={t('plan.filters')}
        values={PLAN_FILTERS}
        chosen={filters}
        label={(filter) => t(`plan.filter.${filter}`)}
        onChange={setFilters}
      />
      <details>
        <summary>{t('plan.byKindOrLane')}</summary>
        <Checkboxes
          legend={t('plan.byKind')}
          values={kindsOnBoard}
          chosen={kinds}
          label={(kind) => t(`kinds.${kind}`)}
          onChange={setKinds}
        />
        <Checkboxes
          legend={t('plan.byLane')}
          values={board.layers.map((layer) => layer.id)}
          chosen={layers}
          label={(id) => layerTitles.get(id) ?? id}
          onChange={setLayers}
        />
      </details>
      <button type="button" disabled={disabled || nothing} onClick={() => void pick({ filters, kinds, layers })}>
        {t('plan.pick')}
      </button>
    </section>
  );
}

/** One item on today's agenda: its place (drag, or Alt+arrows), its time box, and taking it off (Delete). */
function PlannedRow({
  item,
  index,
  count,
  plan,
  disabled,
  onDragTo,
}: {
  item: Item;
  index: number;
  count: number;
  plan: MeetingPlan;
  disabled: boolean;
  onDragTo: (itemId: string, index: number) => void;
}) {
  const { t } = useTranslation();
  const language = usePreferences((state) => state.language);
  const { moveItem, removeItem, setTimebox } = usePlan();
  const minutesId = useId();
  const title = item.title[language];
  const onKeyDown = (event: KeyboardEvent) => {
    if (disabled || event.target !== event.currentTarget) return;
    if (matchesCommand(event, 'planReorder')) {
      event.preventDefault();
      void moveItem(item.id, event.key === 'ArrowUp' ? -1 : 1).then(() =>
        document.querySelector<HTMLElement>(`[data-plan-item="${CSS.escape(item.id)}"]`)?.focus(),
      );
    } else if (matchesCommand(event, 'planRemove')) {
      event.preventDefault();
      void removeItem(item.id);
    }
  };
  return (
    <li
      className="plan-row"
      data-plan-item={item.id}
      tabIndex={0}
      aria-label={t('plan.rowLabel', { position: index + 1, count, title })}
      draggable={!disabled}
      onDragStart={(event: DragEvent) => event.dataTransfer.setData('text/plain', item.id)}
      onDragOver={(event) => event.preventDefault()}
      onDrop={(event) => {
        event.preventDefault();
        onDragTo(event.dataTransfer.getData('text/plain'), index);
      }}
      onKeyDown={onKeyDown}
    >
      <span className="plan-row-title">
        <span className="plan-row-kind">{t(`kinds.${item.kind}`)}</span> {hyphenate(title, language)}
      </span>
      <span className="plan-row-minutes">
        <input
          id={minutesId}
          type="number"
          min={1}
          max={MAX_TIMEBOX_MINUTES}
          value={timeboxSeconds(plan, item) / 60}
          disabled={disabled}
          aria-label={t('plan.timeboxFor', { title })}
          onChange={(event) => {
            const minutes = Number(event.target.value);
            if (Number.isFinite(minutes) && minutes > 0) void setTimebox(item.id, minutes);
          }}
        />
        <span aria-hidden="true">{t('plan.min')}</span>
      </span>
      <span className="plan-row-actions">
        <button
          type="button"
          disabled={disabled || index === 0}
          aria-label={t('agenda.moveUp', { title })}
          onClick={() => void moveItem(item.id, -1)}
        >
          ↑
        </button>
        <button
          type="button"
          disabled={disabled || index === count - 1}
          aria-label={t('agenda.moveDown', { title })}
          onClick={() => void moveItem(item.id, 1)}
        >
          ↓
        </button>
        <button
          type="button"
          disabled={disabled}
          aria-label={t('plan.removeLabel', { title })}
          onClick={() => void removeItem(item.id)}
        >
          {t('plan.remove')}
        </button>
      </span>
    </li>
  );
}

/** Items kept aside: on the board, not on today's agenda, each one action away from it. */
function NotOnAgenda({ items, disabled }: { items: Item[]; disabled: boolean }) {
  const { t } = useTranslation();
  const language = usePreferences((state) => state.language);
  const addItem = usePlan((state) => state.addItem);
  return (
    <section className="plan-aside" aria-labelledby="plan-aside-heading">
      <h3 id="plan-aside-heading">{t('plan.notOnAgenda', { count: items.length })}</h3>
      <ul className="plan-aside-list">
        {items.map((item) => (
          <li key={item.id} data-aside-item={item.id}>
            <span className="plan-row-title">
              <span className="plan-row-kind">{t(`kinds.${item.kind}`)}</span>{' '}
              {hyphenate(item.title[language], language)}
            </span>
            <button
              type="button"
              disabled={disabled}
              aria-label={t('plan.addLabel', { title: item.title[language] })}
              onClick={() => void addItem(item.id)}
            >
              {t('plan.add')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

/**
 * The meeting plan, built before the meeting: its length, today's agenda picked by filters or one
 * by one, in order, each item with its time box, and the planned total against the length.
 */
export function PlanDialog({ board, onClose }: { board: Board; onClose: () => void }) {
  const { t } = useTranslation();
  const settings = useSessionSettings((state) => state.settings);
  const session = useSessionStore((state) => state.current);
  const { setLength, setStartTimerOnOpen, moveItem } = usePlan();
  const plan = settings.plan ?? DEFAULT_PLAN;
  const agenda = useMemo(() => arrangeAgenda(board.items, settings.agenda), [board, settings.agenda]);
  const disabled = !session || session.closedAt !== null;
  const lengthId = useId();
  const onDragTo = (itemId: string, to: number) => {
    const from = agenda.items.findIndex((item) => item.id === itemId);
    if (from >= 0 && from !== to) void moveItem(itemId, to - from);
  };
  return (
    <Modal title={t('plan.heading')} onClose={onClose}>
      <div className="plan-settings">
        <label htmlFor={lengthId}>{t('plan.length')}</label>
        <input
          id={lengthId}
          type="number"
          min={1}
          max={MAX_MEETING_MINUTES}
          value={plan.lengthMinutes}
          disabled={disabled}
          onChange={(event) => {
            const minutes = Number(event.target.value);
            if (Number.isFinite(minutes) && minutes > 0) void setLength(minutes);
          }}
        />
        <label className="plan-autostart">
          <input
            type="checkbox"
            checked={plan.startTimerOnOpen}
            disabled={disabled}
            onChange={(event) => void setStartTimerOnOpen(event.target.checked)}
          />
          {t('plan.startTimerOnOpen')}
        </label>
      </div>
      <PlannedTotal plan={plan} items={agenda.items} />
      <PickByFilters board={board} disabled={disabled} />
      <section className="plan-today" aria-labelledby="plan-today-heading">
        <h3 id="plan-today-heading">{t('plan.today', { count: agenda.items.length })}</h3>
        <p className="field-hint">{t('plan.keys')}</p>
        <ol className="plan-list">
          {agenda.items.map((item, index) => (
            <PlannedRow
              key={item.id}
              item={item}
              index={index}
              count={agenda.items.length}
              plan={plan}
              disabled={disabled}
              onDragTo={onDragTo}
            />
          ))}
        </ol>
      </section>
      <NotOnAgenda items={agenda.dropped} disabled={disabled} />
    </Modal>
  );
}
