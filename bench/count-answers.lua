-- wrk script for bench/run.sh: counts the answers that are not 200 (wrk itself counts a 3xx as a success, but a
-- redirect here means the session was lost) and, among them, the 404s (a page a user may see, wrongly "not found").
local threads = {}

function setup(thread)
    table.insert(threads, thread)
end

function init(args)
    not_200 = 0
    not_found = 0
end

function response(status, headers, body)
    if status ~= 200 then
        not_200 = not_200 + 1
        if status == 404 then
            not_found = not_found + 1
        end
    end
end

function done(summary, latency, requests)
    local all_not_200, all_not_found = 0, 0
    for _, thread in ipairs(threads) do
        all_not_200 = all_not_200 + thread:get("not_200")
        all_not_found = all_not_found + thread:get("not_found")
    end
    io.write(string.format("NOT_200 %d\nNOT_FOUND %d\n", all_not_200, all_not_found))
end
