#!/usr/bin/env node
// The `hoshin` command. Plain JavaScript so it can refuse an old Node with a clear message before any
// TypeScript is loaded; the CLI itself is TypeScript run through Node's built-in type stripping.
import process from 'node:process';
import { requireTypeScriptNode } from './node-guard.js';

requireTypeScriptNode(
  (version) =>
    `hoshin: Node ${version} is too old. Hoshin Planner needs Node 22.12 or newer (Node 24 LTS recommended).`,
);

const { main } = await import('../cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
