// The legend, made from the same tables as the stylesheet.
import { EDGE_STYLE, KIND_STYLE } from './graph-style.ts';

export function Legend() {
  return (
    <section className="legend" aria-label="Legend">
      <h2>Legend</h2>
      <ul>
        {Object.entries(KIND_STYLE).map(([kind, style]) => (
          <li key={kind}>
            <svg width="14" height="14" aria-hidden="true">
              <circle cx="7" cy="7" r="6" fill={style.color} />
            </svg>
            {style.label} <span className="muted">({style.shape.replace('round-', '')})</span>
          </li>
        ))}
        {Object.entries(EDGE_STYLE).map(([type, style]) => (
          <li key={type}>
            <svg width="24" height="10" aria-hidden="true">
              <line
                x1="1"
                y1="5"
                x2="23"
                y2="5"
                stroke={style.color}
                strokeWidth={style.width + 0.5}
                strokeDasharray={style.line === 'dashed' ? '5 3' : style.line === 'dotted' ? '1.5 2.5' : undefined}
              />
            </svg>
            {style.label}
          </li>
        ))}
        <li className="muted">Size: number of links</li>
      </ul>
    </section>
  );
}
