interface Props {
  done: number;
  target: number;
  label: string;
  size?: number;
}

/** Today's actions against the target, as a ring with the figures in words for screen readers. */
export function ProgressRing({ done, target, label, size = 64 }: Props) {
  const stroke = 7;
  const r = (size - stroke) / 2;
  const circumference = 2 * Math.PI * r;
  const share = target > 0 ? Math.min(1, done / target) : 0;
  const met = target > 0 && done >= target;
  return (
    <svg width={size} height={size} viewBox={`0 0 ${size} ${size}`} role="img" aria-label={label}>
      <title>{label}</title>
      <circle cx={size / 2} cy={size / 2} r={r} fill="none" stroke="var(--surface-2)" stroke-width={stroke} />
      <circle
        cx={size / 2}
        cy={size / 2}
        r={r}
        fill="none"
        stroke={met ? 'var(--good)' : 'var(--accent)'}
        stroke-width={stroke}
        stroke-linecap="round"
        stroke-dasharray={`${circumference * share} ${circumference}`}
        transform={`rotate(-90 ${size / 2} ${size / 2})`}
      />
      <text
        x="50%"
        y="54%"
        text-anchor="middle"
        dominant-baseline="middle"
        font-size={size / 4}
        font-weight="700"
        fill="currentColor"
      >
        {done}/{target}
      </text>
    </svg>
  );
}
