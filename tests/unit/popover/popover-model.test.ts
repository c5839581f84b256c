import { describe, expect, it } from 'vitest';
import { factById } from '../../../lib/facts/accessors';
import { pack } from '../../../lib/facts/pack';
import { buildPopoverModel, KEY_FACT_COUNT, keyFactList } from '../../../lib/popover/popover-model';

const mention = (sentence: string, nameId = 'remain-in-mexico', lang: 'en' | 'es' = 'en') => ({
  nameId,
  text: 'Remain in Mexico',
  sentence,
  lang,
});

describe('buildPopoverModel', () => {
  it('ranks facts for the sentence: due process for hearings, violence for kidnappings', () => {
    const court = buildPopoverModel(
      pack,
      mention(
        'Many asylum seekers under Remain in Mexico had no lawyer and missed court hearings.',
      ),
    );
    const violence = buildPopoverModel(
      pack,
      mention('People sent back under Remain in Mexico were kidnapped and assaulted.'),
    );
    expect(court.keyFacts[0]?.fact.category).toBe('due-process');
    expect(violence.keyFacts[0]?.fact.category).toBe('violence');
  });

  it('leads with between three and five facts, none twice, conflicting figures beside them', () => {
    const model = buildPopoverModel(
      pack,
      mention('Most Remain in Mexico cases ended in absentia removal orders, TRAC found.'),
    );
    expect(model.keyFacts.length).toBe(KEY_FACT_COUNT);
    const ids = keyFactList(model).map((fact) => fact.id);
    expect(new Set(ids).size).toBe(ids.length);
    // Where the pack records a disagreement, the other figure comes with the fact.
    for (const { fact, conflicts } of model.keyFacts) {
      for (const id of fact.conflictsWith ?? []) {
        const shownElsewhere = ids.indexOf(id) < ids.indexOf(fact.id);
        expect(shownElsewhere || conflicts.some((other) => other.id === id)).toBe(true);
      }
    }
    expect(ids).toContain('in-absentia-trac-2021');
  });

  it('names what the matched words refer to and states the status with its date', () => {
    const model = buildPopoverModel(pack, mention('MPP returned people to Mexico.', 'mpp'));
    expect(model.name?.label).toBe('MPP');
    expect(model.name?.meaning.en).toMatch(/Migrant Protection Protocols/);
    expect(model.status).toEqual({ state: pack.status.state, asOf: pack.status.asOf });
  });

  it('gives the state on the publication day, and nothing before the policy existed', () => {
    const during = buildPopoverModel(pack, mention('Remain in Mexico.'), '2021-03-15');
    expect(during.then?.state).toBe('suspended');
    expect(during.then?.afterStatusDate).toBe(false);
    const later = buildPopoverModel(pack, mention('Remain in Mexico.'), '2026-06-01');
    expect(later.then?.afterStatusDate).toBe(true);
    const before = buildPopoverModel(pack, mention('Remain in Mexico.'), '2015-01-01');
    expect(before.then).toBeUndefined();
    expect(buildPopoverModel(pack, mention('Remain in Mexico.')).then).toBeUndefined();
  });

  it('ranks Spanish sentences in Spanish', () => {
    const model = buildPopoverModel(
      pack,
      mention(
        'Bajo Quédate en México hubo secuestros y violencia contra solicitantes de asilo.',
        'quedate-en-mexico',
        'es',
      ),
    );
    expect(model.keyFacts[0]?.fact.category).toBe('violence');
    expect(factById(pack, model.keyFacts[0]!.fact.id)).toBeDefined();
  });
});
