/**
 * What this page says: the mentions (each a button that shows it on the page) and the facts
 * they brought up, with Copy and "Copy as reading note". Page text is rendered as text only.
 */
import type { Fact, FactPack } from '../../lib/facts/types';
import type { UiTranslator } from '../../lib/i18n';
import type { PageListing } from '../../lib/messaging/protocol';
import type { CopyNotice } from '../../lib/popup/popup-model';
import { CopyButton, FactCard } from './FactCard';

/** The sentence around a mention, shortened around it so the list stays scannable. */
export function snippet(sentence: string, text: string, max = 140): string {
  const clean = sentence.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const at = Math.max(0, clean.indexOf(text));
  const start = Math.max(0, Math.min(at - Math.floor((max - text.length) / 2), clean.length - max));
  const cut = clean.slice(start, start + max).trim();
  return `${start > 0 ? '…' : ''}${cut}${start + max < clean.length ? '…' : ''}`;
}

export function MentionsSection(props: {
  listing: PageListing;
  site: string;
  t: UiTranslator;
  onJump: (id: number) => void;
}) {
  const { listing, t } = props;
  const count = listing.mentions.length;
  return (
    <section class="section" aria-labelledby="mentions-heading">
      <h2 id="mentions-heading" class="heading-with-count">
        <span>{t('popup_mentionsHeading')}</span>
        <span class="count" data-testid="mention-count" aria-hidden="true">
          {count}
        </span>
        <span class="visually-hidden">{t.plural('mentions', count)}</span>
      </h2>
      {listing.state === 'site-off' && <p class="note">{t('popup_siteOff', props.site)}</p>}
      {listing.state === 'paused' && <p class="note">{t('popup_pausedNote')}</p>}
      {listing.state === 'on' && count === 0 && <p class="note">{t('popup_noMentions')}</p>}
      {count > 0 && (
        <ol class="mentions" aria-describedby="jump-hint">
          {listing.mentions.map((mention) => (
            <li key={mention.id}>
              <button
                type="button"
                class="mention"
                data-testid="mention-item"
                lang={mention.lang}
                onClick={() => props.onJump(mention.id)}
              >
                <span class="mention__text">{mention.text}</span>
                <span class="mention__sentence">{snippet(mention.sentence, mention.text)}</span>
              </button>
            </li>
          ))}
        </ol>
      )}
      <p id="jump-hint" class="visually-hidden">
        {t('popup_jumpHint')}
      </p>
    </section>
  );
}

export function FactsUsedSection(props: {
  pack: FactPack;
  facts: Fact[];
  t: UiTranslator;
  notice: CopyNotice | null;
  onCopy: (fact: Fact) => void;
  onCopyNote: () => void;
}) {
  const { t, notice } = props;
  const done = (key: string) => Boolean(notice?.ok && notice.key === key);
  return (
    <section class="section" aria-labelledby="used-heading" data-testid="facts-used">
      <h2 id="used-heading">{t('popup_factsUsedHeading')}</h2>
      {props.facts.length === 0 ? (
        <p class="note">{t('popup_noFactsUsed')}</p>
      ) : (
        <>
          <ul class="facts">
            {props.facts.map((fact) => (
              <li key={fact.id}>
                <FactCard
                  pack={props.pack}
                  fact={fact}
                  t={t}
                  idPrefix="used"
                  copied={done(`fact:${fact.id}`)}
                  onCopy={() => props.onCopy(fact)}
                />
              </li>
            ))}
          </ul>
          <CopyButton
            testId="copy-reading-note"
            label={t('popup_copyReadingNote')}
            copiedLabel={t('popup_copiedNote')}
            copied={done('note')}
            onCopy={props.onCopyNote}
          />
        </>
      )}
    </section>
  );
}
