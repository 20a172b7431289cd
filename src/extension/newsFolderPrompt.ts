// "Your own folder recognised": when the workspace holds plain-text files the extension does not
// treat as news yet and a sample of them looks like news, offer once to associate their folder.
// The decision is the core's (looksLikeNews); this module lists, samples, asks and remembers.
import * as vscode from 'vscode';
import { decodeArticle } from '../core/text/decode';
import { commonFolder, HEAD_CHARS, sampleLooksLikeNews, spreadSample } from '../core/workspace/looksLikeNews';
import { toPosixPath } from '../core/workspace/associationGlobs';
import { associateFolder, findNewsFiles, SCAN_EXCLUDE } from './newsFiles';

export const PROMPT_STATE_KEY = 'newsAnnotator.folderPrompt';
/** Files looked at: a few are enough, and reading them must stay cheap in a large workspace. */
const SAMPLE = 12;
const LIST_MAX = 5000;

export type PromptChoice = 'yes' | 'notNow' | 'never';
export type PromptOutcome = PromptChoice | 'notNews' | 'none' | 'alreadyAsked' | 'untrusted';

export interface Offer {
  message: string;
  folder: vscode.Uri;
  count: number;
}

export class NewsFolderPrompt {
  /** Every offer made (tests check there is never more than one). */
  readonly offers: Offer[] = [];
  private askedThisSession = false;
  private answer: ((c: PromptChoice | undefined) => void) | undefined;

  constructor(
    private readonly state: vscode.Memento,
    private readonly onAssociated: () => Promise<void>,
    private readonly log: (line: string) => void,
  ) {}

  /** Answers the open offer as if a button was clicked (the tests' way to click it). */
  choose(choice: PromptChoice): void {
    this.answer?.(choice);
  }

  async check(): Promise<PromptOutcome> {
    // One offer per workspace, ever: whatever the answer (or none), it is remembered before it is
    // given. "Not now" and "Never" differ only in what the log and workspaceState say.
    if (this.askedThisSession || this.state.get<string>(PROMPT_STATE_KEY)) return 'alreadyAsked';
    if (!vscode.workspace.isTrusted) return 'untrusted';
    const known = new Set((await findNewsFiles(LIST_MAX)).map((u) => u.toString()));
    const candidates = (await vscode.workspace.findFiles('**/*.txt', SCAN_EXCLUDE, LIST_MAX)).filter((u) => !known.has(u.toString()));
    if (!candidates.length) return 'none';
    candidates.sort((a, b) => a.toString().localeCompare(b.toString()));
    const heads = await Promise.all(spreadSample(candidates, SAMPLE).map(readHead));
    const sample = heads.filter((h): h is { uri: vscode.Uri; text: string } => !!h);
    if (!sampleLooksLikeNews(sample.map((h) => h.text))) {
      this.log(`folder check: ${candidates.length} other .txt files, a sample of ${sample.length} does not look like news`);
      return 'notNews';
    }
    const folderPath = commonFolder(sample.map((h) => toPosixPath(h.uri.path)));
    const folder = sample[0].uri.with({ path: folderPath });
    const inFolder = candidates.filter((u) => u.path.startsWith(`${folderPath === '/' ? '' : folderPath}/`)).length;
    return this.offer({ folder, count: inFolder, message: vscode.l10n.t('Annotate these {0} articles as news? ({1})', inFolder, vscode.workspace.asRelativePath(folder, (vscode.workspace.workspaceFolders?.length ?? 0) > 1) || folder.fsPath) });
  }

  private async offer(offer: Offer): Promise<PromptOutcome> {
    this.askedThisSession = true;
    const clicked = new Promise<PromptChoice | undefined>((r) => (this.answer = r));
    this.offers.push(offer);
    await this.state.update(PROMPT_STATE_KEY, 'offered');
    const yes = vscode.l10n.t('Yes, this folder');
    const notNow = vscode.l10n.t('Not now');
    const never = vscode.l10n.t('Never for this workspace');
    const shown = vscode.window.showInformationMessage(offer.message, yes, notNow, never).then((pick) => (pick === yes ? 'yes' : pick === never ? 'never' : pick === notNow ? 'notNow' : undefined));
    const choice = (await Promise.race([shown, clicked])) ?? 'notNow';
    this.answer = undefined;
    this.log(`folder check: offered ${offer.count} articles in ${offer.folder.fsPath}: ${choice}`);
    await this.state.update(PROMPT_STATE_KEY, choice);
    if (choice === 'yes') {
      await associateFolder(offer.folder);
      await this.onAssociated();
    }
    return choice;
  }
}

async function readHead(uri: vscode.Uri): Promise<{ uri: vscode.Uri; text: string } | undefined> {
  try {
    const stat = await vscode.workspace.fs.stat(uri);
    if (stat.size > 5 * 1024 * 1024) return undefined; // not an article; do not read it at all
    const decoded = decodeArticle(utf8Head(await vscode.workspace.fs.readFile(uri), HEAD_CHARS * 4));
    return decoded.ok ? { uri, text: decoded.text.slice(0, HEAD_CHARS) } : undefined;
  } catch {
    return undefined;
  }
}

/** The first `max` bytes, cut before a partial UTF-8 character so that decoding does not fail. */
function utf8Head(bytes: Uint8Array, max: number): Uint8Array {
  if (bytes.length <= max) return bytes;
  let end = max;
  while (end > 0 && (bytes[end] & 0xc0) === 0x80) end--;
  return bytes.subarray(0, end);
}
