/**
 * The per-run loopback address web mode listens on.
 *
 * Cookies are scoped by host, not by port: a `hoshin_token` cookie set by http://127.0.0.1:4800 is sent to every
 * other program listening on 127.0.0.1. A random address in 127.0.0.0/8 (all of which is loopback) gives this run
 * a host of its own, so the browser sends the cookie to nothing else. Where only 127.0.0.1 exists (macOS by
 * default), binding fails and web mode falls back to it with a warning.
 */
import { randomInt } from 'node:crypto';

export const FALLBACK_LOOPBACK = '127.0.0.1';

/** 127.x.y.z with random x, y, z, never 127.0.0.1 and never a .0 or .255 last byte. */
export function randomLoopbackAddress(random: (max: number) => number = randomInt): string {
  for (;;) {
    const x = random(256);
    const y = random(256);
    const z = 1 + random(254);
    if (x !== 0 || y !== 0 || z !== 1) return `127.${x}.${y}.${z}`;
  }
}
