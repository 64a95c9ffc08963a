"""Turns the raw figures of bench/national/run.sh into latest.json and the dated Markdown report."""
import json
import os
import platform
import subprocess
import sys

raw_path, results, today, settings = sys.argv[1:5]
raw = json.load(open(raw_path))
TARGET_INBOX_P95, TARGET_P95, TARGET_DASHBOARD_RATIO, TARGET_RSS_MB, TARGET_DOCX_MS = 30.0, 50.0, 0.40, 500, 1000


def command(*args):
    try:
        return subprocess.run(args, capture_output=True, text=True, check=False).stdout.strip().splitlines()[0]
    except (OSError, IndexError):
        return "?"


latest_path = os.path.join(results, "latest.json")
latest = json.load(open(latest_path)) if os.path.exists(latest_path) else {}
skipped = {}
for db, run in raw.items():
    ceiling = run["endpoints"]["ceiling"]["result"]
    ceiling_rps = ceiling.get("rps")
    endpoints = {}
    for name, endpoint in run["endpoints"].items():
        result = endpoint["result"]
        if name == "ceiling":
            continue
        if "skipped" in result:
            skipped.setdefault(db, []).append(f"{name} ({endpoint['path']}): {result['skipped']}")
            continue
        endpoints[name] = {
            "p50_ms": result["p50_ms"],
            "p95_ms": result["p95_ms"],
            "p99_ms": result["p99_ms"],
            "rps": result["rps"],
            "ratio_to_ceiling": round(result["rps"] / ceiling_rps, 4) if ceiling_rps else None,
            "first_ms": result.get("first_ms"),
        }
    latest[db] = {
        "tasks": run["tasks"],
        "assignments": run["assignments"],
        "reports": run["reports"],
        "endpoints": endpoints,
        "ceiling_rps": ceiling_rps,
        "docx_ms": run["docx_ms"],
        "peak_rss_mb": round(run["peak_rss_kb"] / 1024, 1),
    }

with open(latest_path, "w") as f:
    json.dump(latest, f, indent=2, ensure_ascii=False)
    f.write("\n")


def verdict(name, e):
    misses = []
    limit = TARGET_INBOX_P95 if "inbox" in name else TARGET_P95
    if e["p95_ms"] > limit:
        misses.append(f"p95 > {limit:.0f} ms")
    if "dashboard" in name and (e["ratio_to_ceiling"] or 0) < TARGET_DASHBOARD_RATIO:
        misses.append("< 40% of ceiling")
    return "ok" if not misses else "**miss**: " + ", ".join(misses)


cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), platform.processor())
memory_gb = round(int(next(l.split()[1] for l in open("/proc/meminfo") if l.startswith("MemTotal"))) / 1024 / 1024)
lines = [
    f"# National benchmark, {today}",
    "",
    "The synthetic national dataset (`cascade demo-data --scale national`: 34 provinces, 3,321 communes, "
    "one plan each, Decree 09 periods and reports 2024–2030) served by the web app in Release over loopback, "
    "measured with wrk. Produced by `bench/national/run.sh`.",
    "",
    f"- Machine: {os.cpu_count()} cores ({cpu}), {memory_gb} GiB, {platform.system()} {platform.release()}",
    f"- .NET {command('dotnet', '--version')}; {command('wrk', '--version')}; PostgreSQL {command('sh', '-c', 'ls /usr/lib/postgresql | sort -V | tail -1')} (throwaway server, fsync off); SQLite (Microsoft.Data.Sqlite, WAL)",
    "- Every request asks for a compressed answer as a browser does (`Accept-Encoding: gzip, deflate, br`), the ceiling's too; the health answer is never compressed",
    f"- Load: {settings}; the reporter is the first province's Department of Science and Technology, the viewer the national viewer account",
    f"- Targets: inbox p95 ≤ {TARGET_INBOX_P95:.0f} ms, other pages and lists p95 ≤ {TARGET_P95:.0f} ms, dashboards also ≥ 40% of the ceiling, consolidated .docx ≤ {TARGET_DOCX_MS / 1000:.0f} s, server peak memory ≤ {TARGET_RSS_MB} MB",
    "",
]
for db, run in raw.items():
    figures = latest[db]
    lines += [
        f"## {db}",
        "",
        f"Dataset: {figures['tasks']:,} tasks, {figures['assignments']:,} assignments, {figures['reports']:,} reports; generated in {run['generate_s']} s.",
        f"Load average of the machine at the end of the measurements (1, 5, 15 min): {run.get('load_average', '?')} on {os.cpu_count()} cores.",
        f"Ceiling (`/health`): {figures['ceiling_rps']:,.0f} requests/s ({run['endpoints']['ceiling']['result'].get('cpu_ms_per_request', '?')} ms of server CPU per request). Server peak memory (VmHWM): {figures['peak_rss_mb']} MB"
        + (" — **over target**" if figures["peak_rss_mb"] > TARGET_RSS_MB else "") + ".",
        "Consolidated .docx (median of the builds after the first): " + (f"{figures['docx_ms']} ms" + (" — **over target**." if figures["docx_ms"] > TARGET_DOCX_MS else ".") if figures["docx_ms"] is not None else "not measured (the endpoint did not answer)."),
        "",
        "First request: the one after start-up, which builds what later requests may find kept (dashboards and inboxes are kept until a save).",
        "",
        "| endpoint | path | first ms | p50 ms | p95 ms | p99 ms | req/s | of ceiling | server CPU ms/request | target |",
        "|---|---|---:|---:|---:|---:|---:|---:|---:|---|",
    ]
    for name, e in figures["endpoints"].items():
        path = run["endpoints"][name]["path"]
        cpu = run["endpoints"][name]["result"].get("cpu_ms_per_request")
        first = e.get("first_ms")
        lines.append(f"| {name} | `{path}` | {'—' if first is None else f'{first:.0f}'} | {e['p50_ms']:.1f} | {e['p95_ms']:.1f} | {e['p99_ms']:.1f} | {e['rps']:,.0f} | {e['ratio_to_ceiling']:.1%} | {'—' if cpu is None else f'{cpu:.1f}'} | {verdict(name, e)} |")
    for note in skipped.get(db, []):
        lines.append(f"\nNot measured: {note}.")
    failures = {n: run["endpoints"][n]["result"].get("failures", 0) for n in run["endpoints"] if "failures" in run["endpoints"][n]["result"]}
    if any(failures.values()):
        lines.append("\nFailed requests (non-2xx/3xx or socket errors): " + ", ".join(f"{n}: {c}" for n, c in failures.items() if c) + ".")
    lines.append("")

# Notes written by hand (profiling, fixes, before and after) below the marker are kept on a re-run.
report_path = os.path.join(results, f"national-{today}.md")
marker = "<!-- notes: kept when the script rewrites this file -->"
notes = ""
if os.path.exists(report_path):
    text = open(report_path).read()
    if marker in text:
        notes = text[text.index(marker) + len(marker):]
with open(report_path, "w") as f:
    f.write("\n".join(lines) + "\n" + marker + notes)
print(f"Wrote {report_path} and {latest_path}")
