/**
 * The value shapes of the settings (valibot schemas) and their TypeScript types. Each setting is
 * declared, with its storage key, default and version, in `items.ts`.
 */
import * as v from 'valibot';
import type { NameGroup } from '../facts/types';

/** How confidently "MPP" must mean this policy before it is marked. */
export const ACRONYM_STRICTNESS = ['strict', 'balanced', 'loose'] as const;
export type AcronymStrictness = (typeof ACRONYM_STRICTNESS)[number];

/** How a mention is drawn. `hidden` draws nothing but keeps it reachable by the keyboard command. */
export const MARK_STYLES = ['underline-dotted', 'underline-solid', 'tint', 'hidden'] as const;
export type MarkStyle = (typeof MARK_STYLES)[number];

export const TRIGGER_MODES = ['hover', 'click'] as const;
export const HOVER_DELAY_MS = { min: 100, max: 2000 } as const;

export const CITATION_FORMATS = ['plain', 'markdown', 'apa', 'mla', 'chicago'] as const;
export type CitationFormat = (typeof CITATION_FORMATS)[number];

/** `auto`: the page's language for the popover, the browser's elsewhere (`resolveUiLang`). */
export const LANGUAGE_PREFERENCES = ['auto', 'en', 'es'] as const;
export type LanguagePreference = (typeof LANGUAGE_PREFERENCES)[number];

/** `auto` follows `prefers-color-scheme`. */
export const THEMES = ['auto', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

/** The name groups of the fact pack (`NameGroup`), in the order the options page lists them. */
export const NAME_GROUPS = [
  'common',
  'official',
  'acronym',
  'spanish',
] as const satisfies readonly NameGroup[];

/** Which name groups the detector looks for. */
export const namesSchema = v.object({
  common: v.boolean(),
  official: v.boolean(),
  acronym: v.boolean(),
  spanish: v.boolean(),
} satisfies Record<NameGroup, v.BooleanSchema<undefined>>);
export type NameToggles = v.InferOutput<typeof namesSchema>;

/** When the popover opens: pointer rest (after `hoverDelayMs`) or click. */
export const triggerSchema = v.object({
  mode: v.picklist(TRIGGER_MODES),
  hoverDelayMs: v.pipe(
    v.number(),
    v.integer(),
    v.minValue(HOVER_DELAY_MS.min),
    v.maxValue(HOVER_DELAY_MS.max),
  ),
});
export type Trigger = v.InferOutput<typeof triggerSchema>;
