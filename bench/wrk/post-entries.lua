-- POSTs pre-generated, distinct signed envelopes (one JCS envelope per line of ENVELOPES, the
-- first line being the namespace binding, which load.sh posts before the run). Each wrk thread
-- takes every Nth line, so no two requests carry the same envelope; SKIP releases (after the
-- binding) are left out: those a warm-up run already posted. A thread that has sent all of its
-- envelopes stops, so that the run lasts as long as the envelopes do at most (the answers still
-- in flight then are not waited for; the one request a thread may send after it stopped re-posts
-- its first envelope, which answers 200).
--
-- Every request is formatted once, in init(): request() only hands wrk the next pre-built string
-- (wrk.format builds the request line, headers and body into a new string each time it is called,
-- which cost wrk CPU per request on the cores the server runs on).
--
-- There is no response() function: with one, wrk hands every answer's headers and body (a
-- bundle of a few KB) to Lua, which cost it more CPU than sending the request, on the cores the
-- server runs on. load.sh counts the registrations from the log's size instead, and wrk counts
-- the answers that were not 2xx.
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
  local headers = { ["Content-Type"] = "application/json" }
  requests = {}
  local n = 0
  for line in io.lines(file) do
    if n > skip and (n - 1 - skip) % total == id then
      table.insert(requests, wrk.format("POST", "/v1/entries", headers, line))
    end
    n = n + 1
  end
  sent, ran_out = 0, 0
end

function request()
  if sent == #requests then
    ran_out = 1
    wrk.thread:stop()
    return requests[1]
  end
  sent = sent + 1
  return requests[sent]
end

function done(summary, latency, requests)
  local total, out, last = 0, 0, 0
  for i, t in ipairs(threads) do
    local k = t:get("sent")
    total = total + k
    out = out + t:get("ran_out")
    -- The line of this thread's last envelope sent (its k-th is line skip + id + 1 + (k-1) * N).
    if k > 0 then
      last = math.max(last, skip + (i - 1) + 1 + (k - 1) * #threads)
    end
  end
  local seconds = summary.duration / 1e6
  if out > 0 then
    io.write(string.format("ran out of envelopes: %d of %d threads stopped\n", out, #threads))
  end
  io.write(string.format("envelopes sent: %d, answers: %d, not 2xx: %d, socket errors: %d\n",
    total, summary.requests, summary.errors.status,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
  io.write(string.format("last envelope line posted: %d\n", last))
  io.write(string.format("seconds: %.2f\n", seconds))
  io.write(string.format("latency p50: %.2f ms, p99: %.2f ms, max: %.2f ms\n",
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
