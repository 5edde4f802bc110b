-- wrk script for bench/run.sh. Each request goes out in one of the signed-in sessions listed in the file named after
-- "--", in turn, so that every connection acts as a person of its own rather than all of them as one person with
-- dozens of pages loading at once. A line is a session id (the request goes to wrk's URL) or "SESSION PATH" (to that
-- page: the long run's mix of every page, each in the sessions of the person who uses it). The two threads start half
-- the list apart. Counts the answers that are not 200 (wrk itself counts a 3xx as a success, but a redirect here means
-- the session was lost) and, among them, the 404s (a page a user may see, wrongly "not found").
local threads = {}
local counter = 0

function setup(thread)
    thread:set("id", counter)
    counter = counter + 1
    table.insert(threads, thread)
end

function init(args)
    not_200 = 0
    not_found = 0
    visits = {}
    if args[1] then
        for line in io.lines(args[1]) do
            local session, path = line:match("^(%S+) (%S+)$")
            if session then
                table.insert(visits, { session = session, path = path })
            elseif line ~= "" then
                table.insert(visits, { session = line })
            end
        end
    end
    turn = id * math.floor(#visits / 2)
end

function request()
    if #visits == 0 then
        return wrk.format(nil)
    end
    turn = turn + 1
    local visit = visits[turn % #visits + 1]
    return wrk.format(visit.path and "GET" or nil, visit.path, { ["Cookie"] = "JSESSIONID=" .. visit.session })
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
