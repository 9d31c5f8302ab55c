-- wrk script: POST a realistic invoice to /api/v1/invoices/compute
-- (5 lines at two rates, two reductions in cascade, escompte, frais de port, acompte).
-- Usage: wrk -t1 -c8 -d10s -s scripts/wrk/invoice-compute.lua http://127.0.0.1:18084/api/v1/invoices/compute
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Accept"] = "application/json"
wrk.body = [[
{"date":"2026-03-15",
 "lines":[
  {"label":"Chaise","quantity":20,"unitPrice":49.90,"vatRate":20},
  {"label":"Table","quantity":2,"unitPrice":349.00,"vatRate":20},
  {"label":"Livre","quantity":15,"unitPrice":12.35,"vatRate":5.5},
  {"label":"Montage","quantity":3.5,"unitPrice":45.00,"vatRate":20,"nature":"SERVICES"},
  {"label":"Revue","quantity":4,"unitPrice":7.15,"vatRate":5.5}],
 "reductions":[{"type":"REMISE","rate":10},{"type":"RABAIS","rate":2.5}],
 "cashDiscountRate":2,"shipping":25,"deposit":100,"vatRounding":"PER_RATE","kind":"INVOICE"}
]]

-- wrk itself reports "Non-2xx or 3xx responses" when any answer is not a success: check it is absent.
