/**
 * Accessible form controls for the options page. Each control's `id` doubles as its test id
 * (`setting-<name>`), so tests and labels point at the same element.
 */
import type { ComponentChildren } from 'preact';

/** A titled page section, navigable by heading. */
export function Section(props: { id: string; heading: string; children: ComponentChildren }) {
  return (
    <section class="section" aria-labelledby={`${props.id}-heading`}>
      <h2 id={`${props.id}-heading`}>{props.heading}</h2>
      {props.children}
    </section>
  );
}

/** Help text under a control, linked to it with `aria-describedby`. */
function Hint(props: { id: string; text?: string }) {
  return props.text ? (
    <p id={props.id} class="hint">
      {props.text}
    </p>
  ) : null;
}

export function CheckboxField(props: {
  id: string;
  label: string;
  hint?: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  const hintId = `${props.id}-hint`;
  return (
    <div class="field field--inline">
      <input
        type="checkbox"
        id={props.id}
        data-testid={props.id}
        checked={props.checked}
        aria-describedby={props.hint ? hintId : undefined}
        onChange={(event) => props.onChange(event.currentTarget.checked)}
      />
      <label for={props.id}>{props.label}</label>
      <Hint id={hintId} text={props.hint} />
    </div>
  );
}

export interface Choice<V extends string> {
  value: V;
  label: string;
  hint?: string;
  /** The label's language when it differs from the page's (a language's own name). */
  lang?: string;
  /** Shown after the label, e.g. a visual sample (hidden from assistive technology). */
  sample?: ComponentChildren;
}

/** A fieldset of radio buttons; `children` follow the options (e.g. a dependent field). */
export function RadioGroup<V extends string>(props: {
  id: string;
  legend: string;
  value: V;
  choices: readonly Choice<V>[];
  onChange: (value: V) => void;
  disabled?: boolean;
  children?: ComponentChildren;
}) {
  return (
    <fieldset class="group" data-testid={props.id} disabled={props.disabled}>
      <legend>{props.legend}</legend>
      {props.choices.map((choice) => {
        const id = `${props.id}-${choice.value}`;
        return (
          <div class="field field--inline" key={choice.value}>
            <input
              type="radio"
              id={id}
              data-testid={id}
              name={props.id}
              value={choice.value}
              checked={props.value === choice.value}
              aria-describedby={choice.hint ? `${id}-hint` : undefined}
              onChange={() => props.onChange(choice.value)}
            />
            <label for={id}>
              {choice.label}
              {choice.sample && <span aria-hidden="true">{choice.sample}</span>}
            </label>
            <Hint id={`${id}-hint`} text={choice.hint} />
          </div>
        );
      })}
      {props.children}
    </fieldset>
  );
}

export function SelectField<V extends string>(props: {
  id: string;
  label: string;
  hint?: string;
  value: V;
  choices: readonly Choice<V>[];
  onChange: (value: V) => void;
}) {
  const hintId = `${props.id}-hint`;
  return (
    <div class="field">
      <label for={props.id}>{props.label}</label>
      <select
        id={props.id}
        data-testid={props.id}
        value={props.value}
        aria-describedby={props.hint ? hintId : undefined}
        onChange={(event) => props.onChange(event.currentTarget.value as V)}
      >
        {props.choices.map((choice) => (
          <option key={choice.value} value={choice.value} lang={choice.lang}>
            {choice.label}
          </option>
        ))}
      </select>
      <Hint id={hintId} text={props.hint} />
    </div>
  );
}
