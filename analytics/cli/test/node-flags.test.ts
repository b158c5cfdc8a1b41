import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ENGINE_NODE_FLAGS } from '../node-flags.ts';

const root = resolve(import.meta.dirname, '../../..');

describe('engine V8 flags', () => {
  it('the supervise shebang passes every engine flag', () => {
    const shebang = readFileSync(resolve(root, 'analytics/cli/supervise.mjs'), 'utf8').split('\n')[0];
    expect(shebang.startsWith('#!/usr/bin/env -S node ')).toBe(true);
    for (const f of ENGINE_NODE_FLAGS) expect(shebang.split(' ')).toContain(f);
  });

  it('npm start runs the engine with every flag', () => {
    const start: string = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')).scripts.start;
    for (const f of ENGINE_NODE_FLAGS) expect(start).toContain(`node ${f}`);
  });
});
