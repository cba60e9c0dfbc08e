import { describe, expect, it } from 'vitest';
import { movedHost } from '../../src/main/station-role';
import { hostOrigin, hostOriginFromTyped, parseSignInLink, screenPath } from '../../src/main/window-url';

describe('the addresses the shell opens', () => {
  it("opens each screen at its own path, a zone's display with its zone", () => {
    expect(screenPath('greeter', null)).toBe('/greeter');
    expect(screenPath('display', null)).toBe('/display');
    expect(screenPath('display', 3)).toBe('/display?zone=3');
    expect(screenPath('admin', null)).toBe('/admin');
    // The home page sends a counter's device to its own service point.
    expect(screenPath('counter', null)).toBe('/');
  });

  it("opens the host's own screens over loopback", () => {
    expect(hostOrigin(8080)).toBe('http://127.0.0.1:8080');
  });

  it.each([
    ['192.168.1.20', 'http://192.168.1.20:8080'],
    ['  192.168.1.20:9000 ', 'http://192.168.1.20:9000'],
    ['http://may-chu:8080/greeter', 'http://may-chu:8080'],
    ['http://192.168.1.20', 'http://192.168.1.20:8080'],
    ['http://192.168.1.20:80/', 'http://192.168.1.20'],
    ['https://luot.example', 'https://luot.example:8080'],
  ])('understands a typed host address: %s', (typed, origin) => {
    expect(hostOriginFromTyped(typed)).toBe(origin);
  });

  it.each(['', 'máy chủ', 'ftp://192.168.1.20', 'file:///etc/passwd', 'javascript:alert(1)'])(
    'refuses what is not a host address: %s',
    (typed) => {
      expect(hostOriginFromTyped(typed)).toBeNull();
    },
  );

  it("reads a device's sign-in link", () => {
    expect(parseSignInLink(' http://192.168.1.20:8080/signin#token=luot_abc ')).toEqual({
      origin: 'http://192.168.1.20:8080',
      token: 'luot_abc',
    });
    expect(parseSignInLink('http://192.168.1.20:8080/signin')).toBeNull();
    expect(parseSignInLink('http://192.168.1.20:8080/admin#token=luot_abc')).toBeNull();
    expect(parseSignInLink('luot_abc')).toBeNull();
  });
});

describe('a host that moved to another port', () => {
  it('is the one Lượt host answering discovery at the same address on another port', () => {
    const found = (...urls: string[]) => urls.map((url) => ({ url }));
    expect(movedHost('http://192.168.1.20:8080', found('http://192.168.1.20:8081'))).toBe('http://192.168.1.20:8081');
    expect(movedHost('http://192.168.1.20:8080', found('http://192.168.1.20:8080'))).toBeNull();
    expect(movedHost('http://192.168.1.20:8080', found('http://192.168.1.30:8081'))).toBeNull();
    // Two hosts on one PC (a developer's): no guessing.
    expect(
      movedHost('http://192.168.1.20:8080', found('http://192.168.1.20:8081', 'http://192.168.1.20:8082')),
    ).toBeNull();
  });
});
