// Starts zjgr-lsp over stdio for plain-text and Markdown pages. All proofreading happens in the server;
// the client adds two commands and a status bar count.
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { LanguageClient, LanguageClientOptions, ServerOptions, TransportKind } from 'vscode-languageclient/node';

let client: LanguageClient | undefined;

/**
 * The command that runs the server: the zjgr.serverPath setting, else the server bundled in the extension. A
 * platform's .vsix bundles a self-contained server (server/zjgr-lsp, zjgr-lsp.exe on Windows) that needs no .NET;
 * the universal one bundles zjgr-lsp.dll, run with dotnet.
 */
function serverCommand(context: vscode.ExtensionContext): { command: string; args: string[] } {
  const config = vscode.workspace.getConfiguration('zjgr');
  const configured = config.get<string>('serverPath')?.trim();
  const native = context.asAbsolutePath(path.join('server', process.platform === 'win32' ? 'zjgr-lsp.exe' : 'zjgr-lsp'));
  const bundled = fs.existsSync(native) ? native : context.asAbsolutePath(path.join('server', 'zjgr-lsp.dll'));
  const server = configured || bundled;
  if (!fs.existsSync(server)) {
    throw new Error(`zjgr-lsp not found at ${server}; set zjgr.serverPath`);
  }
  return server.endsWith('.dll')
    ? { command: config.get<string>('dotnetPath') || 'dotnet', args: [server] }
    : { command: server, args: [] };
}

/** The settings the server reads: the same shape as zjgr.json. */
function settings(): object {
  const config = vscode.workspace.getConfiguration('zjgr');
  return { rules: config.get('rules') ?? {}, dictionary: config.get('dictionary') ?? [] };
}

/** Counts zjgr's findings on the active page for the status bar. */
function updateStatus(item: vscode.StatusBarItem): void {
  const editor = vscode.window.activeTextEditor;
  if (!editor) { item.hide(); return; }
  const count = vscode.languages.getDiagnostics(editor.document.uri).filter(d => d.source === 'zjgr').length;
  item.text = count === 0 ? '$(check) zjgr' : `$(warning) zjgr ${count}`;
  item.tooltip = count === 0 ? '本页未发现问题' : `本页有 ${count} 处待校对`;
  item.show();
}

/** Asks the server for every page of the workspace (closed ones too) and shows them in the Problems panel. */
async function lintWorkspace(collection: vscode.DiagnosticCollection): Promise<void> {
  if (!client) { return; }
  const report: any = await client.sendRequest('workspace/diagnostic', { previousResultIds: [] });
  collection.clear();
  for (const item of report.items ?? []) {
    const uri = vscode.Uri.parse(item.uri);
    if (vscode.workspace.textDocuments.some(d => d.uri.toString() === uri.toString())) { continue; } // pushed already
    collection.set(uri, item.items.map((d: any) => client!.protocol2CodeConverter.asDiagnostic(d)));
  }
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const { command, args } = serverCommand(context);
  const serverOptions: ServerOptions = { command, args, transport: TransportKind.stdio };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'plaintext' },
      { scheme: 'file', language: 'markdown' },
      { scheme: 'untitled', language: 'plaintext' },
    ],
    initializationOptions: { zjgr: settings() },
    synchronize: {
      configurationSection: 'zjgr',
      fileEvents: vscode.workspace.createFileSystemWatcher('**/{zjgr.json,.zjgr-ignore.json}'),
    },
  };
  client = new LanguageClient('zjgr', 'ZjgrLsp', serverOptions, clientOptions);
  await client.start();

  const status = vscode.window.createStatusBarItem(vscode.StatusBarAlignment.Right, 100);
  status.command = 'workbench.actions.view.problems';
  const closedPages = vscode.languages.createDiagnosticCollection('zjgr-workspace');
  context.subscriptions.push(
    status,
    closedPages,
    vscode.languages.onDidChangeDiagnostics(() => updateStatus(status)),
    vscode.window.onDidChangeActiveTextEditor(() => updateStatus(status)),
    vscode.commands.registerCommand('zjgr.lintWorkspace', () => lintWorkspace(closedPages)),
    vscode.commands.registerCommand('zjgr.fixAll', () =>
      vscode.commands.executeCommand('editor.action.codeAction', { kind: 'source.fixAll.zjgr', apply: 'first' })),
  );
  updateStatus(status);
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
