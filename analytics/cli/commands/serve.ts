/**
 * `supervise serve --workspace WS [--port P]`: browser mode (DESIGN §4). Serves the built UI and
 * the contract over HTTP on 127.0.0.1 only; the first stdout line is the address with the
 * per-launch token. Runs until Ctrl-C (SIGINT) or SIGTERM, then closes the workspace cleanly.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Command } from '../command.ts';
import { UsageError } from '../errors.ts';
import { optionalInt, requireString } from '../values.ts';
import { untilSignal } from '../../service/http/until-signal.ts';

/** serve command. */
export const serveCommand: Command = {
  name: 'serve',
  summary: '浏览器模式：在本机 127.0.0.1 提供界面与接口 — browser mode on 127.0.0.1',
  usage: '--workspace WS [--port P] [--renderer DIR]   （--port 0 自动选择空闲端口；--renderer 界面文件夹，默认 renderer/dist）',
  options: {
    workspace: { type: 'string', short: 'w' },
    port: { type: 'string', short: 'p' },
    renderer: { type: 'string' },
  },
  async run(values, _pos, io) {
    const path = resolve(requireString(values, 'workspace'));
    const port = optionalInt(values, 'port', 0, 65535) ?? 0;
    // `serve` refuses a missing workspace (DESIGN §4) rather than creating an empty one.
    if (!existsSync(path)) throw new UsageError(`工作区不存在：${path}（workspace not found; create it with "supervise init"）`);
    const { createWorkstationService } = await import('../../service/service.ts');
    const { startServer } = await import('../../service/http/server.ts');
    const service = createWorkstationService({ host: 'browser' });
    try {
      await service.openWorkspace(path);
      const server = await startServer({ service, port, rendererDir: typeof values.renderer === 'string' ? values.renderer : undefined });
      io.out(server.url);
      if (!values.json) io.err(`执法监督分析工作站（浏览器模式）已启动，工作区：${path}；按 Ctrl-C 停止`);
      await untilSignal();
      io.err('正在停止…');
      await server.close();
    } finally {
      await service.close();
    }
  },
};
