/**
 * `supervise` entry point: dispatches to one command per file under commands/, prints errors as one
 * line (stack only with --debug) and returns the exit code.
 */
import { parseArgs } from 'node:util';
import { COMMON_OPTIONS, type Command } from './command.ts';
import { errorLine, exitCodeOf, UsageError } from './errors.ts';
import { processIo, type Io } from './output.ts';
import { initCommand } from './commands/init.ts';
import { sqlCommand } from './commands/sql.ts';
import { generateCommand } from './commands/generate.ts';
import { importCommand } from './commands/import.ts';
import { analyzeCommand } from './commands/analyze.ts';
import { reportCommand } from './commands/report.ts';
import { serveCommand } from './commands/serve.ts';

/** Every command, in help order. */
export const COMMANDS: Command[] = [initCommand, generateCommand, importCommand, analyzeCommand, reportCommand, sqlCommand, serveCommand];

function help(): string {
  const lines = [
    '执法监督分析工作站 命令行 — Enforcement Supervision Workstation CLI',
    '',
    '用法 Usage: supervise <命令 command> [选项 options]',
    '',
    '命令 Commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(10)} ${c.summary}`),
    '',
    '通用选项 Common options: --json 机器可读输出 (JSON output) · --debug 显示堆栈 (show stack traces) · --help 帮助',
    '详细用法 Details: supervise <命令> --help',
  ];
  return lines.join('\n');
}

function commandHelp(c: Command): string {
  return `supervise ${c.name} ${c.usage}\n  ${c.summary}`;
}

/** Runs the CLI with `argv` (without node and script); returns the exit code. */
export async function main(argv: string[], io: Io = processIo): Promise<number> {
  const debug = argv.includes('--debug');
  try {
    const [name, ...rest] = argv;
    if (!name || name === '--help' || name === '-h' || name === 'help') {
      io.out(help());
      return 0;
    }
    if (name === '--version' || name === '-v') {
      io.out('0.1.0');
      return 0;
    }
    const command = COMMANDS.find((c) => c.name === name);
    if (!command) throw new UsageError(`未知命令 "${name}"（unknown command）。可用命令：${COMMANDS.map((c) => c.name).join('、')}`);
    let parsed;
    try {
      parsed = parseArgs({ args: rest, options: { ...COMMON_OPTIONS, ...command.options }, allowPositionals: true, strict: true });
    } catch (e) {
      throw new UsageError(`${errorLine(e)}\n用法 Usage: ${commandHelp(command)}`);
    }
    if (parsed.values.help) {
      io.out(commandHelp(command));
      return 0;
    }
    if (parsed.positionals.length && !command.positionals) {
      throw new UsageError(`多余的参数：${parsed.positionals.join(' ')}（unexpected argument）`);
    }
    return (await command.run(parsed.values as never, parsed.positionals, io)) ?? 0;
  } catch (e) {
    io.err(`错误 Error: ${errorLine(e)}`);
    if (debug && e instanceof Error) io.err(e.stack ?? '');
    return exitCodeOf(e);
  }
}
