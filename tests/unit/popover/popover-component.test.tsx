// @vitest-environment jsdom
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Popover, type PopoverProps } from '../../../components/popover/Popover';
import { pack } from '../../../lib/facts/pack';
import { createTranslator } from '../../../lib/i18n';
import { buildPopoverModel, keyFactList } from '../../../lib/popover/popover-model';

const root = document.createElement('div');
document.body.append(root);
afterEach(() => render(null, root));

function show(overrides: Partial<PopoverProps> = {}) {
  const lang = overrides.lang ?? 'en';
  const props: PopoverProps = {
    pack,
    model: buildPopoverModel(pack, {
      nameId: 'mpp',
      text: 'MPP',
      sentence: 'Under MPP, asylum seekers missed immigration court hearings.',
      lang,
    }),
    matched: 'MPP',
    lang,
    t: createTranslator(lang),
    formatName: 'APA',
    expanded: false,
    copy: { kind: 'idle' },
    onCopy: vi.fn(),
    onCopyKeyFacts: vi.fn(),
    onToggleMore: vi.fn(),
    onNotThis: vi.fn(),
    onClose: vi.fn(),
    ...overrides,
  };
  render(<Popover {...props} />, root);
  return props;
}

describe('Popover', () => {
  it('shows each key fact with a labelled Copy button that copies that fact', () => {
    const props = show();
    const facts = root.querySelectorAll('[data-testid="fact"]');
    expect(facts.length).toBe(keyFactList(props.model).length);
    const copies = root.querySelectorAll<HTMLButtonElement>('[data-testid="copy"]');
    expect(copies.length).toBe(facts.length);
    expect(copies[0]!.getAttribute('aria-label')).toBe('Copy this fact with its citation (APA)');
    copies[0]!.click();
    expect(props.onCopy).toHaveBeenCalledWith([props.model.keyFacts[0]!.fact]);
  });

  it('links every source in a new tab, with no opener', () => {
    show();
    const links = [...root.querySelectorAll<HTMLAnchorElement>('[data-testid="source-link"]')];
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) {
      expect(link.href).toMatch(/^https:\/\//);
      expect(link.target).toBe('_blank');
      expect(link.rel).toBe('noopener noreferrer');
    }
  });

  it('renders page text as text, never as markup', () => {
    const hostile = '<img src=x onerror="globalThis.pwned=1"><script>globalThis.pwned=2</script>';
    show({
      matched: hostile,
      model: {
        ...buildPopoverModel(pack, {
          nameId: 'no-such-name',
          text: hostile,
          sentence: hostile,
          lang: 'en',
        }),
      },
    });
    expect(root.querySelector('img, script')).toBeNull();
    expect(root.querySelector('#fm-title')?.textContent).toBe(hostile);
    expect((globalThis as { pwned?: number }).pwned).toBeUndefined();
  });

  it('says "Not this MPP" for the acronym, and speaks Spanish when asked', () => {
    show();
    expect(root.querySelector('[data-testid="not-this"]')?.textContent).toBe('Not this MPP');
    show({ lang: 'es', t: createTranslator('es') });
    expect(root.querySelector('[data-testid="popover-status"]')?.textContent).toMatch(
      /^Situación al 31 de enero de 2025: restablecida$/,
    );
    expect(root.querySelector('[data-testid="copy-key-facts"]')?.textContent).toBe(
      'Copiar datos clave',
    );
  });

  it('More lists every fact, the timeline, the cases and the confusables', () => {
    show({ expanded: true });
    const more = root.querySelector('[data-testid="popover-more"]')!;
    expect(more.querySelectorAll('[data-testid="fact"]').length).toBe(pack.facts.length);
    expect(more.querySelectorAll('.fm-timeline > li').length).toBe(pack.timeline.length);
    expect(more.textContent).toContain(pack.cases[0]!.name);
  });

  it('offers the text by hand when the clipboard refused', () => {
    show({ copy: { kind: 'failed', text: 'Fact. Source: DHS.' } });
    expect(root.querySelector('textarea')?.value).toBe('Fact. Source: DHS.');
    expect(root.querySelector('[data-testid="copy-status"]')?.textContent).toMatch(/blocked/);
  });
});
