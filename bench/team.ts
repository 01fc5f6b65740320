/**
 * The team server under many people (issue 14): two `hoshin team serve` processes on one PostgreSQL (a private
 * cluster), one plan of 20,000 tactics, 100 signed-in users split between the two servers, each with the
 * plan's events stream open, and changes offered at a fixed rate in all for a fixed time. Reported: latency of a
 * change (request to answer) and of its arrival at the other users' streams (p50/p95/p99), changes answered
 * per second, errors, lost updates (an acknowledged title not in the plan afterwards), and each server's memory.
 * The naive baseline in the same run: the same change through one TeamService in this process, one at a time
 * with no HTTP and no second process (the floor a change costs in PostgreSQL).
 *
 * `--team-seconds N` (default 60) and `--team-rate N` (changes per second, default 200) shorten or lighten it.
 */
import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parsePlanJson } from '../core/plan-json.ts';
import { writePlanFile } from '../services/plan-files.ts';
import { TeamService } from '../services/team/team-service.ts';
import { startPostgres } from '../tests/helpers/postgres.ts';
import { startTeamServeProcess } from '../tests/helpers/team-serve.ts';
import { largePlan } from './large-plan.ts';
import { round } from './timing.ts';

const PASSWORD = 'bench password 1234';
const USERS = 100;

export interface TeamBench {
  benchmark: 'team';
  tactics: number;
  users: number;
  servers: number;
  seconds: number;
  offeredPerSecond: number;
  answeredPerSecond: number;
  changes: number;
  errors: number;
  lostUpdates: number;
  changeMs: { p50: number; p95: number; p99: number };
  arrivalMs: { p50: number; p95: number; p99: number; samples: number };
  baselineChangeMs: { p50: number; p95: number; p99: number };
  serverMemoryMiB: number[];
}

const arg = (name: string, fallback: number) => {
  const at = process.argv.indexOf(name);
  return at >= 0 ? Number(process.argv[at + 1]) : fallback;
};

function percentiles(values: number[]) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => round(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0);
  return { p50: at(0.5), p95: at(0.95), p99: at(0.99) };
}

function rssMiB(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  return round(Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024);
}

interface Client {
  url: string;
  cookie: string;
  csrf: string;
  id: string;
}

export async function runTeamBench(log: (line: string) => void = () => {}): Promise<TeamBench> {
  const seconds = arg('--team-seconds', 60);
  const rate = arg('--team-rate', 200);
  const cluster = await startPostgres();
  const servers: ChildProcess[] = [];
  const streams: AbortController[] = [];
  try {
    const database = await cluster.createDatabase();
    const team = await TeamService.connect(database);
    const dir = fs.mkdtempSync(path.join(fs.realpathSync(process.env.TMPDIR ?? '/tmp'), 'hoshin-team-bench-'));
    const file = path.join(dir, 'plan.hoshin');
    const doc = parsePlanJson(JSON.stringify(largePlan()));
    writePlanFile(file, doc);
    log('team bench: publishing the 20,000-tactic plan…\n');
    const { planId } = await team.push(file);
    await team.addUser({ email: 'baseline@example.com', password: PASSWORD, role: 'leader' });
    for (let u = 0; u < USERS; u++) {
      await team.addUser({
        email: `user${u}@example.com`,
        name: `User ${u}`,
        password: PASSWORD,
        role: 'leader',
        planId,
      });
    }

    // The baseline: the same change through the service in this process, one at a time.
    const leader = await team.member(
      (await team.signedIn((await team.login('baseline@example.com', PASSWORD)).token))!,
      planId,
    );
    const baseline: number[] = [];
    for (let i = 0; i < 200; i++) {
      const started = performance.now();
      await team.call(leader, planId, 'updateTactic', { id: `t${19_999 - i}`, title: `baseline ${i}` });
      baseline.push(performance.now() - started);
    }

    const uiDir = path.join(dir, 'ui');
    fs.mkdirSync(uiDir);
    fs.writeFileSync(path.join(uiDir, 'index.html'), '<!doctype html><html><head></head></html>');
    log('team bench: starting two servers and signing in 100 users…\n');
    const started = await Promise.all([startTeamServeProcess(database, uiDir), startTeamServeProcess(database, uiDir)]);
    servers.push(...started.map((s) => s.proc));
    const clients: Client[] = [];
    for (let u = 0; u < USERS; u++) {
      const url = started[u % 2]!.url;
      const res = await fetch(new URL('/auth/login', url), {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ email: `user${u}@example.com`, password: PASSWORD }),
      });
      const body = (await res.json()) as { csrf: string };
      clients.push({ url, cookie: res.headers.get('set-cookie')!.split(';')[0]!, csrf: body.csrf, id: `c${u}` });
    }

    // Every change touches its own tactic, so an event's tactic id says which change it was.
    const sentAt = new Map<string, number>();
    const arrivals: number[] = [];
    await Promise.all(
      clients.map(async (c) => {
        const abort = new AbortController();
        streams.push(abort);
        const res = await fetch(new URL(`/plans/${planId}/events?client=${c.id}`, c.url), {
          headers: { Cookie: c.cookie },
          signal: abort.signal,
        });
        const reader = res.body!.getReader();
        const decoder = new TextDecoder();
        let buffer = '';
        void (async () => {
          try {
            for (;;) {
              const { value, done } = await reader.read();
              if (done) return;
              buffer += decoder.decode(value, { stream: true });
              const events = buffer.split('\n\n');
              buffer = events.pop()!;
              const now = performance.now();
              for (const e of events) {
                const data = /^data: (.*)$/m.exec(e)?.[1];
                if (!data) continue;
                for (const id of (JSON.parse(data) as { touched: string[] }).touched) {
                  const sent = sentAt.get(id);
                  if (sent !== undefined) arrivals.push(now - sent);
                }
              }
            }
          } catch {
            // aborted at the end
          }
        })();
      }),
    );

    log(`team bench: ${rate} changes a second for ${seconds} s…\n`);
    const latencies: number[] = [];
    const expected = new Map<string, string>();
    let errors = 0;
    let sent = 0;
    const inFlight: Promise<void>[] = [];
    const t0 = performance.now();
    const total = Math.round(seconds * rate);
    while (sent < total) {
      const due = t0 + (sent * 1000) / rate;
      const wait = due - performance.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      const n = sent++;
      const client = clients[n % USERS]!;
      const id = `t${n % 19_000}`;
      const title = `bench ${n}`;
      const begun = performance.now();
      sentAt.set(id, begun);
      inFlight.push(
        fetch(new URL(`/plans/${planId}/api/updateTactic`, client.url), {
          method: 'POST',
          headers: {
            'Content-Type': 'application/json',
            Cookie: client.cookie,
            'X-CSRF-Token': client.csrf,
            'X-Hoshin-Client': client.id,
          },
          body: JSON.stringify({ id, title }),
        })
          .then(async (res) => {
            const body = (await res.json()) as { ok: boolean };
            latencies.push(performance.now() - begun);
            if (body.ok) expected.set(id, title);
            else errors++;
          })
          .catch(() => {
            errors++;
          }),
      );
    }
    await Promise.all(inFlight);
    const elapsed = (performance.now() - t0) / 1000;
    const memory = servers.map((p) => rssMiB(p.pid!));

    const plan = await team.call(leader, planId, 'getPlan', {});
    const titles = new Map(
      plan.ok ? (plan.value as { tactics: { id: string; title: string }[] }).tactics.map((t) => [t.id, t.title]) : [],
    );
    // A tactic changed twice ends with the later title; only the last acknowledged title of each must be there.
    const lost = [...expected].filter(([id, title]) => titles.get(id) !== title).length;
    await team.close();
    fs.rmSync(dir, { recursive: true, force: true });
    return {
      benchmark: 'team',
      tactics: doc.tactics.length,
      users: USERS,
      servers: 2,
      seconds: round(elapsed),
      offeredPerSecond: rate,
      answeredPerSecond: round(latencies.length / elapsed),
      changes: latencies.length,
      errors,
      lostUpdates: lost,
      changeMs: percentiles(latencies),
      arrivalMs: { ...percentiles(arrivals), samples: arrivals.length },
      baselineChangeMs: percentiles(baseline),
      serverMemoryMiB: memory,
    };
  } finally {
    for (const s of streams) s.abort();
    for (const p of servers) p.kill('SIGTERM');
    cluster.stop();
  }
}

export function printTeamBench(r: TeamBench): void {
  console.log('');
  console.log(
    `Team server: ${r.users} users on ${r.servers} servers, one plan of ${r.tactics} tactics, ${r.offeredPerSecond} changes/s offered for ${r.seconds} s`,
  );
  console.log(`measure                         p50 ms   p95 ms   p99 ms`);
  const line = (name: string, p: { p50: number; p95: number; p99: number }) =>
    console.log(
      `${name.padEnd(30)}${String(p.p50).padStart(8)}${String(p.p95).padStart(9)}${String(p.p99).padStart(9)}`,
    );
  line('change (request to answer)', r.changeMs);
  line(`arrival at others (${r.arrivalMs.samples})`, r.arrivalMs);
  line('baseline: one at a time, no HTTP', r.baselineChangeMs);
  console.log(
    `answered ${r.changes} changes (${r.answeredPerSecond}/s); errors ${r.errors}; lost updates ${r.lostUpdates}; server memory ${r.serverMemoryMiB.join(' and ')} MiB; p50 change ÷ baseline ${round(r.changeMs.p50 / Math.max(0.1, r.baselineChangeMs.p50))}×`,
  );
}
