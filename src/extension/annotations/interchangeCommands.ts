// News: Export Annotations… / Import Annotations…: the same code as the CLI's export and import,
// run as a child process of the bundled CLI so that the extension host stays responsive, with its
// progress shown in the window and cancellable.
import { spawn } from 'node:child_process';
import * as path from 'node:path';
import * as vscode from 'vscode';

export interface InterchangeDeps {
  extensionPath: string;
  /** Workspace news articles (file URIs) to export. */
  articles(): string[];
  /** After an import: annotations changed on disk. */
  afterImport(): Promise<void>;
  log(msg: string): void;
}

const FORMATS = [
  { id: 'w3c', label: 'W3C Web Annotation (JSON-LD)', detail: 'annotations.jsonld — one AnnotationCollection' },
  { id: 'brat', label: 'brat standoff', detail: '<article>.txt + .ann, annotation.conf' },
  { id: 'doccano', label: 'doccano / Label Studio JSONL', detail: 'annotations.jsonl' },
  { id: 'conll', label: 'CoNLL-2003 (IOB2 entity tags)', detail: 'annotations.conll' },
];

/** Runs `news-annotator <args>` with progress from its "N/T" stderr lines; resolves its exit code and output. */
function runCli(
  deps: InterchangeDeps,
  title: string,
  args: string[],
): Thenable<{ code: number; stdout: string; stderr: string } | undefined> {
  return vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title, cancellable: true }, (progress, token) => {
    return new Promise((resolve) => {
      const cli = path.join(deps.extensionPath, 'dist', 'cli.js');
      // The extension host's own runtime runs the CLI (Electron as Node where VS Code is desktop).
      const child = spawn(process.execPath, [cli, ...args], {
        env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' },
        cwd: args[args.indexOf('--workspace') + 1],
      });
      let stdout = '';
      let stderr = '';
      let last = 0;
      child.stdout.on('data', (b: Buffer) => (stdout += b.toString()));
      child.stderr.on('data', (b: Buffer) => {
        const s = b.toString();
        stderr += s;
        for (const m of s.matchAll(/(\d+)\/(\d+) articles/g)) {
          const pct = (100 * Number(m[1])) / Number(m[2]);
          progress.report({ message: `${m[1]} / ${m[2]}`, increment: pct - last });
          last = pct;
        }
      });
      token.onCancellationRequested(() => child.kill());
      child.on('error', (e) => resolve({ code: 2, stdout, stderr: stderr + e.message }));
      child.on('close', (code) => resolve(token.isCancellationRequested ? undefined : { code: code ?? 1, stdout, stderr }));
    });
  });
}

function workspaceFolder(): string | undefined {
  const f = vscode.workspace.workspaceFolders?.find((w) => w.uri.scheme === 'file');
  if (!f) void vscode.window.showWarningMessage(vscode.l10n.t('News Annotator: open a folder on disk to export or import annotations.'));
  return f?.uri.fsPath;
}

export function registerInterchangeCommands(deps: InterchangeDeps): vscode.Disposable[] {
  return [
    /** Arguments (tests): format id(s), layers ("user,auto"), output folder path. */
    vscode.commands.registerCommand('newsAnnotator.exportAnnotations', async (formatArg?: string, layersArg?: string, outArg?: string) => {
      const ws = workspaceFolder();
      if (!ws) return;
      const format =
        formatArg ??
        (
          await vscode.window.showQuickPick(
            FORMATS.map((f) => ({ ...f, picked: false })),
            { placeHolder: vscode.l10n.t('Export format') },
          )
        )?.id;
      if (!format) return;
      const layers =
        layersArg ??
        (
          await vscode.window.showQuickPick(
            [
              { label: vscode.l10n.t('Your annotations and the automatic ones'), id: 'user,auto' },
              { label: vscode.l10n.t('Your annotations only'), id: 'user' },
              { label: vscode.l10n.t('Automatic annotations only (with your corrections)'), id: 'auto' },
            ],
            { placeHolder: vscode.l10n.t('Layers') },
          )
        )?.id;
      if (!layers) return;
      const out =
        outArg ??
        (
          await vscode.window.showOpenDialog({ canSelectFolders: true, canSelectFiles: false, openLabel: vscode.l10n.t('Export here') })
        )?.[0]?.fsPath;
      if (!out) return;
      const files = deps
        .articles()
        .map((id) => vscode.Uri.parse(id))
        .filter((u) => u.scheme === 'file')
        .map((u) => u.fsPath);
      if (!files.length) return void vscode.window.showInformationMessage(vscode.l10n.t('News Annotator: no news articles to export yet.'));
      const r = await runCli(deps, vscode.l10n.t('Exporting annotations ({0})', format), [
        'export',
        ...files,
        '--format',
        format,
        '--layers',
        layers,
        '--workspace',
        ws,
        '--out',
        out,
      ]);
      if (!r) return;
      deps.log(`export ${format} → ${out}: exit ${r.code}\n${r.stderr}`);
      if (r.code === 0)
        void vscode.window.showInformationMessage(vscode.l10n.t('News Annotator: exported {0} articles to {1}.', files.length, out));
      else void vscode.window.showWarningMessage(vscode.l10n.t('News Annotator: export finished with problems — {0}', lastLines(r.stderr)));
      return r;
    }),
    /** Arguments (tests): file paths, format. */
    vscode.commands.registerCommand('newsAnnotator.importAnnotations', async (filesArg?: string[], formatArg?: string) => {
      const ws = workspaceFolder();
      if (!ws) return;
      if (!vscode.workspace.isTrusted)
        return void vscode.window.showWarningMessage(
          vscode.l10n.t('News Annotator: importing writes annotation stores; trust this workspace first.'),
        );
      const files =
        filesArg ??
        (
          await vscode.window.showOpenDialog({
            canSelectMany: true,
            openLabel: vscode.l10n.t('Import'),
            filters: { [vscode.l10n.t('Annotations')]: ['ann', 'jsonl', 'jsonld', 'json'] },
          })
        )?.map((u) => u.fsPath);
      if (!files?.length) return;
      const guess = files.every((f) => f.endsWith('.ann'))
        ? 'brat'
        : files.every((f) => f.endsWith('.jsonl'))
          ? 'doccano'
          : files.every((f) => /\.jsonld?$/.test(f))
            ? 'w3c'
            : undefined;
      const format =
        formatArg ??
        guess ??
        (await vscode.window.showQuickPick(['brat', 'doccano', 'w3c'], { placeHolder: vscode.l10n.t('Format of the files') }));
      if (!format) return;
      const r = await runCli(deps, vscode.l10n.t('Importing annotations ({0})', format), [
        'import',
        ...files,
        '--format',
        format,
        '--workspace',
        ws,
      ]);
      if (!r) return;
      deps.log(`import ${format}: exit ${r.code}\n${r.stdout}${r.stderr}`);
      await deps.afterImport();
      const summary = lastLines(`${r.stdout}\n${r.stderr}`);
      if (r.code === 0) void vscode.window.showInformationMessage(vscode.l10n.t('News Annotator: import done. {0}', summary));
      else void vscode.window.showWarningMessage(vscode.l10n.t('News Annotator: import finished with problems — {0}', summary));
      return r;
    }),
  ];
}

function lastLines(s: string): string {
  return s.trim().split('\n').slice(-3).join(' ');
}
