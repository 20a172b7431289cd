// Argument parsing and stream wiring of the JSON Lines commands (`analyze --jsonl`, `stories`).
import * as fs from 'node:fs';
import type { Readable, Writable } from 'node:stream';
import { analyzeJsonl, type JsonlIo } from './analyzeJsonl';
import { DEFAULT_MAX_LINE_BYTES, LineWriter } from './jsonl';
import { storiesJsonl, type StoriesStep } from './storiesCommand';

export const STREAMING_USAGE = `usage: news-annotator analyze --jsonl [files…] [--features] [--max-size MB] [--quiet]
       news-annotator stories --jsonl [files…]
       news-annotator stories --stats | --map --stats F | --link | --components | --reduce --stats F [--capped F] | --finish [files…]

analyze --jsonl reads {"id","text","published"?} lines (files, or stdin when none or "-") and writes one
line per article as soon as it is analysed: the version 1 article plus its "id" ("published" in the line
wins over a date header). --features adds what stories needs. A bad line gives {"id"?,"line","error"}
and the run goes on. stories groups analysis lines (from --features) into one story per line; the
other flags run its map-reduce steps one by one (for a cluster). Progress goes to stderr.
Exit code: 0 ok, 1 when any line failed, 2 for a usage error.`;

export interface StreamingArgs {
  command: 'analyze' | 'stories';
  files: string[];
  features: boolean;
  step: StoriesStep;
  statsFile: string | null;
  cappedFile: string | null;
  maxLineBytes: number;
  progressMs: number;
}

/** Whether argv asks for a JSON Lines command (handled here, not by the batch `run`). */
export function isStreaming(argv: readonly string[]): boolean {
  return argv[0] === 'stories' || (argv[0] === 'analyze' && argv.includes('--jsonl'));
}

const STEPS: Record<string, StoriesStep> = { '--stats': 'stats', '--map': 'map', '--link': 'link', '--components': 'components', '--reduce': 'reduce', '--finish': 'finish' };

export function parseStreamingArgs(argv: readonly string[]): StreamingArgs | string {
  const args: StreamingArgs = {
    command: argv[0] === 'stories' ? 'stories' : 'analyze',
    files: [],
    features: false,
    step: 'all',
    statsFile: null,
    cappedFile: null,
    maxLineBytes: DEFAULT_MAX_LINE_BYTES,
    progressMs: 2000,
  };
  const steps: StoriesStep[] = [];
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--jsonl') continue;
    if (a === '--quiet') args.progressMs = 0;
    else if (a === '--features' && args.command === 'analyze') args.features = true;
    else if (a === '--max-size') {
      const mb = Number(argv[++i]);
      if (!(mb > 0)) return `--max-size takes a number of megabytes`;
      args.maxLineBytes = Math.round(mb * 1048576);
    } else if (args.command === 'stories' && a in STEPS) {
      // --stats FILE (with --map/--reduce) is the side input; bare --stats is the step
      if (a === '--stats' && (argv.includes('--map') || argv.includes('--reduce'))) {
        const f = argv[++i];
        if (!f || f.startsWith('--')) return '--stats takes a file (the output of stories --stats)';
        args.statsFile = f;
      } else steps.push(STEPS[a]);
    } else if (a === '--capped' && args.command === 'stories') {
      const f = argv[++i];
      if (!f || f.startsWith('--')) return '--capped takes a file (the output of stories --components)';
      args.cappedFile = f;
    } else if (a.startsWith('--')) return `unknown option ${a}`;
    else args.files.push(a);
  }
  if (steps.length > 1) return `one step at a time (${steps.map((s) => `--${s}`).join(', ')})`;
  if (steps.length) args.step = steps[0];
  if ((args.step === 'map' || args.step === 'reduce') && !args.statsFile) return `--${args.step} needs --stats FILE`;
  return args;
}

/** Runs a JSON Lines command on the given streams; resolves to the exit code. */
export async function runStreaming(
  argv: readonly string[],
  stdin: Readable,
  stdout: Writable,
  writeErr: (s: string) => void,
): Promise<number> {
  const args = parseStreamingArgs(argv);
  if (typeof args === 'string') {
    writeErr(`${args}\n${STREAMING_USAGE}\n`);
    return 2;
  }
  const names = args.files.length ? args.files : ['-'];
  const io: JsonlIo = {
    inputs: names.map((name) => ({ name, open: () => (name === '-' ? stdin : fs.createReadStream(name)) })),
    out: new LineWriter(stdout),
    err: writeErr,
  };
  try {
    const code =
      args.command === 'analyze'
        ? await analyzeJsonl(io, { features: args.features, maxLineBytes: args.maxLineBytes, progressMs: args.progressMs })
        : await storiesJsonl(io, { step: args.step, statsFile: args.statsFile, cappedFile: args.cappedFile, maxLineBytes: args.maxLineBytes, progressMs: args.progressMs });
    await io.out.end();
    return code;
  } catch (e) {
    // A closed output (OutputError), an unreadable side file, input not grouped by key: the run stops.
    writeErr(`error: ${(e as Error).message}\n`);
    return 1;
  }
}
