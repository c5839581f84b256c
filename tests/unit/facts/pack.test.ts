import { describe, expect, it } from 'vitest';
import packJson from '../../../lib/facts/remain-in-mexico.json';
import { formatIssue, validatePack } from '../../../lib/facts/validate';

describe('the shipped fact pack', () => {
  it('passes every validation rule on its review date', () => {
    const result = validatePack(packJson, { today: new Date('2026-11-28T12:00:00Z') });
    expect(result.ok ? [] : result.issues.map(formatIssue)).toEqual([]);
  });
});
