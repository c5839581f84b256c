import { CATEGORIES, factsByCategory, sourcesFor, timelineSorted } from '@/lib/facts/accessors';
import type { Fact, FactCategory, FactPack, Lang } from '@/lib/facts/types';
import { formatDay } from '@/lib/citation/dates';
import type { UiMessageKey, UiTranslator } from '@/lib/i18n';
import { FactItem } from './FactItem';
import { SourceLinks } from './SourceLinks';

const CATEGORY_KEYS: Record<FactCategory, UiMessageKey> = {
  'timeline-status': 'popover_category_timelineStatus',
  'due-process': 'popover_category_dueProcess',
  violence: 'popover_category_violence',
  'law-and-courts': 'popover_category_lawAndCourts',
  numbers: 'popover_category_numbers',
  'cost-and-resources': 'popover_category_costAndResources',
  names: 'popover_category_names',
};

export interface MoreDetailsProps {
  pack: FactPack;
  lang: Lang;
  t: UiTranslator;
  formatName: string;
  onCopy: (facts: Fact[]) => void;
}

/** "More": every fact by category, the timeline, the court cases and what MPP is not. */
export function MoreDetails({ pack, lang, t, formatName, onCopy }: MoreDetailsProps) {
  const groups = factsByCategory(pack);
  return (
    <div class="fm-more" data-testid="popover-more">
      {CATEGORIES.filter((category) => groups[category].length > 0).map((category) => (
        <section key={category} aria-labelledby={`fm-cat-${category}`}>
          <h3 id={`fm-cat-${category}`}>{t(CATEGORY_KEYS[category])}</h3>
          <ul class="fm-facts">
            {groups[category].map((fact) => (
              <FactItem
                key={fact.id}
                pack={pack}
                fact={fact}
                lang={lang}
                t={t}
                formatName={formatName}
                onCopy={onCopy}
              />
            ))}
          </ul>
        </section>
      ))}
      <section aria-labelledby="fm-timeline">
        <h3 id="fm-timeline">{t('popover_timeline')}</h3>
        <ol class="fm-timeline">
          {timelineSorted(pack).map((event) => (
            <li key={event.id}>
              <time dateTime={event.date}>{formatDay(event.date, lang)}</time>
              <p>{event.text[lang]}</p>
              <SourceLinks sources={sourcesFor(pack, event)} lang={lang} t={t} />
            </li>
          ))}
        </ol>
      </section>
      <section aria-labelledby="fm-cases">
        <h3 id="fm-cases">{t('popover_cases')}</h3>
        <ul class="fm-cases">
          {pack.cases.map((item) => (
            <li key={item.id}>
              <p>
                <cite>{item.name}</cite>
                <span class="fm-muted">
                  {' '}
                  {item.court}, {formatDay(item.date, lang)}
                  {item.citation ? `, ${item.citation}` : ''}
                </span>
              </p>
              <p>{item.holding[lang]}</p>
              <SourceLinks sources={sourcesFor(pack, item)} lang={lang} t={t} />
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="fm-confusables">
        <h3 id="fm-confusables">{t('popover_confusables')}</h3>
        <ul class="fm-cases">
          {pack.confusables.map((item) => (
            <li key={item.id}>
              <p>
                <strong>{item.name[lang]}</strong>
              </p>
              <p>{item.difference[lang]}</p>
              <SourceLinks sources={sourcesFor(pack, item)} lang={lang} t={t} />
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
