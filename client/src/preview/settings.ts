// The preview's settings, read for a document (they are resource-scoped).
import * as vscode from 'vscode';

export interface PreviewSettings {
  paper: boolean;
  allowRemoteImages: boolean;
  showReadiness: boolean;
  scrollSync: boolean;
  doubleClickToEdit: boolean;
}

export function previewSettings(uri: vscode.Uri): PreviewSettings {
  const config = vscode.workspace.getConfiguration('prfaq.preview', uri);
  return {
    paper: config.get<boolean>('paper', false),
    // Untrusted workspaces never load remote content, whatever the setting says.
    allowRemoteImages: vscode.workspace.isTrusted && config.get<boolean>('allowRemoteImages', false),
    showReadiness: config.get<boolean>('readinessBar', true),
    scrollSync: config.get<boolean>('scrollSync', true),
    doubleClickToEdit: config.get<boolean>('doubleClickToSwitchToEditor', true),
  };
}
