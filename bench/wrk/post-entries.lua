-- POSTs pre-generated, distinct signed envelopes (one JCS envelope per line of ENVELOPES, the
-- first line being the namespace binding, which load.sh posts before the run). Each wrk thread
-- takes every Nth line, so no two requests carry the same envelope. When a thread runs out it
-- starts over: those requests answer 200 (existing) and are reported apart from the 201s.
local file = os.getenv("ENVELOPES") or "envelopes.jsonl"
local threads = {}
local counter = 0

function setup(thread)
  thread:set("id", counter)
  counter = counter + 1
  table.insert(threads, thread)
end

function init(args)
  local total = tonumber(os.getenv("THREADS") or "1")
  bodies = {}
  local n = 0
  for line in io.lines(file) do
    if n > 0 and (n - 1) % total == id then
      table.insert(bodies, line)
    end
    n = n + 1
  end
  next_body = 1
  created, existing, other = 0, 0, 0
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/json"
end

function request()
  local body = bodies[next_body]
  next_body = next_body % #bodies + 1
  return wrk.format("POST", "/v1/entries", nil, body)
end

function response(status, headers, body)
  if status == 201 then
    created = created + 1
  elseif status == 200 then
    existing = existing + 1
  else
    other = other + 1
  end
end

function done(summary, latency, requests)
  local c, e, o = 0, 0, 0
  for _, t in ipairs(threads) do
    c = c + t:get("created")
    e = e + t:get("existing")
    o = o + t:get("other")
  end
  local seconds = summary.duration / 1e6
  io.write(string.format("registrations: %d created (201), %d existing (200), %d other\n",
    c, e, o))
  io.write(string.format("registrations/s (201 only): %.0f\n", c / seconds))
  io.write(string.format("latency p50: %.2f ms, p99: %.2f ms, max: %.2f ms\n",
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
