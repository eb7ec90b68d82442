// What the writer sees when the language server process dies: a restart with
// backoff, one notice the first time, and a clear way back when it gives up.
import * as vscode from 'vscode';
import { CloseAction, ErrorAction, type CloseHandlerResult, type ErrorHandler, type ErrorHandlerResult } from 'vscode-languageclient';
import { RestartPolicy } from './restart-policy';

const restartCommand = 'prfaq.restartServer';

export class ServerRecovery implements ErrorHandler {
  readonly policy = new RestartPolicy();
  /** Crashes seen since activation, for the output channel and the tests. */
  crashes = 0;

  constructor(private readonly output: vscode.LogOutputChannel) {}

  error(): ErrorHandlerResult {
    // A malformed message is not a dead server: keep the connection.
    return { action: ErrorAction.Continue, handled: true };
  }

  async closed(): Promise<CloseHandlerResult> {
    this.crashes++;
    const decision = this.policy.onCrash(Date.now());
    if (!decision.restart) {
      this.output.error(`The PR/FAQ language server stopped ${decision.crashes} times in 3 minutes; it is not restarted again.`);
      void this.offerRestart(
        vscode.window.showErrorMessage(
          `The PR/FAQ language server stopped ${decision.crashes} times in 3 minutes, so checks and the preview are paused. Run "PR/FAQ: Restart Language Server" to try again, or see the output for the cause.`,
          'Restart',
          'Show Output',
        ),
      );
      return { action: CloseAction.DoNotRestart, handled: true };
    }
    this.output.warn(`The PR/FAQ language server stopped unexpectedly; restarting it in ${decision.delayMs} ms.`);
    if (decision.firstCrash) {
      void this.offerRestart(
        vscode.window.showWarningMessage(
          'The PR/FAQ language server stopped unexpectedly and is being restarted; your document is safe. If checks do not come back, run "PR/FAQ: Restart Language Server".',
          'Show Output',
        ),
      );
    }
    await new Promise((resolve) => setTimeout(resolve, decision.delayMs));
    return { action: CloseAction.Restart, handled: true };
  }

  private async offerRestart(choice: Thenable<string | undefined>): Promise<void> {
    const picked = await choice;
    if (picked === 'Restart') await vscode.commands.executeCommand(restartCommand);
    if (picked === 'Show Output') this.output.show(true);
  }
}
