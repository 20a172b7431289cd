// The web-standard globals the core uses, present in Node, browsers and workers alike. Declared
// here because the core compiles without Node or DOM types (see tsconfig.json beside this file);
// the root project, which has those types, excludes this file.

interface TextDecoderOptions {
  fatal?: boolean;
}
declare class TextDecoder {
  constructor(label?: string, options?: TextDecoderOptions);
  decode(input?: ArrayBufferView | ArrayBuffer): string;
}
declare const performance: { now(): number };
