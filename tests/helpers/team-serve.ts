/**
 * A real `hoshin team serve` process on a database, serving a stub UI folder (no renderer build), started on a
 * free port; resolves with the process and the URL it printed. Used by the kill -9 test and the team benchmark.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const bin = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../bin/hoshin.js');

export function startTeamServeProcess(database: string, uiDir: string): Promise<{ proc: ChildProcess; url: string }> {
  return new Promise((resolve, reject) => {
    const proc = spawn(
      process.execPath,
      [bin, 'team', 'serve', '--database', database, '--port', '0', '--ui-dir', uiDir],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let stderr = '';
    proc.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
    proc.stdout!.on('data', (d: Buffer) => {
      const url = /^(http:\/\/\S+)$/m.exec(d.toString())?.[1];
      if (url) resolve({ proc, url });
    });
    proc.on('close', (code) => reject(new Error(`team serve ended (${code}): ${stderr}`)));
  });
}
