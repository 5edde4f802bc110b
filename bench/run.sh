#!/usr/bin/env bash
# The performance benchmark (issue 16). Not part of the test command: it takes several minutes and a machine of its own.
#
#   bench/run.sh                      # the large practice of the issue: 200 therapists x 40 couples, 104 weeks
#   BENCH_THERAPISTS=20 BENCH_WEEKS=26 bench/run.sh     # smaller, quicker
#
# What it does, all on loopback, in target/bench/:
#  1. a throwaway PostgreSQL cluster (Debian's postgresql, with pg_stat_statements) and the WAR (built if missing);
#  2. the demo practice: the server seeds it, then every daily page is measured;
#  3. the large practice: the server seeds the demo, stops, bench/generate-large-practice.sql adds the generated
#     practice, the server starts again (its time to "ready" is printed), and the same pages are measured with a
#     generated therapist, couple (two years) and partner;
#  4. on the large practice, the long run: every signed-in page at once for BENCH_SOAK_SECONDS (600; 0 skips it) at
#     the most connections, with the heap sampled and measured live at the end (P5); then two instances (P6);
#  5. prints one table (and writes it to target/bench/results.md).
# Load: wrk, BENCH_SECONDS (10) per page at each of BENCH_CONNECTIONS ("16 32") connections, one signed-in session per
# page; a Lua script counts answers that are not 200 (a 404 is a wrong "not found", a 302 a lost session).
# Statements: pg_stat_statements, reset before and summed after BENCH_SAMPLES (20) single requests of the page,
# divided by the number of requests, outside the minute's reminder run.
# Throughput is shown as a ratio to the sign-in page in the same run, because the machine may be shared.
set -euo pipefail
cd "$(dirname "$0")/.."

THERAPISTS=${BENCH_THERAPISTS:-200}
COUPLES=${BENCH_COUPLES:-40}
WEEKS=${BENCH_WEEKS:-104}
SECONDS_PER_PAGE=${BENCH_SECONDS:-10}
CONNECTIONS=${BENCH_CONNECTIONS:-16 32}
SAMPLES=${BENCH_SAMPLES:-20}
SOAK_SECONDS=${BENCH_SOAK_SECONDS:-600}
HEAP=${BENCH_HEAP:-512m}
PG_PORT=${BENCH_PG_PORT:-55433}
APP_PORT=${BENCH_APP_PORT:-8390}
WORK=$PWD/target/bench
PASSWORD=demo-password-2026
BASE=http://127.0.0.1:$APP_PORT

log() { printf '[bench %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }

# --- tools -----------------------------------------------------------------------------------------------------------
if ! ls -d /usr/lib/postgresql/*/bin >/dev/null 2>&1 || ! command -v wrk >/dev/null || ! command -v curl >/dev/null \
        || ! command -v bc >/dev/null; then
    log "installing postgresql, wrk, curl and bc from Debian"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -q && apt-get install -y -q postgresql postgresql-contrib wrk curl bc
fi
PG_BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
PAYARA_VERSION=$(sed -n 's:.*<payara.version>\(.*\)</payara.version>.*:\1:p' pom.xml | head -1)
PAYARA_JAR=$HOME/.m2/repository/fish/payara/extras/payara-micro/$PAYARA_VERSION/payara-micro-$PAYARA_VERSION.jar
if [ ! -f "$PAYARA_JAR" ]; then
    mvn -B -q dependency:get -Dartifact="fish.payara.extras:payara-micro:$PAYARA_VERSION"
fi
if [ ! -f target/rebuild.war ]; then
    log "building the WAR"
    mvn -B -q package -DskipTests
fi

# --- PostgreSQL --------------------------------------------------------------------------------------------------------
SERVER_PID=
SECOND_PID=
cleanup() {
    [ -n "$SERVER_PID" ] && kill "$SERVER_PID" 2>/dev/null && wait "$SERVER_PID" 2>/dev/null || true
    [ -n "$SECOND_PID" ] && kill "$SECOND_PID" 2>/dev/null && wait "$SECOND_PID" 2>/dev/null || true
    as_postgres "$PG_BIN/pg_ctl" -D "$WORK/pg" -m fast stop >/dev/null 2>&1 || true
}
trap cleanup EXIT

as_postgres() {
    if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
psql_as() { psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -v ON_ERROR_STOP=1 -qtA "$@"; }

rm -rf "$WORK" && mkdir -p "$WORK"
[ "$(id -u)" = 0 ] && chown postgres "$WORK"
as_postgres "$PG_BIN/initdb" -D "$WORK/pg" -U postgres --auth=trust -E UTF8 >/dev/null
as_postgres "$PG_BIN/pg_ctl" -D "$WORK/pg" -l "$WORK/postgres.log" -w start \
    -o "-p $PG_PORT -k $WORK -c listen_addresses=127.0.0.1 -c shared_preload_libraries=pg_stat_statements -c max_connections=200 -c shared_buffers=512MB -c pg_stat_statements.track=all" >/dev/null
psql_as -c "CREATE ROLE rebuild LOGIN PASSWORD 'rebuild'"

# --- the server ------------------------------------------------------------------------------------------------------
# start_server DB LOG: starts Payara Micro on database DB with the demo on (seeded only into an empty database);
# sets READY_SECONDS to the seconds until it answered "ready".
# start_server DB LOGFILE [PORT]: starts an instance on PORT (APP_PORT unless given) and waits until it is ready; its
# process in SERVER_PID, or SECOND_PID for another port (the two-instance measurement); READY_SECONDS its start-up.
start_server() {
    local db=$1 logfile=$2 port=${3:-$APP_PORT} started pid
    started=$(date +%s.%N)
    DB_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/$db" DB_USER=rebuild DB_PASSWORD=rebuild \
    DB_DATASOURCE_CLASS=org.postgresql.ds.PGSimpleDataSource \
        java -Xmx"$HEAP" -Duser.timezone=UTC -Dhazelcast.socket.bind.any=false -Drebuild.demo=true \
        -Drebuild.demo.password-iterations=1024 -Drebuild.data.dir="$WORK/data" \
        -jar "$PAYARA_JAR" --deploy target/rebuild.war --contextroot / --port "$port" --nocluster \
        --disablephonehome --prebootcommandfile deploy/payara/pre-boot-commands.asadmin >"$logfile" 2>&1 &
    pid=$!
    if [ "$port" = "$APP_PORT" ]; then SERVER_PID=$pid; else SECOND_PID=$pid; fi
    until curl -fs -o /dev/null "http://127.0.0.1:$port/health/ready"; do
        if ! kill -0 "$pid" 2>/dev/null; then log "the server stopped; see $logfile"; exit 1; fi
        sleep 0.5
    done
    READY_SECONDS=$(echo "$(date +%s.%N) - $started" | bc)
}
# stop_instance PID: asks it to stop; a server out of memory may not stop when asked: a minute, then it is killed.
stop_instance() {
    kill "$1" 2>/dev/null || true
    for _ in $(seq 60); do kill -0 "$1" 2>/dev/null || break; sleep 1; done
    kill -9 "$1" 2>/dev/null || true
    wait "$1" 2>/dev/null || true
}
stop_server() {
    stop_instance "$SERVER_PID"
    SERVER_PID=
}

# sign_in LOGIN [N]: signs in with the sign-in form as a browser does; prints the session cookie's value (of the
# N-th such session, so that several people can be played with the same login).
sign_in() {
    local jar="$WORK/cookies-$1-${2:-0}" page view nonce
    rm -f "$jar"
    page=$(curl -fs -c "$jar" -b "$jar" "$BASE/login.xhtml")
    view=$(grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' <<<"$page" | head -1 | sed 's/.*value="//; s/"$//')
    nonce=$(grep -o "csp.init('[^']*')" <<<"$page" | head -1 | sed "s/csp.init('//; s/')//")
    curl -fs -o /dev/null -c "$jar" -b "$jar" -L \
        --data-urlencode "loginForm=loginForm" --data-urlencode "loginForm:loginName=$1" \
        --data-urlencode "loginForm:password=$PASSWORD" --data-urlencode "loginForm:signIn=" \
        --data-urlencode "jakarta.faces.ViewState=$view" --data-urlencode "primefaces.nonce=$nonce" "$BASE/login.xhtml"
    awk '$6 == "JSESSIONID" { print $7 }' "$jar" | tail -1
}

# wait_outside_reminder_run: the reminders run at each minute's start; counting waits until it is well past.
wait_outside_reminder_run() {
    while [ "$(date +%-S)" -lt 5 ] || [ "$(date +%-S)" -gt 40 ]; do sleep 1; done
}

# The audit sealer's statements (every second, in the background: audit.AuditTrail.sealPending), told apart from the
# requests' own.
SEALING="(query ILIKE '%audit_chain_head%' OR query ILIKE 'UPDATE audit_entry%'
    OR (query ILIKE '%FROM audit_entry%' AND query ILIKE '%POSITION IS NULL%'))"

# The reminders' run (every minute, in the background: reminders.ReminderSelection and ReminderOutbox) is no page's:
# at 8,000 couples it may last past the few seconds the counting keeps clear of it.
REMINDERS="(query ILIKE '%reminder%' OR query ILIKE 'SELECT t.id, ua.id, ua.email%'
    OR query ILIKE 'SELECT DISTINCT p.id, asg.due_date%' OR query ILIKE 'SELECT ap.id, ap.starts_at%'
    OR query ILIKE 'SELECT id, time_zone FROM practice%')"

# statements DB SESSION PATH PAGE: SQL statements per request of PATH, averaged over SAMPLES requests, then in
# brackets the audit sealer's statements per request (outside the request, a second or so later).
statements() {
    local db=$1 session=$2 path=$3 page=$4 total sealing
    curl -fs -o /dev/null -b "JSESSIONID=$session" "$BASE$path"  # warm
    wait_outside_reminder_run
    psql_as -d "$db" -c "SELECT pg_stat_statements_reset()" >/dev/null
    for _ in $(seq "$SAMPLES"); do curl -s -o /dev/null -b "JSESSIONID=$session" "$BASE$path"; done
    sleep 3 # the sealer chains the requests' audit entries
    total=$(psql_as -d "$db" -c "SELECT coalesce(sum(calls), 0) FROM pg_stat_statements
        WHERE dbid = (SELECT oid FROM pg_database WHERE datname = '$db') AND query NOT ILIKE '%pg_stat_statements%'
        AND NOT $SEALING AND NOT $REMINDERS")
    sealing=$(psql_as -d "$db" -c "SELECT coalesce(sum(calls), 0) FROM pg_stat_statements
        WHERE dbid = (SELECT oid FROM pg_database WHERE datname = '$db') AND $SEALING")
    # Each of the sealer's transactions begins with a BEGIN that pg_stat_statements counts with every other BEGIN,
    # and takes the chain's head FOR UPDATE once: as many BEGINs are the sealer's, not the page's.
    sealer_begins=$(psql_as -d "$db" -c "SELECT coalesce(sum(calls), 0) FROM pg_stat_statements
        WHERE dbid = (SELECT oid FROM pg_database WHERE datname = '$db') AND query ILIKE '%audit_chain_head%'
        AND query ILIKE '%FOR UPDATE%'")
    total=$((total - sealer_begins))
    sealing=$((sealing + sealer_begins))
    # which statements, for whoever works on the page: target/bench/statements/<database>_<page>.txt
    local breakdown="$WORK/statements/${db}_$(tr -c 'a-z0-9\n-' '_' <<<"$page").txt"
    mkdir -p "$WORK/statements"
    psql_as -d "$db" -F ' | ' -c "SELECT calls, round(total_exec_time::numeric, 1) || ' ms',
        regexp_replace(query, '\s+', ' ', 'g') FROM pg_stat_statements
        WHERE dbid = (SELECT oid FROM pg_database WHERE datname = '$db') AND query NOT ILIKE '%pg_stat_statements%'
        ORDER BY total_exec_time DESC" >"$breakdown"
    printf '%s (+%s)' "$(echo "scale=1; $total / $SAMPLES" | bc)" "$(echo "scale=1; $sealing / $SAMPLES" | bc)"
}

# sessions_of LOGIN: signs in as many sessions of LOGIN as the most connections measured (each connection one
# person), writes their ids to a file, one per line, and prints its name.
sessions_of() {
    local file="$WORK/sessions-$1" most=0 c
    for c in $CONNECTIONS; do [ "$c" -gt "$most" ] && most=$c; done
    : >"$file"
    for i in $(seq "$most"); do sign_in "$1" "$i" >>"$file"; done
    echo "$file"
}

# lock_waits: while $WORK/sampling exists, samples every 0.2 s how many of the server's database sessions wait on a
# lock (a row another transaction holds: every audit append used to queue on the chain's head); writes the most seen
# to $WORK/lock-waits.
lock_waits() {
    local most=0 now
    while [ -e "$WORK/sampling" ]; do
        now=$(psql_as -c "SELECT count(*) FROM pg_stat_activity WHERE usename = 'rebuild' AND wait_event_type = 'Lock'")
        [ "$now" -gt "$most" ] && most=$now
        sleep 0.2
    done
    echo "$most" >"$WORK/lock-waits"
}

# run_wrk URL CONNECTIONS [SESSIONS]: wrk for SECONDS_PER_PAGE on URL, each connection in its own session of the file
# SESSIONS (none: anonymous), with latencies and the counts of bench/count-answers.lua.
run_wrk() {
    wrk -t2 -c"$2" -d"${SECONDS_PER_PAGE}s" --latency --timeout 30s -s bench/count-answers.lua "$1" -- ${3:-}
}

# load SESSIONS PATH CONNECTIONS: wrk's figures as "req/s p50ms p99ms non200 not_found socket_errors lock_waits";
# SESSIONS is a file of session ids (empty: no session, the anonymous sign-in page).
load() {
    local sessions=$1 path=$2 connections=$3 out sampler
    touch "$WORK/sampling"
    lock_waits & sampler=$!
    out=$(run_wrk "$BASE$path" "$connections" $sessions)
    rm -f "$WORK/sampling"
    wait "$sampler"
    echo "$out" >>"$WORK/wrk.log"
    awk -v OFS=' ' '
        /Requests\/sec:/ { rps = $2 }
        /^ +50%/ { p50 = $2 } /^ +99%/ { p99 = $2 }
        /^NOT_200/ { non200 = $2 } /^NOT_FOUND/ { notfound = $2 }
        /Socket errors:/ { gsub(",", ""); errors = $4 + $6 + $8 + $10 }
        END { print rps, p50, p99, non200 + 0, notfound + 0, errors + 0 }' <<<"$out" | tr -d '\n'
    echo " $(cat "$WORK/lock-waits")"
}

# check_page SESSION PATH TEXT: the page answers 200 with TEXT in it (not the sign-in page, not an error page).
check_page() {
    local body
    body=$(curl -fs -b "JSESSIONID=$1" "$BASE$2") || { log "$2 did not answer 200"; exit 1; }
    grep -qF "$3" <<<"$body" || { log "$2 does not show \"$3\""; exit 1; }
}

# wait_for_quiet DB: the reminders' run (every minute) first works through what is due (on a new large practice,
# thousands of homework reminders at once); measuring waits until nothing is queued and two runs added nothing.
wait_for_quiet() {
    local db=$1 before=-1 now
    while true; do
        sleep 30
        now=$(psql_as -d "$db" -c "SELECT count(*) || '/' || count(*) FILTER (WHERE status IN ('QUEUED', 'SENDING'))
            FROM reminder")
        [ "$now" = "$before" ] && [ "${now#*/}" = 0 ] && break
        log "waiting for the reminders' run to settle (reminders/queued: $now)"
        before=$now
    done
}

# measure NAME DB: every daily page, as rows of the results file for data set NAME.
measure() {
    local name=$1 db=$2 therapist=$3 partner=$4 couple_label=$5
    local couple assignment t_session a_session p_session row
    couple=$(psql_as -d "$db" -c "SELECT c.id FROM couple c JOIN partner p ON p.couple_id = c.id
        JOIN user_account u ON u.id = p.account_id WHERE u.login_name = '$partner'")
    assignment=$(psql_as -d "$db" -c "SELECT a.id FROM assignment a JOIN answer ans ON ans.assignment_id = a.id
        JOIN partner p ON p.id = ans.partner_id JOIN user_account u ON u.id = p.account_id
        WHERE u.login_name = '$partner' AND NOT a.cancelled ORDER BY a.due_date DESC, a.id DESC LIMIT 1")
    ANSWER_PATH="/portal/answer.xhtml?id=$assignment" # the audited page of the two-instance measurement
    local t_sessions a_sessions p_sessions
    t_sessions=$(sessions_of "$therapist")
    a_sessions=$(sessions_of admin)
    p_sessions=$(sessions_of "$partner")
    t_session=$(head -1 "$t_sessions")
    a_session=$(head -1 "$a_sessions")
    p_session=$(head -1 "$p_sessions")
    check_page "$t_session" "/therapist/caseload.xhtml" "caseloadForm:couples"
    check_page "$t_session" "/therapist/couples/couple.xhtml?id=$couple" "$couple_label"
    check_page "$p_session" "/portal/home.xhtml" "id=\"myName\""
    check_page "$t_session" "/therapist/couples/review.xhtml?couple=$couple" "$couple_label"
    check_page "$p_session" "/portal/answer.xhtml?id=$assignment" "id=\"visibilityNotice\""
    check_page "$p_session" "/portal/checkin.xhtml" "id=\"checkInForm\""
    check_page "$a_session" "/therapist/caseload.xhtml" "caseloadForm:couples"
    local pages=(
        "sign-in page||/login.xhtml"
        "therapist caseload|$t_sessions|/therapist/caseload.xhtml"
        "admin caseload (all couples)|$a_sessions|/therapist/caseload.xhtml"
        "couple page|$t_sessions|/therapist/couples/couple.xhtml?id=$couple"
        "between-session review|$t_sessions|/therapist/couples/review.xhtml?couple=$couple"
        "portal home|$p_sessions|/portal/home.xhtml"
        "portal answer|$p_sessions|/portal/answer.xhtml?id=$assignment"
        "portal check-in|$p_sessions|/portal/checkin.xhtml"
    )
    # every signed-in page in each of its sessions, for the long run (P5): "SESSION PATH" lines, person by person
    paste -d'\n' \
        <(sed 's|$| /therapist/caseload.xhtml|' "$t_sessions") \
        <(sed "s|$| /therapist/couples/couple.xhtml?id=$couple|" "$t_sessions") \
        <(sed "s|$| /therapist/couples/review.xhtml?couple=$couple|" "$t_sessions") \
        <(sed 's|$| /therapist/caseload.xhtml|' "$a_sessions") \
        <(sed 's|$| /portal/home.xhtml|' "$p_sessions") \
        <(sed "s|$| /portal/answer.xhtml?id=$assignment|" "$p_sessions") \
        <(sed 's|$| /portal/checkin.xhtml|' "$p_sessions") >"$WORK/mix-$name"
    for entry in "${pages[@]}"; do
        IFS='|' read -r page sessions path <<<"$entry"
        local count first=
        [ -n "$sessions" ] && first=$(head -1 "$sessions")
        count=$(statements "$db" "$first" "$path" "$page")
        for c in $CONNECTIONS; do
            log "$name: $page at $c connections"
            row=$(load "$sessions" "$path" "$c")
            echo "$name|$page|$c|$row|$count" >>"$WORK/rows"
        done
    done
    curl -s -m 20 "$BASE/metrics?scope=base" | awk -v name="$name" '/^memory_usedHeap_bytes/ { printf "%s|%.0f\n", name, $2 / 1048576 }' >>"$WORK/heap"
}

# --- 1. demo -----------------------------------------------------------------------------------------------------------
: >"$WORK/rows"; : >"$WORK/heap"
psql_as -c "CREATE DATABASE bench_demo OWNER rebuild"
psql_as -d bench_demo -c "CREATE EXTENSION pg_stat_statements"
log "demo practice: starting the server"
start_server bench_demo "$WORK/server-demo.log"
demo_ready=$READY_SECONDS
wait_for_quiet bench_demo
measure demo bench_demo robin alex "Rivera"
stop_server

# --- 2. large --------------------------------------------------------------------------------------------------------
psql_as -c "CREATE DATABASE bench_large OWNER rebuild"
psql_as -d bench_large -c "CREATE EXTENSION pg_stat_statements"
log "large practice: the server migrates and seeds the demo"
start_server bench_large "$WORK/server-large-seed.log"
stop_server
log "large practice: generating $THERAPISTS therapists x $COUPLES couples x $WEEKS weeks"
generated_at=$(date +%s)
psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -d bench_large -q -v therapists="$THERAPISTS" -v couples="$COUPLES" \
    -v weeks="$WEEKS" -f bench/generate-large-practice.sql | tee "$WORK/generated.txt" >&2
generation_seconds=$(( $(date +%s) - generated_at ))
# the generated couples' needs-attention markers are computed by the day's refresh: let this start be the day's first
psql_as -d bench_large -c "DELETE FROM daily_job_run"
log "large practice: starting the server"
large_started=$(date +%s.%N)
start_server bench_large "$WORK/server-large.log"
large_ready=$READY_SECONDS
until grep -q "Needs-attention markers refreshed for" "$WORK/server-large.log"; do sleep 0.5; done
large_markers=$(echo "$(date +%s.%N) - $large_started" | bc)
log "large practice: $(grep -o 'Needs-attention markers refreshed for [0-9]* couples' "$WORK/server-large.log")"
wait_for_quiet bench_large
measure large bench_large bench-t1 bench-c1-a "Bench couple 1"

# --- 2a. the long run (P5) -------------------------------------------------------------------------------------------
# Every signed-in page at once, each in the sessions of the people who use it, at the most connections measured, for
# BENCH_SOAK_SECONDS (600; 0 skips it): heap used sampled every 10 s from the server's metrics, then the live heap
# after a full collection (what the sessions and caches really hold), throughput per minute (does it hold up?),
# answers that were not 200, OutOfMemoryError in the log.
if [ "$SOAK_SECONDS" -gt 0 ]; then
    soak_conns=0
    for c in $CONNECTIONS; do [ "$c" -gt "$soak_conns" ] && soak_conns=$c; done
    log "long run: every page at once, $soak_conns connections, $SOAK_SECONDS s"
    : >"$WORK/soak-heap"
    touch "$WORK/soaking"
    ( while [ -e "$WORK/soaking" ]; do
          curl -s -m 5 "$BASE/metrics?scope=base" | awk '/^memory_usedHeap_bytes/ { printf "%.0f\n", $2 / 1048576 }' \
              >>"$WORK/soak-heap"
          sleep 10
      done ) & heap_sampler=$!
    : >"$WORK/soak-minutes"
    for minute in $(seq $(( (SOAK_SECONDS + 59) / 60 ))); do
        wrk -t2 -c"$soak_conns" -d60s --latency --timeout 30s -s bench/count-answers.lua "$BASE/" -- "$WORK/mix-large" \
            >"$WORK/soak-$minute.out"
        awk -v m="$minute" '/Requests\/sec:/ { rps = $2 } /^NOT_200/ { bad = $2 } /^ +99%/ { p99 = $2 }
            END { printf "%s|%s|%s|%s\n", m, rps, p99, bad }' "$WORK/soak-$minute.out" >>"$WORK/soak-minutes"
    done
    rm -f "$WORK/soaking"
    wait "$heap_sampler"
    jcmd "$SERVER_PID" GC.run >/dev/null 2>&1 || true
    sleep 2
    live=$(curl -s -m 20 "$BASE/metrics?scope=base" | awk '/^memory_usedHeap_bytes/ { printf "%.0f", $2 / 1048576 }')
    SOAK=$(printf 'Long run (every signed-in page at once, %s connections, %s min, -Xmx%s): req/s per minute %s; p99 per minute %s; not 200: %s; heap used, most sampled every 10 s: %s MB, live after a full collection at the end: %s MB; OutOfMemoryError in the log: %s' \
        "$soak_conns" "$(wc -l <"$WORK/soak-minutes")" "$HEAP" \
        "$(cut -d'|' -f2 "$WORK/soak-minutes" | paste -sd' ')" "$(cut -d'|' -f3 "$WORK/soak-minutes" | paste -sd' ')" \
        "$(awk -F'|' '{ s += $4 } END { print s + 0 }' "$WORK/soak-minutes")" \
        "$(sort -n "$WORK/soak-heap" | tail -1)" "$live" "$(grep -c OutOfMemoryError "$WORK/server-large.log" || true)")
    log "$SOAK"
else
    SOAK="Long run: skipped (BENCH_SOAK_SECONDS=0)"
fi

# --- 2b. two instances (P6) ------------------------------------------------------------------------------------------
# Audited requests (the portal answer page writes an audit entry per view) on this instance alone, then on it and a
# second instance on the same database at once, with the same number of connections in all: does a second instance add
# audited requests per second? (Every append used to lock one row, so it could not.) Each instance has sessions of its
# own; the most requests waiting on a lock is sampled as before.
rps_of() { awk '/Requests\/sec:/ { print $2 }' <<<"$1"; }
two_conns=32
log "two instances: audited requests on one instance, $two_conns connections"
cp "$WORK/sessions-bench-c1-a" "$WORK/sessions-a"
one_out=$(run_wrk "$BASE$ANSWER_PATH" "$two_conns" "$WORK/sessions-a")
echo "$one_out" >>"$WORK/wrk.log"
log "two instances: starting the second on port $((APP_PORT + 1))"
start_server bench_large "$WORK/server-large-b.log" "$((APP_PORT + 1))"
BASE_B=http://127.0.0.1:$((APP_PORT + 1))
(BASE=$BASE_B; sessions_of bench-c1-a >/dev/null)
mv "$WORK/sessions-bench-c1-a" "$WORK/sessions-b"
curl -fs -o /dev/null -b "JSESSIONID=$(head -1 "$WORK/sessions-b")" "$BASE_B$ANSWER_PATH" \
    || { log "the second instance does not show $ANSWER_PATH"; exit 1; }
# warmed up as the first was by the pages before (a run of 2026-12-07 measured it cold: 30 req/s against 74)
run_wrk "$BASE_B$ANSWER_PATH" "$((two_conns / 2))" "$WORK/sessions-b" >>"$WORK/wrk.log"
log "two instances: audited requests on both at once, $((two_conns / 2)) connections each"
touch "$WORK/sampling"
lock_waits & sampler=$!
run_wrk "$BASE$ANSWER_PATH" "$((two_conns / 2))" "$WORK/sessions-a" >"$WORK/wrk-a.out" &
wrk_a=$!
run_wrk "$BASE_B$ANSWER_PATH" "$((two_conns / 2))" "$WORK/sessions-b" >"$WORK/wrk-b.out"
wait "$wrk_a"
rm -f "$WORK/sampling"
wait "$sampler"
cat "$WORK/wrk-a.out" "$WORK/wrk-b.out" >>"$WORK/wrk.log"
one_rps=$(rps_of "$one_out"); a_rps=$(rps_of "$(cat "$WORK/wrk-a.out")"); b_rps=$(rps_of "$(cat "$WORK/wrk-b.out")")
two_rps=$(echo "$a_rps + $b_rps" | bc)
TWO_INSTANCES=$(printf 'Audited requests (portal answer page, %s connections in all): one instance %s req/s; two instances %s + %s = %s req/s (%.2fx); most requests waiting on a lock with two: %s' \
    "$two_conns" "$one_rps" "$a_rps" "$b_rps" "$two_rps" "$(echo "$two_rps / $one_rps" | bc -l)" "$(cat "$WORK/lock-waits")")
log "$TWO_INSTANCES"
stop_instance "$SECOND_PID"
SECOND_PID=
stop_server

# --- 3. the table ----------------------------------------------------------------------------------------------------
{
    echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/ { print $2 }') GiB; $(java -version 2>&1 | head -1);"\
         "PostgreSQL $("$PG_BIN/postgres" --version | awk '{ print $3 }'); Payara Micro $PAYARA_VERSION, -Xmx$HEAP; $(date -u +%F)"
    echo "Large practice: $THERAPISTS therapists x $COUPLES couples, $WEEKS weeks: $(grep -o 'in the database now: .*' "$WORK/generated.txt")"\
         "(generated in ${generation_seconds} s)"
    printf 'Ready (start until /health/ready): demo %.1f s, large %.1f s; large practice: all markers refreshed %.1f s after the start\n' \
        "$demo_ready" "$large_ready" "$large_markers"
    echo "$TWO_INSTANCES"
    echo "$SOAK"
    echo "Heap used after the load (MB): $(tr '\n' ' ' <"$WORK/heap");"\
         "OutOfMemoryError in the server's log: demo $(grep -c OutOfMemoryError "$WORK/server-demo.log" || true),"\
         "large $(grep -c OutOfMemoryError "$WORK/server-large.log" || true)"
    echo
    echo "| page | conns | req/s demo | ratio to sign-in, demo | req/s large | ratio to sign-in, large | p50 / p99 demo | p50 / p99 large | large vs demo, p50 | statements demo / large (+ the audit sealer's) | not 200 (of which 404) / socket errors, demo; large | most requests waiting on a lock, demo; large |"
    echo "|---|---|---|---|---|---|---|---|---|---|---|---|"
    awk -F'|' '
        function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
        {
            split($4, f, " ")
            key = $2 "|" $3
            if (!(key in seen)) { order[++n] = key; seen[key] = 1 }
            rps[$1, key] = f[1]; p50[$1, key] = f[2]; p99[$1, key] = f[3]
            bad[$1, key] = f[4] " (" f[5] ") / " f[6]; stm[$1, key] = $5; locks[$1, key] = f[7]
            if ($2 == "sign-in page") signin[$1, $3] = f[1]
        }
        END {
            for (i = 1; i <= n; i++) {
                k = order[i]; split(k, kc, "|")
                rd = (signin["demo", kc[2]] > 0) ? sprintf("%.2f", rps["demo", k] / signin["demo", kc[2]]) : "-"
                rl = (signin["large", kc[2]] > 0) ? sprintf("%.2f", rps["large", k] / signin["large", kc[2]]) : "-"
                slow = (ms(p50["demo", k]) > 0) ? sprintf("%.2fx", ms(p50["large", k]) / ms(p50["demo", k])) : "-"
                printf "| %s | %s | %s | %s | %s | %s | %s / %s | %s / %s | %s | %s / %s | %s; %s | %s; %s |\n", kc[1], kc[2],
                    rps["demo", k], rd, rps["large", k], rl, p50["demo", k], p99["demo", k], p50["large", k], p99["large", k],
                    slow, stm["demo", k], stm["large", k], bad["demo", k], bad["large", k], locks["demo", k], locks["large", k]
            }
        }' "$WORK/rows"
} | tee "$WORK/results.md"
