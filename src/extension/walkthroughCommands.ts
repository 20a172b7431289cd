// Commands behind the "Get started with News Annotator" walkthrough's steps that no other feature
// has: open the bundled sample articles, show the Stories view, show the log.
import * as vscode from 'vscode';
import type { NewsLog } from './newsLog';

export const SAMPLES_DIR = 'media/samples';

export function registerWalkthroughCommands(extensionUri: vscode.Uri, log: NewsLog, storageUri?: vscode.Uri): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand('newsAnnotator.openSampleArticle', async () => {
      const shipped = vscode.Uri.joinPath(extensionUri, SAMPLES_DIR);
      const names = (await vscode.workspace.fs.readDirectory(shipped)).map(([n]) => n).filter((n) => n.endsWith('.news.txt')).sort();
      // Opened from a copy in the extension's storage: the reader may annotate (and edit) them there,
      // never inside the installed extension. A copy already made is kept with the reader's changes.
      const dir = storageUri ? vscode.Uri.joinPath(storageUri, 'samples') : shipped;
      if (storageUri) {
        await vscode.workspace.fs.createDirectory(dir);
        for (const name of names) {
          const to = vscode.Uri.joinPath(dir, name);
          const exists = await vscode.workspace.fs.stat(to).then(() => true, () => false);
          if (!exists) await vscode.workspace.fs.copy(vscode.Uri.joinPath(shipped, name), to);
        }
      }
      // Each opened sample joins the Stories view (open articles are part of the corpus).
      let first: vscode.TextEditor | undefined;
      for (const name of [...names].reverse()) {
        const doc = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(dir, name));
        first = await vscode.window.showTextDocument(doc, { preview: false, viewColumn: vscode.ViewColumn.One });
      }
      return first?.document.uri;
    }),
    vscode.commands.registerCommand('newsAnnotator.showStories', () => vscode.commands.executeCommand('newsAnnotator.stories.focus')),
    vscode.commands.registerCommand('newsAnnotator.showLog', () => log.show()),
  ];
}
