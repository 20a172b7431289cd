// What a CLI command writes to: injected so tests capture it and the dispatcher owns the streams.
export interface CommandIo {
  stdout(s: string): void;
  stderr(s: string): void;
}
