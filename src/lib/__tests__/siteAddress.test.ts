import { describe, expect, test } from 'vitest';
import { siteAddress } from '../siteAddress';

describe('siteAddress', () => {
  test('defaults serve a local build at the root', () => {
    expect(siteAddress({})).toEqual({ url: 'http://localhost:3000', baseUrl: '/' });
    expect(siteAddress({ SITE_URL: '', BASE_URL: ' ' })).toEqual({ url: 'http://localhost:3000', baseUrl: '/' });
  });

  test('takes SITE_URL and BASE_URL from the environment', () => {
    expect(siteAddress({ SITE_URL: 'https://notes.example.org', BASE_URL: '/kia/' })).toEqual({
      url: 'https://notes.example.org',
      baseUrl: '/kia/',
    });
    expect(siteAddress({ SITE_URL: 'https://notes.example.org/' }).url).toBe('https://notes.example.org');
    expect(siteAddress({ SITE_URL: 'http://127.0.0.1:8080' }).url).toBe('http://127.0.0.1:8080');
  });

  test('a BASE_URL without both slashes names the variable and the rule', () => {
    expect(() => siteAddress({ BASE_URL: 'kia/' })).toThrow('BASE_URL="kia/" must start and end with "/"');
    expect(() => siteAddress({ BASE_URL: '/kia' })).toThrow('BASE_URL="/kia" must start and end with "/"');
    expect(() => siteAddress({ BASE_URL: '//' })).toThrow('must start and end with "/"');
    expect(() => siteAddress({ BASE_URL: '/a b/' })).toThrow('BASE_URL="/a b/" may hold only');
  });

  test('a SITE_URL that is not scheme and host says what to do', () => {
    expect(() => siteAddress({ SITE_URL: 'notes.example.org' })).toThrow('SITE_URL="notes.example.org" is not a URL');
    expect(() => siteAddress({ SITE_URL: 'ftp://notes.example.org' })).toThrow('must start with https://');
    expect(() => siteAddress({ SITE_URL: 'https://notes.example.org/kia' })).toThrow(
      'put the path in BASE_URL, e.g. BASE_URL=/kia/',
    );
    expect(() => siteAddress({ SITE_URL: 'https://notes.example.org?x=1' })).toThrow('scheme and host only');
  });
});
