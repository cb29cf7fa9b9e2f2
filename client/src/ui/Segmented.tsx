// A choice of one among a few, as a row of buttons (an ARIA radio group).
export function Segmented<T extends string>({ label, options, value, onChange }: { label: string; options: Record<T, string>; value: T; onChange: (value: T) => void }) {
  return (
    <div role="radiogroup" aria-label={label} className="segmented">
      {(Object.entries(options) as [T, string][]).map(([option, text]) => (
        <button key={option} type="button" role="radio" aria-checked={value === option} onClick={() => onChange(option)}>
          {text}
        </button>
      ))}
    </div>
  );
}
