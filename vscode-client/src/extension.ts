// Starts zjgr-lsp over stdio for plain-text and Markdown pages. All proofreading happens in the server.
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { LanguageClient, LanguageClientOptions, ServerOptions, TransportKind } from 'vscode-languageclient/node';

let client: LanguageClient | undefined;

/** The command that runs the server: the zjgr.serverPath setting, else the server bundled in the extension. */
function serverCommand(context: vscode.ExtensionContext): { command: string; args: string[] } {
  const config = vscode.workspace.getConfiguration('zjgr');
  const configured = config.get<string>('serverPath')?.trim();
  const server = configured || context.asAbsolutePath(path.join('server', 'zjgr-lsp.dll'));
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
      fileEvents: vscode.workspace.createFileSystemWatcher('**/zjgr.json'),
    },
  };
  client = new LanguageClient('zjgr', 'ZjgrLsp', serverOptions, clientOptions);
  await client.start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
