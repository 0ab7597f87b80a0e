// Chats held against the plan, as hand-written SVG. No chart library: three lines and two axes
// are a few dozen lines of geometry (burnup.ts, tested), the extension stays small and
// dependency-free, and we control the accessible parts (title, description, data table).
import { formatDay } from '../../coach/messages';
import type { DayKey } from '../../model';
import { coachLocale } from '../../ui/coach-text';
import { t, tPlural } from '../../ui/i18n';
import { type BurnupSeries, burnupGeometry, planValueAt, weeklyRows } from './burnup';
import { shortDay } from './format';

const BOX = { width: 640, height: 260, top: 18, right: 18, bottom: 30, left: 40 };
const PLAN_DASH = '6 4';
const PROJECTED_DASH = '2 5';

export function describeBurnup(series: BurnupSeries): string {
  const day = (d: DayKey): string => formatDay(d, series.today, coachLocale());
  const where = tPlural(
    'progress_burnupDesc',
    series.held,
    series.target,
    day(series.today),
    planValueAt(series, series.today),
    day(series.deadline),
  );
  const pace =
    series.held >= series.target
      ? t('progress_burnupDone')
      : series.finishDate
        ? t('progress_burnupFinish', day(series.finishDate))
        : t('progress_burnupNoPace');
  return `${where} ${pace}`;
}

function Swatch({ dash, color, width }: { dash?: string; color: string; width: number }) {
  return (
    <svg width="28" height="10" aria-hidden="true" class="progress-swatch">
      <line x1="1" y1="5" x2="27" y2="5" stroke={color} stroke-width={width} stroke-dasharray={dash} />
    </svg>
  );
}

export function BurnupChart({ series }: { series: BurnupSeries }) {
  const g = burnupGeometry(series, BOX);
  const bottom = BOX.height - BOX.bottom;
  return (
    <figure class="progress-figure">
      <svg
        viewBox={`0 0 ${BOX.width} ${BOX.height}`}
        class="progress-chart"
        role="img"
        aria-labelledby="burnup-title burnup-desc"
      >
        <title id="burnup-title">{t('progress_burnupTitle')}</title>
        <desc id="burnup-desc">{describeBurnup(series)}</desc>
        {g.yTicks.map((tick) => (
          <g key={tick.value}>
            <line x1={BOX.left} x2={BOX.width - BOX.right} y1={tick.y} y2={tick.y} stroke="var(--border)" />
            <text
              x={BOX.left - 6}
              y={tick.y}
              text-anchor="end"
              dominant-baseline="middle"
              fill="var(--muted)"
            >
              {tick.value}
            </text>
          </g>
        ))}
        {g.xTicks.map((tick) => (
          <text key={tick.day} x={tick.x} y={bottom + 20} text-anchor={tick.anchor} fill="var(--muted)">
            {shortDay(tick.day)}
          </text>
        ))}
        <line
          x1={g.todayX}
          x2={g.todayX}
          y1={BOX.top}
          y2={bottom}
          stroke="var(--muted)"
          stroke-dasharray="1 3"
        />
        <text x={g.todayX + 4} y={BOX.top + 4} dominant-baseline="hanging" fill="var(--muted)">
          {t('progress_today')}
        </text>
        <path d={g.plan} fill="none" stroke="var(--muted)" stroke-width="2" stroke-dasharray={PLAN_DASH} />
        {g.projected && (
          <path
            d={g.projected}
            fill="none"
            stroke="var(--accent)"
            stroke-width="2"
            stroke-dasharray={PROJECTED_DASH}
          />
        )}
        <path d={g.actual} fill="none" stroke="var(--accent)" stroke-width="3" stroke-linejoin="round" />
      </svg>
      <figcaption>
        <ul class="progress-legend">
          <li>
            <Swatch color="var(--accent)" width={3} /> {t('progress_legendHeld')}
          </li>
          <li>
            <Swatch color="var(--muted)" width={2} dash={PLAN_DASH} /> {t('progress_legendPlan')}
          </li>
          {g.projected && (
            <li>
              <Swatch color="var(--accent)" width={2} dash={PROJECTED_DASH} /> {t('progress_legendProjected')}
            </li>
          )}
        </ul>
      </figcaption>
      <table class="sr-only">
        <caption>{t('progress_burnupTableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('progress_colDay')}</th>
            <th scope="col">{t('progress_colHeld')}</th>
            <th scope="col">{t('progress_colPlan')}</th>
          </tr>
        </thead>
        <tbody>
          {weeklyRows(series).map((row) => (
            <tr key={row.day}>
              <th scope="row">{formatDay(row.day, series.today, coachLocale())}</th>
              <td>{row.held}</td>
              <td>{row.plan}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
