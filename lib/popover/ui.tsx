/**
 * The popover's UI bundle (see `ui-api.ts`): renders `PopoverView` into the host's shadow root,
 * loads the pack, builds the model for the shown mention and copies facts with their citations.
 */
import { signal } from '@preact/signals';
import { render } from 'preact';
import popoverCss from '@/components/popover/popover.css?inline';
import type { CopyStatus } from '@/components/popover/Popover';
import { citeFact, citeFacts } from '../citation';
import { copyRich } from '../clipboard';
import type { Fact } from '../facts/types';
import { createTranslator } from '../i18n';
import { buildPopoverModel } from './popover-model';
import { PopoverView, type OpenPopover } from './popover-view';
import type { PopoverUiModule } from './ui-api';

export const popoverUi: PopoverUiModule = {
  mount(host, initialLook, callbacks) {
    host.addStyles(popoverCss);
    const open = signal<OpenPopover | null>(null);
    const expanded = signal(false);
    const copy = signal<CopyStatus>({ kind: 'idle' });
    const look = signal(initialLook);
    let shown = 0;

    const copyFacts = async (facts: Fact[]) => {
      const state = open.value;
      if (!state?.pack) return;
      const format = look.value.citationFormat;
      const payload =
        facts.length === 1
          ? citeFact(state.pack, facts[0]!, format, state.lang)
          : citeFacts(state.pack, facts, format, state.lang);
      const outcome = await copyRich(payload, {
        doc: host.host.ownerDocument,
        container: host.container,
      });
      copy.value =
        outcome === 'failed' ? { kind: 'failed', text: payload.text } : { kind: 'copied' };
    };

    render(
      <PopoverView
        open={open}
        expanded={expanded}
        copy={copy}
        look={look}
        onCopy={(facts) => void copyFacts(facts)}
        onToggleMore={() => (expanded.value = !expanded.value)}
        onNotThis={callbacks.onNotThis}
        onClose={callbacks.onClose}
      />,
      host.container,
    );

    return {
      show(request) {
        const id = ++shown;
        const base: OpenPopover = {
          range: request.range,
          matched: request.matched,
          lang: request.lang,
          t: createTranslator(request.lang),
          point: request.point,
          focus: request.focus,
        };
        expanded.value = false;
        copy.value = { kind: 'idle' };
        open.value = base;
        callbacks.loadPack().then(
          (pack) => {
            if (id !== shown) return;
            const model = buildPopoverModel(
              pack,
              {
                nameId: request.nameId,
                text: request.matched,
                sentence: request.sentence,
                lang: request.lang,
              },
              request.published,
            );
            open.value = { ...base, pack, model };
          },
          () => {
            if (id === shown) open.value = { ...base, failed: true };
          },
        );
      },
      hide() {
        shown++;
        open.value = null;
      },
      setLook(next) {
        look.value = next;
      },
      unmount() {
        shown++;
        render(null, host.container);
      },
    };
  },
};
