/**
 * `hoshin team serve`: connects to the team database (migrating it), builds the renderer when needed, listens
 * until stopped. Binding beyond loopback needs TLS (--tls-cert/--tls-key) or an explicit --behind-proxy, so a
 * password never crosses a network in the clear by accident.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { HoshinError } from '../../contract/errors.ts';
import { TeamService } from '../../services/team/team-service.ts';
import { ensureRendererBuilt } from '../renderer-build.ts';
import { untilStopped } from '../serve.ts';
import { createTeamServer } from './team-server.ts';

export interface TeamServeOptions {
  database: string;
  port: number;
  host: string;
  tlsCert?: string;
  tlsKey?: string;
  behindProxy?: boolean;
  /** A built UI to serve (out/renderer of a build); by default the renderer is built here when stale. */
  uiDir?: string;
  log: (text: string) => void;
}

export interface RunningTeamServer {
  url: string;
  team: TeamService;
  close(): Promise<void>;
}

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|::1|localhost)$/;

export async function startTeamServer(options: TeamServeOptions): Promise<RunningTeamServer> {
  if ((options.tlsCert === undefined) !== (options.tlsKey === undefined)) {
    throw new HoshinError('invalid_input', 'TLS needs both --tls-cert and --tls-key');
  }
  const tls =
    options.tlsCert && options.tlsKey
      ? { cert: readPem(options.tlsCert, '--tls-cert'), key: readPem(options.tlsKey, '--tls-key') }
      : undefined;
  if (!LOOPBACK.test(options.host) && !tls && options.behindProxy !== true) {
    throw new HoshinError(
      'invalid_input',
      `listening on ${options.host} would send passwords over the network unencrypted: give --tls-cert and --tls-key, or --behind-proxy when a TLS proxy is in front`,
    );
  }
  const team = await TeamService.connect(options.database);
  try {
    await team.listen();
    const rendererDir = options.uiDir ?? (await ensureRendererBuilt(options.log));
    if (!fs.existsSync(path.join(rendererDir, 'index.html'))) {
      throw new HoshinError('not_found', `${rendererDir} holds no built UI (index.html)`);
    }
    const server = createTeamServer({ team, rendererDir, tls, behindProxy: options.behindProxy, log: options.log });
    await new Promise<void>((resolve, reject) => {
      server.once('error', (err: NodeJS.ErrnoException) =>
        reject(
          new HoshinError(
            'io',
            err.code === 'EADDRINUSE'
              ? `port ${options.port} is already in use on ${options.host}: choose another with --port`
              : `cannot listen on ${options.host}:${options.port}: ${err.message}`,
          ),
        ),
      );
      server.listen(options.port, options.host, () => resolve());
    });
    const { port } = server.address() as AddressInfo;
    const host = options.host.includes(':') ? `[${options.host}]` : options.host;
    const url = `${tls ? 'https' : 'http'}://${host}:${port}/`;
    return {
      url,
      team,
      close: () =>
        new Promise<void>((resolve) => {
          server.closeAllConnections();
          server.close(() => void team.close().then(resolve));
        }),
    };
  } catch (err) {
    await team.close();
    throw err;
  }
}

function readPem(file: string, flag: string): Buffer {
  try {
    return fs.readFileSync(file);
  } catch {
    throw new HoshinError('not_found', `${flag} ${file}: no such file`);
  }
}

export async function serveTeam(options: TeamServeOptions & { announce: (text: string) => void }): Promise<void> {
  const running = await startTeamServer(options);
  options.announce(`${running.url}\n`);
  options.log('Serving team plans. Sign in at the URL printed with this message; press Ctrl+C to stop.\n');
  await untilStopped(running.close);
}
