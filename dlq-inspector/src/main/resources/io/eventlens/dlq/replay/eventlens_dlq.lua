#!lua name=eventlens_dlq

-- Fields that are the entry's payload: not dead-letter bookkeeping (dlq-*) nor replay stamps (eventlens-*).
local function payload_fields(fields)
  local out, count = {}, 0
  for i = 1, #fields, 2 do
    local k, v = fields[i], fields[i + 1]
    if k == 'eventlens-replay-count' then
      count = tonumber(v) or 0
    elseif string.sub(k, 1, 4) ~= 'dlq-' and string.sub(k, 1, 10) ~= 'eventlens-' then
      table.insert(out, k)
      table.insert(out, v)
    end
  end
  return out, count
end

-- Moves one dead-letter entry to its target (or, replayed too often, to the parking stream), stamped
-- with the replay id, count and job, deletes it from the dead-letter stream and counts the outcome:
-- all in one step, so an entry is either still in the DLQ or moved, never both or neither.
-- KEYS: dlq, target, parked, counters hash. ARGV: entry id, replay id, job id, max replays.
local function replay(keys, args)
  local entries = redis.call('XRANGE', keys[1], args[1], args[1])
  if #entries == 0 then
    return {'gone', ''}
  end
  local fields = entries[1][2]
  local out, count = payload_fields(fields)
  local outcome, dest = 'moved', keys[2]
  if count >= tonumber(args[4]) then
    outcome, dest, out = 'parked', keys[3], fields
  else
    table.insert(out, 'eventlens-replay-id')
    table.insert(out, args[2])
    table.insert(out, 'eventlens-replay-count')
    table.insert(out, tostring(count + 1))
    table.insert(out, 'eventlens-replay-job')
    table.insert(out, args[3])
  end
  local new_id = redis.call('XADD', dest, '*', unpack(out))
  redis.call('XDEL', keys[1], args[1])
  redis.call('HINCRBY', keys[4], outcome, 1)
  return {outcome, new_id}
end

-- Dead-letters the entries of a consumer group delivered too often: XCLAIM, XADD to the DLQ with
-- where it came from and why, XACK; atomically, so no entry is lost or doubled between the streams.
-- KEYS: stream, dlq. ARGV: group, consumer, min idle ms, max deliveries, count.
local function claim_to_dlq(keys, args)
  local pending = redis.call('XPENDING', keys[1], args[1], 'IDLE', args[3], '-', '+', args[5])
  local moved = {}
  for _, p in ipairs(pending) do
    local id, deliveries = p[1], p[4]
    if deliveries >= tonumber(args[4]) then
      local claimed = redis.call('XCLAIM', keys[1], args[1], args[2], args[3], id)
      if #claimed > 0 and claimed[1] and claimed[1][2] then
        local fields = claimed[1][2]
        table.insert(fields, 'dlq-original-stream')
        table.insert(fields, keys[1])
        table.insert(fields, 'dlq-original-id')
        table.insert(fields, id)
        table.insert(fields, 'dlq-original-group')
        table.insert(fields, args[1])
        table.insert(fields, 'dlq-delivery-count')
        table.insert(fields, tostring(deliveries))
        table.insert(fields, 'dlq-reason')
        table.insert(fields, 'not processed after ' .. deliveries .. ' deliveries')
        redis.call('XADD', keys[2], '*', unpack(fields))
      end
      redis.call('XACK', keys[1], args[1], id)
      table.insert(moved, id)
    end
  end
  return moved
end

redis.register_function('eventlens_dlq_replay', replay)
redis.register_function('eventlens_dlq_claim', claim_to_dlq)
