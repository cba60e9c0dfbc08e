import { describe, expect, it } from 'vitest';
import { isSameOrigin, portFromEnv, windowUrl } from '../../src/main/window-url';

describe('desktop shell helpers', () => {
  it('reads LUOT_PORT only when it is a valid port', () => {
    expect(portFromEnv('9090')).toBe(9090);
    expect(portFromEnv(undefined)).toBe(8080);
    expect(portFromEnv('99999')).toBe(8080);
    expect(portFromEnv('abc')).toBe(8080);
  });

  it("opens the host's window on loopback, keeping the one-time sign-in link's token", () => {
    expect(windowUrl(8080, null)).toBe('http://127.0.0.1:8080/');
    expect(windowUrl(8080, 'http://192.168.1.20:8080/signin#token=luot_abc')).toBe(
      'http://127.0.0.1:8080/signin#token=luot_abc',
    );
  });

  it('allows navigation only within the app origin', () => {
    expect(isSameOrigin('http://127.0.0.1:8080/counter/3', 'http://127.0.0.1:8080/')).toBe(true);
    expect(isSameOrigin('https://example.com/', 'http://127.0.0.1:8080/')).toBe(false);
    expect(isSameOrigin('not a url', 'http://127.0.0.1:8080/')).toBe(false);
  });
});
