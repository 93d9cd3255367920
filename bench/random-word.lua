-- wrk script for bench/load.sh: who-does-what with a random four-digit word on each request (it matches
-- the bench network's "Persoon 0xxxx" and "Organisatie 0xxxx"), so the words a snapshot keeps seldom
-- help: the cost of a search not seen before. Prints the percentiles the way hey does.
local threads = 0

setup = function(thread)
  threads = threads + 1
  thread:set("id", threads)
end

init = function(args)
  math.randomseed(os.time() * 100 + id)
end

request = function()
  return wrk.format("GET", string.format("/netwerk/bench/wie-doet-wat?q=%04d", math.random(0, 9999)))
end

done = function(summary, latency, requests)
  io.write(string.format("  Requests/sec:\t%.2f\n", summary.requests / (summary.duration / 1e6)))
  io.write(string.format("  Non-2xx or errors:\t%d\n", summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
  for _, p in ipairs({ 50, 90, 95, 99 }) do
    io.write(string.format("  %d%% in %.4f secs\n", p, latency:percentile(p) / 1e6))
  end
end
