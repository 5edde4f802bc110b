-- wrk script for bench/run.sh's long run: each request goes to the next "SESSION PATH" line of the file named after
-- "--" (the daily pages, each in the signed-in sessions of the person who uses it), so the server sees what a day of
-- many people looks like rather than one page. The two threads start half the list apart. Counts the answers that are
-- not 200 and, among them, the 404s, as bench/count-answers.lua does.
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
    for line in io.lines(args[1]) do
        local session, path = line:match("^(%S+) (%S+)$")
        if session then
            table.insert(visits, { session = session, path = path })
        end
    end
    turn = id * math.floor(#visits / 2)
end

function request()
    turn = turn + 1
    local visit = visits[turn % #visits + 1]
    return wrk.format("GET", visit.path, { ["Cookie"] = "JSESSIONID=" .. visit.session })
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
