import { describe, expect, test } from 'vitest';
import { describeSelector, isEmptySelector, labelSelectorOf, mapSelector, selectorMatches } from '../selectors';

describe('label selectors', () => {
  const labels = { app: 'web', tier: 'front' };

  test('a plain map (Service, ReplicationController) needs every label', () => {
    expect(selectorMatches(mapSelector({ app: 'web' }), labels)).toBe(true);
    expect(selectorMatches(mapSelector({ app: 'web', tier: 'back' }), labels)).toBe(false);
  });

  test('matchLabels and matchExpressions must all hold', () => {
    const selector = labelSelectorOf({
      matchLabels: { app: 'web' },
      matchExpressions: [{ key: 'tier', operator: 'In', values: ['front', 'edge'] }],
    });
    expect(selector && selectorMatches(selector, labels)).toBe(true);
    expect(selector && selectorMatches(selector, { app: 'web', tier: 'back' })).toBe(false);
  });

  test.each([
    ['In', ['front'], true],
    ['In', ['back'], false],
    ['NotIn', ['back'], true],
    ['NotIn', ['front'], false],
    ['Exists', undefined, true],
    ['DoesNotExist', undefined, false],
  ])('operator %s %j on tier=front -> %s', (operator, values, expected) => {
    const selector = labelSelectorOf({ matchExpressions: [{ key: 'tier', operator, values }] });
    expect(selector && selectorMatches(selector, labels)).toBe(expected);
  });

  test('NotIn and DoesNotExist hold for a missing label', () => {
    const selector = labelSelectorOf({
      matchExpressions: [
        { key: 'zone', operator: 'NotIn', values: ['a'] },
        { key: 'zone', operator: 'DoesNotExist' },
      ],
    });
    expect(selector && selectorMatches(selector, labels)).toBe(true);
  });

  test('an empty selector is recognised and printed like kubectl', () => {
    expect(isEmptySelector(mapSelector(undefined))).toBe(true);
    expect(isEmptySelector(mapSelector({ app: 'web' }))).toBe(false);
    const selector = labelSelectorOf({
      matchLabels: { app: 'web' },
      matchExpressions: [
        { key: 'tier', operator: 'NotIn', values: ['a', 'b'] },
        { key: 'zone', operator: 'Exists' },
      ],
    });
    expect(selector && describeSelector(selector)).toBe('app=web, tier notin (a, b), zone');
  });
});
