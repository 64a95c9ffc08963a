-- Prints one JSON line after the run: latency percentiles (ms), requests per second, failures.
-- Headers (cookie or bearer token) come from the environment: BENCH_HEADER="Name: value".
local header = os.getenv("BENCH_HEADER")
if header and header ~= "" then
  local name, value = header:match("^([^:]+):%s*(.*)$")
  wrk.headers[name] = value
end
-- Every request asks as a browser does, compressed if the server will (BENCH_ENCODING= to ask plain).
local encoding = os.getenv("BENCH_ENCODING") or "gzip, deflate, br"
if encoding ~= "" then
  wrk.headers["Accept-Encoding"] = encoding
end

done = function(summary, latency, requests)
  local failures = summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format(
    '{"p50_ms": %.2f, "p95_ms": %.2f, "p99_ms": %.2f, "rps": %.1f, "requests": %d, "failures": %d}\n',
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    summary.requests / (summary.duration / 1e6), summary.requests, failures))
end
