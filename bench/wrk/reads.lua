-- Alternates GET /v1/log/checkpoint and GET /v1/log/proofs/inclusion for a pseudo-random index
-- below SIZE (the log's size at the start of the run, from load.sh).
local size = tonumber(os.getenv("SIZE") or "1")
local n = 0
local counter = 0

function setup(thread)
  thread:set("id", counter)
  counter = counter + 1
end

function init(args)
  -- Each thread its own seed: otherwise both threads ask for the same indexes.
  math.randomseed(os.time() + 7919 * id)
end

function request()
  n = n + 1
  if n % 2 == 0 then
    return wrk.format("GET", "/v1/log/checkpoint")
  end
  local index = math.random(0, size - 1)
  return wrk.format("GET", "/v1/log/proofs/inclusion?index=" .. index .. "&size=" .. size)
end

function done(summary, latency, requests)
  local seconds = summary.duration / 1e6
  io.write(string.format("reads/s: %.0f (%d requests, %d errors)\n",
    summary.requests / seconds, summary.requests,
    summary.errors.status + summary.errors.connect + summary.errors.read
      + summary.errors.write + summary.errors.timeout))
  io.write(string.format("latency p50: %.2f ms, p99: %.2f ms\n",
    latency:percentile(50) / 1000, latency:percentile(99) / 1000))
end
