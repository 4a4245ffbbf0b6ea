import type { ComponentChildren } from 'preact';
import type { Lang } from '../../i18n/ui-text';

export interface Choice<T extends string> {
  readonly value: T;
  readonly label: string;
  /** The label's language, where it differs from the page's ("Deutsch" on an English page). */
  readonly lang?: Lang;
}

interface Props<T extends string> {
  title: string;
  name: string;
  choices: readonly Choice<T>[];
  value: T;
  onChange: (value: T) => void;
  children?: ComponentChildren;
}

/** One choice out of a few: native radio buttons in a fieldset, so the arrow keys move between them. */
export function ChoiceGroup<T extends string>({ title, name, choices, value, onChange, children }: Props<T>) {
  return (
    <fieldset class="choices">
      <legend>
        <h2>{title}</h2>
      </legend>
      {choices.map((choice) => (
        <label key={choice.value} class="choice">
          <input
            type="radio"
            name={name}
            value={choice.value}
            checked={choice.value === value}
            onChange={() => onChange(choice.value)}
          />
          <span lang={choice.lang}>{choice.label}</span>
        </label>
      ))}
      {children}
    </fieldset>
  );
}
