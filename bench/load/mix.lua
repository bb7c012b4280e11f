-- wrk script: cycle through the URL paths of one file, print one JSON line of results.
--
--   wrk -t1 -c4 -d10s -s bench/load/mix.lua http://127.0.0.1:8100 -- bench/out/mix/archive-search_rare.txt
--
-- Each connection's thread starts at a different line, so a few URLs of the
-- same shape are all in play at once.  The last line wrk prints is
-- {"requests": ..., "rps": ..., "p50_ms": ..., "p95_ms": ..., "p99_ms": ..., ...}.

local paths = {}
local n = 0

function init(args)
   local file = args[1]
   if file == nil then
      error("usage: wrk ... -s mix.lua URL -- PATHS_FILE")
   end
   for line in io.lines(file) do
      if #line > 0 then
         table.insert(paths, line)
      end
   end
   if #paths == 0 then
      error("no paths in " .. file)
   end
   -- threads get different starting points (wrk gives each its own Lua state)
   n = math.random(#paths) - 1
end

function request()
   n = n + 1
   return wrk.format("GET", paths[(n % #paths) + 1])
end

function done(summary, latency, requests)
   local seconds = summary.duration / 1e6
   local e = summary.errors
   io.write(string.format(
      '{"requests": %d, "seconds": %.3f, "rps": %.2f, "p50_ms": %.2f, "p95_ms": %.2f, "p99_ms": %.2f, ' ..
      '"max_ms": %.2f, "mean_ms": %.2f, "errors": {"connect": %d, "read": %d, "write": %d, "status": %d, ' ..
      '"timeout": %d}}\n',
      summary.requests, seconds, summary.requests / seconds,
      latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
      latency.max / 1000, latency.mean / 1000,
      e.connect, e.read, e.write, e.status, e.timeout))
end
