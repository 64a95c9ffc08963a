#!/usr/bin/env bash
# The national benchmark: generates the synthetic national dataset on each database, starts the
# web app (Release) on it over loopback, and measures the pages and API lists with wrk.
# Writes bench/results/national-YYYY-MM-DD.md and bench/results/latest.json.
#
#   bench/national/run.sh                      # both databases
#   DATABASES=sqlite bench/national/run.sh     # one
#   DURATION=20 CONNECTIONS=16 bench/national/run.sh
set -euo pipefail

# ---------------------------------------------------------------------------------------------
# The endpoints measured: name | path | auth. Add a line for a new page (the dashboards, say).
#   auth: none | viewer-cookie | viewer-bearer | reporter-cookie | reporter-bearer
#   (viewer: the national viewer, sees the whole country; reporter: the Department of Science and
#   Technology of the first province, the busiest agency inbox.) The "ceiling" line is required.
# Names with "inbox" are held to p95 <= 30 ms, names with "dashboard" also to >= 40% of the ceiling.
# ---------------------------------------------------------------------------------------------
ENDPOINTS="
ceiling                 | /health                                 | none
dashboard_national_page | /Dashboards                             | viewer-cookie
dashboard_national_api  | /api/dashboards/national                | viewer-bearer
dashboard_province_page | /Dashboards/Province/{province}         | viewer-cookie
dashboard_province_api  | /api/dashboards/provinces/{province}    | viewer-bearer
dashboard_plan_page     | /Dashboards/Plan/1                      | viewer-cookie
dashboard_plan_api      | /api/dashboards/plans/1                 | viewer-bearer
inbox_page              | /Inbox                                  | reporter-cookie
inbox_api               | /api/inbox                              | reporter-bearer
plan_register_page      | /Plans/1                                | viewer-cookie
plan_api                | /api/plans/1                            | viewer-bearer
plans_list_page         | /Plans                                  | viewer-cookie
plans_api               | /api/plans                              | viewer-bearer
agencies_page           | /Agencies                               | viewer-cookie
agencies_api            | /api/agencies                           | viewer-bearer
"
# {province} is the first province of the national dashboard (its unit id), found once the app runs.

# The consolidated .docx of plan 1 (a province plan) for this year, built DOCX_RUNS times after a first build.
DOCX_PATH="${DOCX_PATH:-/Exports/Report?planId=1&year=$(date -u +%Y)}"
DOCX_RUNS="${DOCX_RUNS:-5}"

DATABASES="${DATABASES:-sqlite postgresql}"
ONLY="${ONLY:-}" # a regular expression: measure only the endpoints whose name matches (the ceiling always)
DURATION="${DURATION:-20}"
WARMUP="${WARMUP:-5}"
THREADS="${THREADS:-2}"
CONNECTIONS="${CONNECTIONS:-16}"
PORT="${PORT:-5187}"
PASSWORD="Cascade@2026"
VIEWER="trunguong@cascade.local"
REPORTER="baocao.skhcn@cascade.local"

ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
WORK="$(mktemp -d /tmp/cascade-national-XXXXXX)"
chmod 755 "$WORK" # the PostgreSQL server runs as the postgres user and keeps its data here
RESULTS="$ROOT/bench/results"
TODAY="$(date -u +%F)"
BASE="http://127.0.0.1:$PORT"
WEB_PID=""
PG_BIN=""
PG_DIR=""
CONNECTION=""

log() { printf '\n== %s\n' "$*" >&2; }

cleanup() {
  [ -n "$WEB_PID" ] && kill "$WEB_PID" 2>/dev/null && wait "$WEB_PID" 2>/dev/null || true
  if [ -n "$PG_DIR" ] && [ -d "$PG_DIR/data" ]; then
    runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m fast stop >/dev/null 2>&1 || true
  fi
  rm -rf "$WORK"
}
trap cleanup EXIT

need_packages() {
  local missing=()
  command -v wrk >/dev/null || missing+=(wrk)
  ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing+=(postgresql)
  command -v curl >/dev/null || missing+=(curl)
  if [ ${#missing[@]} -gt 0 ]; then
    log "Installing ${missing[*]}"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
  PG_BIN="$(dirname "$(ls /usr/lib/postgresql/*/bin/initdb | sort -V | tail -1)")"
}

start_postgres() {
  PG_DIR="$WORK/pg"
  mkdir -p "$PG_DIR" && chown postgres:postgres "$PG_DIR"
  runuser -u postgres -- "$PG_BIN/initdb" -D "$PG_DIR/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 --no-sync >/dev/null
  local port=$((PORT + 1000))
  runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w -t 60 \
    -o "-p $port -k $PG_DIR -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c shared_buffers=256MB" start >/dev/null
  runuser -u postgres -- psql -h 127.0.0.1 -p "$port" -U postgres -qc "CREATE DATABASE cascade ENCODING 'UTF8' TEMPLATE template0" >/dev/null
  CONNECTION="Host=127.0.0.1;Port=$port;Username=postgres;Database=cascade;Pooling=true;Maximum Pool Size=64"
}

stop_postgres() {
  runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m fast stop >/dev/null
  rm -rf "$PG_DIR"
  PG_DIR=""
}

# Generates the dataset; prints "seconds tasks assignments reports".
generate() {
  local provider="$1" connection="$2" out="$WORK/generate-$1.txt"
  local start end
  start=$(date +%s.%N)
  dotnet "$ROOT/src/Cascade.Cli/bin/Release/net10.0/cascade.dll" demo-data --scale national --provider "$provider" --database "$connection" >"$out" 2>"$WORK/generate-$1.err"
  end=$(date +%s.%N)
  cat "$out" >&2
  local count
  count() { grep -E "│ $1 +│" "$out" | awk -F'│' '{gsub(/[ ,]/, "", $3); print $3}'; }
  echo "$(awk "BEGIN { printf \"%.1f\", $end - $start }") $(count Tasks) $(count Assignments) $(count Reports)"
}

start_web() {
  local provider="$1" connection="$2"
  (cd "$ROOT/src/Cascade.Web" && \
    ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="$BASE" \
    Database__Provider="$provider" ConnectionStrings__Cascade="$connection" \
    Cascade__SeedDemoData=false Cascade__Reminders__Enabled=false Cascade__DataFolder="$WORK/app-data" \
    Logging__LogLevel__Default=Warning \
    exec dotnet "$ROOT/src/Cascade.Web/bin/Release/net10.0/Cascade.Web.dll" >"$WORK/web-$provider.log" 2>&1) &
  WEB_PID=$!
  for _ in $(seq 1 120); do
    curl -fs "$BASE/health" >/dev/null 2>&1 && return 0
    sleep 0.5
  done
  cat "$WORK/web-$provider.log" >&2
  return 1
}

stop_web() {
  kill "$WEB_PID" 2>/dev/null || true
  wait "$WEB_PID" 2>/dev/null || true
  WEB_PID=""
}

bearer() {
  curl -fs -H 'Content-Type: application/json' -d "{\"email\":\"$1\",\"password\":\"$PASSWORD\"}" "$BASE/api/auth/login" \
    | python3 -c 'import json,sys; print(json.load(sys.stdin)["accessToken"])'
}

# Signs in through the login form, as a person would; prints the auth cookie as "name=value".
cookie() {
  local jar="$WORK/jar-$1"
  local form token
  form=$(curl -fs -c "$jar" "$BASE/Account/Login")
  token=$(printf '%s' "$form" | grep -o 'name="__RequestVerificationToken"[^>]*value="[^"]*"' | sed 's/.*value="//; s/"$//')
  curl -fs -b "$jar" -c "$jar" -o /dev/null --data-urlencode "Email=$1" --data-urlencode "Password=$PASSWORD" \
    --data-urlencode "__RequestVerificationToken=$token" "$BASE/Account/Login"
  awk '$6 == "cascade.auth" { print $6 "=" $7 }' "$jar"
}

header_for() {
  case "$1" in
    none) echo "" ;;
    viewer-cookie) echo "Cookie: $VIEWER_COOKIE" ;;
    viewer-bearer) echo "Authorization: Bearer $VIEWER_TOKEN" ;;
    reporter-cookie) echo "Cookie: $REPORTER_COOKIE" ;;
    reporter-bearer) echo "Authorization: Bearer $REPORTER_TOKEN" ;;
    *) echo "unknown auth kind $1" >&2; return 1 ;;
  esac
}

# Measures one endpoint; prints its JSON line.
measure() {
  local path="$1" header="$2" status cold
  # The first request after start-up builds what later ones may find kept: its time is reported too.
  read -r status cold < <(curl -s --compressed -o /dev/null -w '%{http_code} %{time_total}' ${header:+-H "$header"} "$BASE$path")
  if [ "$status" != "200" ]; then
    echo "{\"skipped\": \"HTTP $status\"}"
    return
  fi
  BENCH_HEADER="$header" wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP}s" -s "$ROOT/bench/national/report.lua" "$BASE$path" >/dev/null
  # The server's own CPU time per request (utime + stime from /proc): unlike latency, it hardly
  # depends on what else the machine is running.
  local ticks_before ticks_after line
  ticks_before=$(awk '{print $14 + $15}' "/proc/$WEB_PID/stat")
  line=$(BENCH_HEADER="$header" wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --timeout 10s -s "$ROOT/bench/national/report.lua" "$BASE$path" | tail -1)
  ticks_after=$(awk '{print $14 + $15}' "/proc/$WEB_PID/stat")
  python3 -c 'import json, sys
r = json.loads(sys.argv[1]); ticks = int(sys.argv[2]); hz = int(sys.argv[3])
r["cpu_ms_per_request"] = round(ticks * 1000 / hz / r["requests"], 2) if r["requests"] else None
r["first_ms"] = round(float(sys.argv[4]) * 1000, 1)
print(json.dumps(r))' "$line" "$((ticks_after - ticks_before))" "$(getconf CLK_TCK)" "$cold"
}

# The median time of DOCX_RUNS builds of the consolidated .docx (after a first one, reported apart).
docx_ms() {
  local header="Cookie: $VIEWER_COOKIE" status times=()
  status=$(curl -s -o /dev/null -w '%{http_code}' -H "$header" "$BASE$DOCX_PATH")
  if [ "$status" != "200" ]; then
    echo "null"
    return
  fi
  for _ in $(seq 1 "$DOCX_RUNS"); do
    times+=("$(curl -s -o /dev/null -w '%{time_total}' -H "$header" "$BASE$DOCX_PATH")")
  done
  printf '%s\n' "${times[@]}" | sort -n | awk '{ t[NR] = $1 } END { printf "%.0f", t[int((NR + 1) / 2)] * 1000 }'
}

need_packages
log "Building (Release)"
dotnet build "$ROOT/src/Cascade.Cli" -c Release -v q -nologo >/dev/null
dotnet build "$ROOT/src/Cascade.Web" -c Release -v q -nologo >/dev/null

RAW="$WORK/raw.json"
echo "{" >"$RAW"
first_db=1
for db in $DATABASES; do
  log "Database: $db"
  if [ "$db" = sqlite ]; then
    connection="Data Source=$WORK/national.db"
  else
    start_postgres # in this shell, so that PG_DIR is known to stop it
    connection="$CONNECTION"
  fi
  read -r gen_seconds tasks assignments reports < <(generate "$db" "$connection")
  log "Generated in ${gen_seconds}s: $tasks tasks, $assignments assignments, $reports reports"

  start_web "$db" "$connection"
  VIEWER_TOKEN=$(bearer "$VIEWER"); REPORTER_TOKEN=$(bearer "$REPORTER")
  VIEWER_COOKIE=$(cookie "$VIEWER"); REPORTER_COOKIE=$(cookie "$REPORTER")
  PROVINCE=$(curl -fs -H "Authorization: Bearer $VIEWER_TOKEN" "$BASE/api/dashboards/national" \
    | python3 -c 'import json,sys; print(json.load(sys.stdin)["provinces"][0]["unitId"])')

  [ $first_db = 1 ] || echo "," >>"$RAW"
  first_db=0
  printf '"%s": {"generate_s": %s, "tasks": %s, "assignments": %s, "reports": %s, "endpoints": {' "$db" "$gen_seconds" "$tasks" "$assignments" "$reports" >>"$RAW"
  first_ep=1
  while IFS='|' read -r name path auth; do
    name=$(echo "$name" | xargs); path=$(echo "$path" | xargs); auth=$(echo "$auth" | xargs)
    path="${path//\{province\}/$PROVINCE}"
    [ -n "$name" ] || continue
    if [ -n "$ONLY" ] && [ "$name" != ceiling ] && ! [[ "$name" =~ $ONLY ]]; then continue; fi
    log "$db $name $path"
    line=$(measure "$path" "$(header_for "$auth")")
    echo "$line" >&2
    [ $first_ep = 1 ] || echo "," >>"$RAW"
    first_ep=0
    printf '"%s": {"path": "%s", "auth": "%s", "result": %s}' "$name" "$path" "$auth" "$line" >>"$RAW"
  done <<<"$ENDPOINTS"
  docx=$(docx_ms)
  peak_kb=$(awk '/VmHWM/ {print $2}' "/proc/$WEB_PID/status")
  # Other work on the machine competes for its cores: the load average is kept with the figures.
  load=$(cut -d' ' -f1-3 /proc/loadavg)
  printf '}, "docx_ms": %s, "peak_rss_kb": %s, "load_average": "%s"}' "$docx" "$peak_kb" "$load" >>"$RAW"
  stop_web
  [ "$db" = sqlite ] || stop_postgres
done
echo "}" >>"$RAW"

[ -z "${KEEP_RAW:-}" ] || cp "$RAW" "$KEEP_RAW" # the raw figures, to merge runs by hand
python3 "$ROOT/bench/national/write_results.py" "$RAW" "$RESULTS" "$TODAY" \
  "threads $THREADS, connections $CONNECTIONS, ${DURATION}s after a ${WARMUP}s warm-up"
