;; Driven by second-editor.test.ts: with the README's eglot configuration already
;; loaded, open a PR/FAQ and print what Emacs shows the writer, one line each.
(require 'eglot)
(find-file (car command-line-args-left))
;; Batch Emacs has no command loop: run what eglot-ensure deferred to the next command.
(run-hooks 'post-command-hook)
(flymake-start)
(let ((deadline (+ (float-time) 30)))
  (while (and (< (float-time) deadline) (null (flymake-diagnostics)))
    (accept-process-output nil 0.1)))
(let ((server (eglot-current-server)))
  (princ (format "server: %s\n" (if server (plist-get (eglot--server-info server) :name) "none"))))
(dolist (diagnostic (sort (flymake-diagnostics) (lambda (a b) (< (flymake-diagnostic-beg a) (flymake-diagnostic-beg b)))))
  (princ (format "diagnostic: %d %s\n" (line-number-at-pos (flymake-diagnostic-beg diagnostic)) (flymake-diagnostic-text diagnostic))))
(kill-emacs 0)
