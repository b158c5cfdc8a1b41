#!/usr/bin/env node
// `npm start`: runs electron/start.ts through tsx (no build step needed).
import { register } from 'tsx/esm/api';

register();
const { start } = await import('./start.ts');
process.exitCode = await start(process.argv.slice(2));
