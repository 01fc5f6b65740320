import { describe, expect, it } from 'vitest';
import { randomLoopbackAddress } from '../../server/loopback.ts';
import { requestUrl } from '../../server/web-server.ts';

describe('per-run loopback address', () => {
  it('is a 127.x.y.z address other than 127.0.0.1, and differs between runs', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 200; i++) {
      const address = randomLoopbackAddress();
      const [a, x, y, z] = address.split('.').map(Number);
      expect(a).toBe(127);
      for (const byte of [x!, y!]) expect(byte >= 0 && byte <= 255).toBe(true);
      expect(z! >= 1 && z! <= 254).toBe(true);
      expect(address).not.toBe('127.0.0.1');
      seen.add(address);
    }
    expect(seen.size).toBeGreaterThan(190);
  });

  it('draws again rather than return 127.0.0.1', () => {
    const draws = [0, 0, 0, 0, 0, 5];
    expect(randomLoopbackAddress(() => draws.shift()!)).toBe('127.0.0.6');
  });
});

describe('request targets', () => {
  const origin = 'http://127.9.8.7:4800';
  it('accepts origin form and absolute form naming this origin', () => {
    expect(requestUrl('/api/getPlan?x=1', origin)?.pathname).toBe('/api/getPlan');
    expect(requestUrl('http://127.9.8.7:4800/index.html', origin)?.pathname).toBe('/index.html');
  });

  it('returns null, never throws, for what new URL() rejects or another origin', () => {
    for (const target of ['http://[', '//[::1', 'http://a:99999/', '//evil.example/', 'http://evil/', '*', 'x', '']) {
      expect(requestUrl(target, origin)).toBeNull();
    }
    expect(requestUrl('/\\evil.example/x', origin)).toBeNull();
  });
});
