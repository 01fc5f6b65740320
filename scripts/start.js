#!/usr/bin/env node
// `npm start`: the launcher itself is TypeScript (scripts/launch.ts) run through Node's type stripping.
import process from 'node:process';
import { requireTypeScriptNode } from '../bin/node-guard.js';

requireTypeScriptNode(
  (version) => `Hoshin Planner needs Node 22.12 or newer (Node 24 LTS recommended); this is Node ${version}.`,
);

const { launch } = await import('./launch.ts');
process.exitCode = await launch(process.argv.slice(2));
