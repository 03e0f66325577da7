import { useId, type ReactNode } from 'react';

/** One choice of a few, all in view: native radio buttons (arrow keys move between them) drawn as one bar. */
export function SegmentedControl<V extends string>({
  legend,
  options,
  value,
  onChange,
  disabled = false,
}: {
  legend: ReactNode;
  options: readonly { value: V; label: string }[];
  value: V;
  onChange: (value: V) => void;
  disabled?: boolean;
}) {
  const name = useId();
  return (
    <fieldset className="segmented" disabled={disabled}>
      <legend className="segmented__legend">{legend}</legend>
      <div className="segmented__options">
        {options.map((o) => (
          <label key={o.value} className="segmented__option">
            <input
              type="radio"
              name={name}
              value={o.value}
              checked={value === o.value}
              onChange={() => onChange(o.value)}
            />
            <span>{o.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
