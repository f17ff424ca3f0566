;;; eglot-client.el --- Emacs (eglot) as a real third-party LSP client, in batch mode.
;; Opens ZJGR_PAGE, connects zjgr-lsp (dotnet ZJGR_SERVER) through eglot, waits for diagnostics and writes them
;; as JSON to ZJGR_OUT: one object a diagnostic with its 1-based line, 0-based column in characters and text
;; (eglot writes "source [code]: message"). Emacs counts characters, not UTF-16 units or bytes.
(require 'eglot)
(require 'json)
(let* ((server (getenv "ZJGR_SERVER"))
       (page (getenv "ZJGR_PAGE"))
       (out (getenv "ZJGR_OUT"))
       (buffer (find-file-noselect page))
       (diags nil)
       (tries 0))
  ;; The page's folder is the project, so eglot manages the buffer it opened (and sends didOpen).
  (add-hook 'project-find-functions (lambda (_dir) (cons 'transient (file-name-directory page))))
  (with-current-buffer buffer
    (text-mode)
    (eglot '(text-mode) (project-current) 'eglot-lsp-server (list "dotnet" server) "plaintext")
    ;; Diagnostics reach flymake, or wait in eglot's buffer-local list (eglot 1.9) until flymake asks for them.
    (while (and (null diags) (< tries 300))
      (accept-process-output nil 0.2)
      (setq tries (1+ tries))
      (setq diags (or (flymake-diagnostics)
                      (and (boundp 'eglot--diagnostics) eglot--diagnostics))))
    ;; Positions are read in the page's buffer, before switching to the output file's.
    (let ((rows (mapcar (lambda (d)
                          (let ((beg (flymake-diagnostic-beg d)))
                            (save-excursion
                              (goto-char beg)
                              (list (cons 'line (line-number-at-pos beg))
                                    (cons 'column (- beg (line-beginning-position)))
                                    (cons 'text (flymake-diagnostic-text d))))))
                        diags)))
      (with-temp-file out (insert (json-encode (or rows [])))))
    (ignore-errors (eglot-shutdown (eglot-current-server)))))
(kill-emacs 0)
