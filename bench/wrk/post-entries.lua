-- POSTs pre-generated, distinct signed envelopes (one JCS envelope per line of ENVELOPES, the
-- first line being the namespace binding, which load.sh posts before the run). Each wrk thread
-- takes every Nth line, so no two requests carry the same envelope. A thread that has had an
-- answer for each of its envelopes stops, so that the rate is over the time the envelopes lasted
-- (the few requests still in flight then re-post envelopes from the start: 200, counted apart).
-- SKIP releases (after the binding) are left out: those a warm-up run already posted.
local file = os.getenv("ENVELOPES") or "envelopes.jsonl"
local skip = tonumber(os.getenv("SKIP") or "0")
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
    if n > skip and (n - 1 - skip) % total == id then
      table.insert(bodies, line)
    end
    n = n + 1
  end
  next_body = 1
  lines = #bodies
  created, existing, other, answered, ran_out, sent = 0, 0, 0, 0, 0, 0
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/json"
end

function request()
  sent = sent + 1
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
  answered = answered + 1
  if answered == #bodies then
    ran_out = 1
    wrk.thread:stop()
  end
end

function done(summary, latency, requests)
  local c, e, o, out, last = 0, 0, 0, 0, 0
  for i, t in ipairs(threads) do
    -- The line of this thread's last envelope sent (its k-th is line skip + id + 1 + (k-1) * N).
    local k = math.min(t:get("sent"), t:get("lines"))
    if k > 0 then
      last = math.max(last, skip + (i - 1) + 1 + (k - 1) * #threads)
    end
    c = c + t:get("created")
    e = e + t:get("existing")
    o = o + t:get("other")
    out = out + (t:get("ran_out") or 0)
  end
  local seconds = summary.duration / 1e6
  if out > 0 then
    io.write(string.format("ran out of envelopes: %d of %d threads stopped, after %.1f s\n",
      out, #threads, seconds))
  end
  io.write(string.format("registrations: %d created (201), %d existing (200), %d other\n",
    c, e, o))
  io.write(string.format("last envelope line posted: %d\n", last))
  io.write(string.format("registrations/s (201 only): %.0f\n", c / seconds))
  io.write(string.format("latency p50: %.2f ms, p99: %.2f ms, max: %.2f ms\n",
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
