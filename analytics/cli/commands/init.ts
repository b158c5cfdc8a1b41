/**
 * `supervise init --workspace WS`: create a workspace, or migrate an existing one.
 */
import { existsSync } from 'node:fs';
import type { Command } from '../command.ts';
import { requireString } from '../values.ts';
import { openWorkspace } from '../../workspace/open.ts';

/** init command. */
export const initCommand: Command = {
  name: 'init',
  summary: '创建或升级工作区 — create (or migrate) a workspace',
  usage: '--workspace WS [--json]',
  options: { workspace: { type: 'string', short: 'w' } },
  async run(values, _pos, io) {
    const path = requireString(values, 'workspace');
    const existed = existsSync(path);
    const ws = await openWorkspace(path, { create: true });
    ws.close();
    const result = { workspace: ws.path, created: !existed, schema_version: ws.version };
    if (values.json) io.out(JSON.stringify(result));
    else io.out(`${existed ? '已打开并检查' : '已创建'}工作区 ${ws.path}（架构版本 ${ws.version}）`);
  },
};
