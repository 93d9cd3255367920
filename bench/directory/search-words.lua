-- wrk script for bench/directory/run.sh: the public search page with a different search on each request:
-- a word (some with a typo), often a place with a distance, sometimes an age or "free".
-- With VERBIND_BENCH_HSDS=1: the HSDS API's /hsds/services?search=<word> with the same words instead.
-- With VERBIND_BENCH_UNIQUE=1 every address is new (a counter parameter the app ignores), so the page cache
-- (ADR 0015) never answers and every request is searched and rendered.
local threads = 0
local hsds = os.getenv("VERBIND_BENCH_HSDS") == "1"
local unique = os.getenv("VERBIND_BENCH_UNIQUE") == "1"
local counter = 0
local words = { "babymassage", "borstvoeding", "kraamhulp", "speelochtend", "peutergym", "opvoeding", "oudergroep", "yoga",
  "vroedvrouw", "huiswerkklas", "tieners", "logopedie", "kinderopvang", "voorleesuur", "babycafe", "rouwgroep", "taalklas",
  "babymasage", "kraamzrog", "consultatiebureau", "zwanger", "peuters", "grootouders", "inloopmoment", "speelotheek" }
local places = { "Leuven", "Gent", "3000", "Antwerpen", "Brugge", "Hasselt", "Namur", "Utrecht", "1012", "Mechelen", "Kortrijk", "Aalst" }
local ages = { "zwanger", "3m", "1j", "2j", "4j", "8j", "14j" }

setup = function(thread)
  threads = threads + 1
  thread:set("id", threads)
end

init = function(args)
  math.randomseed(os.time() * 100 + id)
end

local function addressed(path)
  if not unique then return wrk.format("GET", path) end
  counter = counter + 1
  return wrk.format("GET", path .. "&n=" .. id .. "-" .. counter)
end

request = function()
  if hsds then return addressed("/hsds/services?search=" .. words[math.random(#words)]) end
  local path = "/aanbod?q=" .. words[math.random(#words)]
  if math.random() < 0.6 then path = path .. "&gemeente=" .. places[math.random(#places)] .. "&afstand=" .. ({ 5, 10, 25 })[math.random(3)] end
  if math.random() < 0.3 then path = path .. "&leeftijd=" .. ages[math.random(#ages)] end
  if math.random() < 0.2 then path = path .. "&gratis=1" end
  return addressed(path)
end

done = function(summary, latency, requests)
  io.write(string.format("  Requests/sec:\t%.2f\n", summary.requests / (summary.duration / 1e6)))
  local e = summary.errors
  io.write(string.format("  Non-2xx or errors:\t%d (non-2xx %d; socket connect %d, read %d, write %d, timeout %d)\n",
    e.status + e.connect + e.read + e.write + e.timeout, e.status, e.connect, e.read, e.write, e.timeout))
  for _, p in ipairs({ 50, 90, 95, 99 }) do
    io.write(string.format("  %d%% in %.2f ms\n", p, latency:percentile(p) / 1e3))
  end
end
