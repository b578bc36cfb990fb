import { describe, expect, test } from 'vitest';
import { claimCanBind, claimSpecOf, parseQuantity } from '../volumeClaims';

const volume = (spec: Record<string, unknown>, labels?: Record<string, string>) => ({
  kind: 'PersistentVolume',
  metadata: { name: 'v', labels },
  spec,
});
const claim = (spec: Record<string, unknown>) =>
  claimSpecOf({ accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } }, ...spec });
const oneGig = { capacity: { storage: '1Gi' }, accessModes: ['ReadWriteOnce'] };

describe('quantities', () => {
  test.each([
    ['1Gi', 1073741824],
    ['100Mi', 104857600],
    ['1Ki', 1024],
    ['1k', 1000],
    ['500m', 0.5],
    ['2', 2],
    ['1e3', 1000],
  ])('%s = %d', (text, value) => expect(parseQuantity(text)).toBe(value));

  test('nonsense is no quantity', () => expect(parseQuantity('lots')).toBeUndefined());
});

describe('a claim binding a volume', () => {
  test('the empty class "" binds a volume that names no class', () => {
    expect(claimCanBind(claim({ storageClassName: '' }), volume(oneGig))).toBe(true);
  });

  test('the empty class does not bind a volume of a named class, nor the reverse', () => {
    expect(claimCanBind(claim({ storageClassName: '' }), volume({ ...oneGig, storageClassName: 'fast' }))).toBe(false);
    expect(claimCanBind(claim({ storageClassName: 'fast' }), volume(oneGig))).toBe(false);
    expect(claimCanBind(claim({ storageClassName: 'fast' }), volume({ ...oneGig, storageClassName: 'fast' }))).toBe(
      true,
    );
  });

  test('a claim without storageClassName is left to the default class: it binds no volume here', () => {
    expect(claimCanBind(claim({}), volume(oneGig))).toBe(false);
  });

  test('capacity must cover the request and every access mode must be offered', () => {
    expect(claimCanBind(claim({ storageClassName: '' }), volume({ ...oneGig, capacity: { storage: '1000Mi' } }))).toBe(
      false,
    );
    expect(
      claimCanBind(claim({ storageClassName: '', accessModes: ['ReadWriteOnce', 'ReadOnlyMany'] }), volume(oneGig)),
    ).toBe(false);
  });

  test("the claim's selector must match the volume's labels", () => {
    const selective = claim({ storageClassName: '', selector: { matchLabels: { disk: 'ssd' } } });
    expect(claimCanBind(selective, volume(oneGig, { disk: 'ssd' }))).toBe(true);
    expect(claimCanBind(selective, volume(oneGig, { disk: 'hdd' }))).toBe(false);
  });
});
