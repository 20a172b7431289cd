// What a CLI command writes to: injected so tests capture it and the dispatcher owns the streams.
export interface CommandIo {
  stdout(s: string): void;
  stderr(s: string): void;
}

/**
 * For a parser's string result (the usage, asked for with --help, or an error followed by it):
 * prints it where it belongs and returns the exit code (0 for help, 2 for a usage error).
 */
export function printUsage(message: string, usage: string, io: CommandIo): number {
  if (message === usage) {
    io.stdout(`${usage}\n`);
    return 0;
  }
  io.stderr(`${message}\n${usage}\n`);
  return 2;
}
