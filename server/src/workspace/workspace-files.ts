// The workspace's PR/FAQ files as the server's host reads them, for editors
// that pull workspace diagnostics (the VS Code client reads them itself,
// through workspace.fs, and sends them with prfaq/summarize).

/** Folders no workspace check looks into. */
export const ignoredFolders = ['**/node_modules/**', '**/.git/**', '**/.vscode-test/**'];

export interface WorkspaceFiles {
  /** The URIs of every *.prfaq.md below the folders; folders the host cannot read are left out. */
  list(folderUris: readonly string[]): Promise<string[]>;
  /** Changes whenever the file does (its modification time and size); undefined once it is gone. */
  stamp(uri: string): Promise<string | undefined>;
  read(uri: string): Promise<string | undefined>;
}
