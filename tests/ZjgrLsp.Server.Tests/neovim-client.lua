-- Headless Neovim (0.7+) as a real third-party LSP client: open a page, start zjgr-lsp, wait for
-- diagnostics, and write them as JSON. Neovim reports byte (UTF-8) columns.
local server, page, out = os.getenv('ZJGR_SERVER'), os.getenv('ZJGR_PAGE'), os.getenv('ZJGR_OUT')
vim.cmd('edit ' .. vim.fn.fnameescape(page))
local bufnr = vim.api.nvim_get_current_buf()
local client_id = vim.lsp.start_client({
  name = 'zjgr',
  cmd = { 'dotnet', server },
  root_dir = vim.fn.fnamemodify(page, ':h'),
})
vim.lsp.buf_attach_client(bufnr, client_id)
local ok = vim.wait(60000, function() return #vim.diagnostic.get(bufnr) > 0 end, 100)
local result = {}
for _, d in ipairs(vim.diagnostic.get(bufnr)) do
  local code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code)
  table.insert(result, { lnum = d.lnum, col = d.col, end_lnum = d.end_lnum, end_col = d.end_col,
                         code = code, source = d.source, message = d.message })
end
local f = assert(io.open(out, 'w'))
f:write(vim.fn.json_encode({ ok = ok, diagnostics = result }))
f:close()
vim.lsp.stop_client(client_id)
vim.cmd('qall!')
