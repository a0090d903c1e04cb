import { useId } from 'react';

export type Theme = 'light' | 'dark';
export type Width = 'phone' | 'desktop';

interface Option<T extends string> {
  value: T;
  label: string;
}

/** A labelled group of radio buttons drawn as a segmented control. */
export function Segmented<T extends string>({
  legend,
  options,
  value,
  onChange,
}: {
  legend: string;
  options: Option<T>[];
  value: T;
  onChange: (value: T) => void;
}) {
  const name = useId();
  return (
    <fieldset className="pv-segmented">
      <legend className="pv-segmented__legend">{legend}</legend>
      {options.map((o) => (
        <label key={o.value} className="pv-segmented__option">
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
    </fieldset>
  );
}

interface Props {
  theme: Theme;
  width: Width;
  onTheme: (theme: Theme) => void;
  onWidth: (width: Width) => void;
}

/** The preview's own toolbar: light or dark theme, phone or desktop width. */
export function Toolbar({ theme, width, onTheme, onWidth }: Props) {
  return (
    <div className="pv-toolbar" role="group" aria-label="Preview options">
      <Segmented
        legend="Theme"
        value={theme}
        onChange={onTheme}
        options={[
          { value: 'light', label: 'Light' },
          { value: 'dark', label: 'Dark' },
        ]}
      />
      <Segmented
        legend="Width"
        value={width}
        onChange={onWidth}
        options={[
          { value: 'phone', label: 'Phone (375 px)' },
          { value: 'desktop', label: 'Desktop' },
        ]}
      />
    </div>
  );
}
