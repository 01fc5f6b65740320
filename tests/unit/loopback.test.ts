import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { randomLoopbackAddress } from '../../server/loopback.ts';
import { listenOnLoopback } from '../../server/serve.ts';
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

describe('listening on the loopback address', () => {
  it('falls back to 127.0.0.1 with a warning where the chosen address cannot be bound', async () => {
    const server = http.createServer();
    const logged: string[] = [];
    // 192.0.2.1 (TEST-NET-1) is on no interface here, as 127.x.y.z is on none on macOS.
    const host = await listenOnLoopback(server, { port: 0, log: (t) => logged.push(t) }, () => '192.0.2.1');
    try {
      expect(host).toBe('127.0.0.1');
      expect((server.address() as AddressInfo).address).toBe('127.0.0.1');
      expect(logged.join('')).toMatch(
        /^Warning: this system cannot listen on 192\.0\.2\.1, so web mode uses 127\.0\.0\.1/,
      );
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });

  it('listens on the chosen per-run address when it can', async () => {
    const server = http.createServer();
    const logged: string[] = [];
    const host = await listenOnLoopback(server, { port: 0, log: (t) => logged.push(t) });
    try {
      expect(host).toMatch(/^127\./);
      expect(host).not.toBe('127.0.0.1');
      expect((server.address() as AddressInfo).address).toBe(host);
      expect(logged).toEqual([]);
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});
