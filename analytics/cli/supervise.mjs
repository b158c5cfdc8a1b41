#!/usr/bin/env -S node --max-semi-space-size=32
// The `supervise` command. Runs the TypeScript sources through tsx so that it works right after
// `npm ci`, with no build step.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('./main.ts');
process.exitCode = await main(process.argv.slice(2));
