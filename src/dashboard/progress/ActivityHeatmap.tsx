// Outreach actions per local day since the plan began, as hand-written SVG (see BurnupChart for
// why no chart library): 7 rows × one column a week, shaded by the share of the daily target.

import { formatDay } from '../../coach/messages';
import type { DayKey } from '../../model';
import { coachLocale } from '../../ui/coach-text';
import { t, tPlural } from '../../ui/i18n';
import { monthName, shortDay, weekdayName } from './format';
import { type Heatmap, type Level, levelRanges } from './heatmap';

const CELL = 12;
const STEP = 15;
const LEFT = 30;
const TOP = 16;
const OPACITY: Record<Level, number> = { 0: 1, 1: 0.35, 2: 0.65, 3: 1 };
/** Room for the longest short month name at font size 9 ("sept.", "Sept."), so none is cut off. */
const LABEL_WIDTH = 30;

function Cell({ level, x = 0, y = 0 }: { level: Level; x?: number; y?: number }) {
  return (
    <rect
      x={x}
      y={y}
      width={CELL}
      height={CELL}
      rx="2"
      fill={level === 0 ? 'var(--surface-2)' : 'var(--accent)'}
      fill-opacity={OPACITY[level]}
      stroke="var(--border)"
      stroke-width={level === 0 ? 1 : 0}
    />
  );
}

export function cellTitle(count: number, day: DayKey): string {
  return count === 0 ? t('progress_cellNone', shortDay(day)) : tPlural('progress_cell', count, shortDay(day));
}

function rangeLabel({ min, max }: { min: number; max: number | null }, target: number): string {
  if (max === null) return target > 0 ? t('progress_legendTargetMet', min) : t('progress_legendAny', min);
  if (max === 0) return t('progress_legendNone');
  return min === max ? String(min) : t('progress_legendRange', min, max);
}

const day = (d: DayKey, map: Heatmap) => formatDay(d, map.to, coachLocale());

export function describeHeatmap(map: Heatmap): string {
  const span = t(
    'progress_heatmapSpan',
    day(map.from, map),
    tPlural('count_actions', map.total),
    tPlural('count_onDays', map.activeDays),
  );
  const busiest = map.busiest
    ? t('progress_heatmapBusiest', day(map.busiest.day, map), tPlural('count_actions', map.busiest.count))
    : '';
  return [span, busiest, tPlural('progress_heatmapTargetDays', map.targetDays)].filter(Boolean).join(' ');
}

export function ActivityHeatmap({ map, target }: { map: Heatmap; target: number }) {
  const lastLabel = map.months.at(-1);
  const width = Math.max(
    LEFT + map.columns * STEP,
    lastLabel ? LEFT + lastLabel.col * STEP + LABEL_WIDTH : 0,
  );
  const height = TOP + 7 * STEP;
  return (
    <figure class="progress-figure">
      <svg
        viewBox={`0 0 ${width} ${height}`}
        width={width * 1.5}
        class="progress-heatmap"
        role="img"
        aria-labelledby="heatmap-title heatmap-desc"
      >
        <title id="heatmap-title">{t('progress_heatmapTitle', day(map.from, map))}</title>
        <desc id="heatmap-desc">{describeHeatmap(map)}</desc>
        {[0, 2, 4].map((row) => (
          <text key={row} x={0} y={TOP + row * STEP + CELL - 2} font-size="9" fill="var(--muted)">
            {weekdayName(row)}
          </text>
        ))}
        {map.months.map((m) => (
          <text key={m.day} x={LEFT + m.col * STEP} y={10} font-size="9" fill="var(--muted)">
            {monthName(m.day)}
          </text>
        ))}
        {map.cells.map((cell) => (
          <g key={cell.day} transform={`translate(${LEFT + cell.col * STEP} ${TOP + cell.row * STEP})`}>
            <title>{cellTitle(cell.count, cell.day)}</title>
            <Cell level={cell.level} />
          </g>
        ))}
      </svg>
      <figcaption>
        <ul class="progress-legend" aria-label={t('progress_legendLabel')}>
          {levelRanges(target).map((range) => (
            <li key={range.level}>
              <svg width={CELL} height={CELL} aria-hidden="true" class="progress-swatch">
                <Cell level={range.level} />
              </svg>{' '}
              {rangeLabel(range, target)}
            </li>
          ))}
        </ul>
      </figcaption>
      <table class="sr-only">
        <caption>{t('progress_heatmapTableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('progress_colWeekOf')}</th>
            <th scope="col">{t('progress_colActions')}</th>
            <th scope="col">{t('progress_colActiveDays')}</th>
          </tr>
        </thead>
        <tbody>
          {map.weeks.map((week) => (
            <tr key={week.start}>
              <th scope="row">{day(week.start, map)}</th>
              <td>{week.actions}</td>
              <td>{week.activeDays}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
