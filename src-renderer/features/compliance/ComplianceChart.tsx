import type { ReactElement } from 'react';
import type { CriterionScore } from '../../../shared/scoring/score-types';

const SEGMENTS = [
  { key: 'cp', label: 'CP', colour: '#5b2a86' },
  { key: 'f', label: 'F', colour: '#2e8b4a' },
  { key: 'p', label: 'P', colour: '#d08a00' },
  { key: 'nc', label: 'NC', colour: '#c62828' },
  { key: 'unscored', label: 'No mark', colour: '#cfd6df' },
] as const;

/**
 * Final marks per criterion as stacked bars, with the 80% line. Decorative: the table above
 * carries the same numbers for screen readers.
 */
export function ComplianceChart({
  criteria,
}: {
  readonly criteria: readonly CriterionScore[];
}): ReactElement {
  const width = 300;
  const barH = 16;
  const gap = 8;
  const left = 22;
  const plot = width - left - 4;
  const height = criteria.length * (barH + gap) + 4;
  return (
    <div className="chart" aria-hidden="true">
      <svg width="100%" viewBox={`0 0 ${width} ${height}`} role="presentation">
        {criteria.map((c, row) => {
          let x = left;
          const y = row * (barH + gap);
          return (
            <g key={c.criterion}>
              <text x={0} y={y + barH - 4}>
                {c.criterion}
              </text>
              {SEGMENTS.map((s) => {
                const w = (plot * c[s.key]) / c.elements;
                const rect = (
                  <rect key={s.key} x={x} y={y} width={w} height={barH} fill={s.colour} />
                );
                x += w;
                return rect;
              })}
            </g>
          );
        })}
        <line
          x1={left + plot * 0.8}
          x2={left + plot * 0.8}
          y1={0}
          y2={height - 4}
          stroke="#1c2430"
          strokeDasharray="3 3"
        />
      </svg>
      <div className="legend">
        {SEGMENTS.map((s) => (
          <span key={s.key}>
            <i style={{ background: s.colour }} />
            {s.label}
          </span>
        ))}
        <span>┆ 80%</span>
      </div>
    </div>
  );
}
