import type { AddressInfo } from 'node:net';
import { onTestFinished } from 'vitest';
import { createWebServer, type WebServerOptions } from '../../server/web-server.ts';

export interface TestWebServer {
  origin: string;
  /** POST /api/<operation> with the session's token; the status and the parsed JSON answer. */
  call: (operation: string, input: unknown) => Promise<{ status: number; body: Record<string, unknown> }>;
}

/** Web mode's server on a free loopback port for the current test, closed when the test finishes. */
export async function startTestWebServer(options: WebServerOptions): Promise<TestWebServer> {
  const server = createWebServer(options);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  onTestFinished(() => new Promise<void>((resolve) => server.close(() => resolve())));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const headers = { 'Content-Type': 'application/json', 'X-Hoshin-Token': options.token };
  return {
    origin,
    call: async (operation, input) => {
      const response = await fetch(`${origin}/api/${operation}`, {
        method: 'POST',
        headers,
        body: JSON.stringify(input),
      });
      return { status: response.status, body: (await response.json()) as Record<string, unknown> };
    },
  };
}
