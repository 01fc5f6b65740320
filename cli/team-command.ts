/**
 * `hoshin team …` (a public contract: see README "Team plans on PostgreSQL"):
 *   team init --database <url> --admin <email>         schema and the first admin (password from stdin, or printed once)
 *   team serve --database <url> [--port N] [--host 127.0.0.1] [--tls-cert F --tls-key F | --behind-proxy] [--ui-dir D]
 *   team push <plan.hoshin> --database <url>           publish a file as a team plan (prints its plan id)
 *   team pull <planId> --database <url> --out <file.hoshin> [--force]
 *   team user add --database <url> --email <e> --role admin|leader|department_head|viewer [--plan <planId>]
 *                 [--department <id|name>]… [--name "…"]   (password from stdin)
 *   team user list --database <url> [--json]
 *   team user remove --database <url> --email <e>
 *   team log <planId> --database <url> [--json]
 */
import type { TeamService } from '../services/team/team-service.ts';
import { parseOptions } from './parse-options.ts';

export interface TeamIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  readStdin: () => string;
}

const team = () => import('../services/team/team-service.ts');

export async function teamCommand(args: string[], io: TeamIo, usage: (message: string) => Error): Promise<number> {
  const [sub, ...rest] = args;
  const database = (values: Record<string, unknown>): string => {
    if (typeof values.database !== 'string') throw usage(`team ${sub} needs --database <postgresql://…>`);
    return values.database;
  };
  switch (sub) {
    case 'init': {
      const { values } = parseOptions(rest, { database: { type: 'string' }, admin: { type: 'string' } }, usage);
      if (typeof values.admin !== 'string') throw usage('team init needs --admin <email>');
      const given = readPassword(io);
      const { randomPassword } = await import('../services/team/passwords.ts');
      const password = given ?? randomPassword();
      const service = await (await team()).TeamService.connect(database(values));
      try {
        await service.addUser({ email: values.admin, password, role: 'admin' });
      } finally {
        await service.close();
      }
      io.stderr(`Created the team database schema and the admin ${values.admin.trim().toLowerCase()}.\n`);
      if (!given) io.stdout(`Password (shown once, store it now): ${password}\n`);
      return 0;
    }
    case 'serve': {
      const { values } = parseOptions(
        rest,
        {
          database: { type: 'string' },
          port: { type: 'string' },
          host: { type: 'string' },
          'tls-cert': { type: 'string' },
          'tls-key': { type: 'string' },
          'behind-proxy': { type: 'boolean' },
          'ui-dir': { type: 'string' },
        },
        usage,
      );
      const port = values.port === undefined ? 4900 : Number(values.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) {
        throw usage(`--port must be a whole number from 0 to 65535, not "${String(values.port)}"`);
      }
      const { serveTeam } = await import('../server/team/serve-team.ts');
      await serveTeam({
        database: database(values),
        port,
        host: values.host ?? '127.0.0.1',
        tlsCert: values['tls-cert'],
        tlsKey: values['tls-key'],
        behindProxy: values['behind-proxy'] === true,
        uiDir: values['ui-dir'],
        log: io.stderr,
        announce: io.stdout,
      });
      return 0;
    }
    case 'push': {
      const { values, positionals } = parseOptions(rest, { database: { type: 'string' } }, usage);
      if (positionals.length !== 1) throw usage('expected team push <plan.hoshin> --database <url>');
      return withService(database(values), async (s) => {
        const pushed = await s.push(positionals[0]!);
        io.stdout(`${pushed.planId}\n`);
        io.stderr(`Published “${pushed.title}” as team plan ${pushed.planId}.\n`);
        return 0;
      });
    }
    case 'pull': {
      const { values, positionals } = parseOptions(
        rest,
        { database: { type: 'string' }, out: { type: 'string' }, force: { type: 'boolean' } },
        usage,
      );
      if (positionals.length !== 1) throw usage('expected team pull <planId> --database <url> --out <file.hoshin>');
      if (typeof values.out !== 'string') throw usage('team pull needs --out <file.hoshin>');
      const out = values.out;
      return withService(database(values), async (s) => {
        await s.pull(positionals[0]!, out, values.force === true);
        io.stderr(`Wrote team plan ${positionals[0]} to ${out}\n`);
        return 0;
      });
    }
    case 'user':
      return userCommand(rest, io, usage);
    case 'log': {
      const { values, positionals } = parseOptions(
        rest,
        { database: { type: 'string' }, json: { type: 'boolean' } },
        usage,
      );
      if (positionals.length !== 1) throw usage('expected team log <planId> --database <url>');
      return withService(database(values), async (s) => {
        const changes = await s.changes(positionals[0]!);
        if (values.json === true) io.stdout(`${JSON.stringify({ changes }, null, 2)}\n`);
        else
          for (const c of changes)
            io.stdout(`${c.at}  ${c.by}  ${c.operation}  ${c.itemId ?? ''}${c.after ? '' : ' (removed)'}\n`);
        return 0;
      });
    }
    default:
      throw usage(
        sub === undefined
          ? 'team needs a command: init, serve, push, pull, user or log'
          : `unknown team command "${sub}" (init, serve, push, pull, user, log)`,
      );
  }
}

async function userCommand(args: string[], io: TeamIo, usage: (message: string) => Error): Promise<number> {
  const [sub, ...rest] = args;
  const { values } = parseOptions(
    rest,
    {
      database: { type: 'string' },
      email: { type: 'string' },
      role: { type: 'string' },
      plan: { type: 'string' },
      department: { type: 'string', multiple: true },
      name: { type: 'string' },
      json: { type: 'boolean' },
    },
    usage,
  );
  if (typeof values.database !== 'string') throw usage(`team user ${sub ?? ''} needs --database <postgresql://…>`);
  const url = values.database;
  switch (sub) {
    case 'add': {
      if (typeof values.email !== 'string') throw usage('team user add needs --email <email>');
      if (typeof values.role !== 'string')
        throw usage('team user add needs --role admin|leader|department_head|viewer');
      const password = readPassword(io);
      if (!password) throw usage('team user add reads the password from stdin: echo "…" | hoshin team user add …');
      const role = values.role;
      return withService(url, async (s) => {
        const user = await s.addUser({
          email: values.email!,
          name: values.name,
          password,
          role: role as 'viewer',
          planId: values.plan,
          departments: values.department,
        });
        io.stderr(`Added ${user.email} as ${role.replace('_', ' ')}${values.plan ? ` of ${values.plan}` : ''}.\n`);
        return 0;
      });
    }
    case 'list':
      return withService(url, async (s) => {
        const users = (await s.users()).map((u) => ({ email: u.email, name: u.name, roles: u.roles }));
        if (values.json === true) io.stdout(`${JSON.stringify({ users }, null, 2)}\n`);
        else
          for (const u of users) {
            const roles = u.roles.map(
              (r) => `${r.role.replace('_', ' ')} of ${r.planId === '*' ? 'every plan' : r.planId}`,
            );
            io.stdout(`${u.email}  ${u.name}  ${roles.join('; ') || 'no role'}\n`);
          }
        return 0;
      });
    case 'remove':
      if (typeof values.email !== 'string') throw usage('team user remove needs --email <email>');
      return withService(url, async (s) => {
        await s.removeUser(values.email!);
        io.stderr(`Removed ${values.email!.trim().toLowerCase()}.\n`);
        return 0;
      });
    default:
      throw usage('team user needs add, list or remove');
  }
}

/** A password piped on stdin (its first line); null when stdin is a terminal or empty. */
function readPassword(io: TeamIo): string | null {
  if (process.stdin.isTTY) return null;
  const text = io.readStdin().split(/\r?\n/)[0]?.trim() ?? '';
  return text === '' ? null : text;
}

async function withService<T>(url: string, fn: (s: TeamService) => Promise<T>): Promise<T> {
  const service = await (await team()).TeamService.connect(url);
  try {
    return await fn(service);
  } finally {
    await service.close();
  }
}
