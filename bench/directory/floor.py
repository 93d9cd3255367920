#!/usr/bin/env python3
"""The floor: the same searches as the page, as one hand-written SQL query each (the database does the text match
with LIKE, the age and free filters; no stemming, synonyms, typos, distance or facets), on one connection.
Usage: bench/directory/floor.py sqlite PATH.db [queries=500]
       bench/directory/floor.py postgres "host=... port=... user=... dbname=..." [queries=500]   (through pgbench)
Prints p50/p95 in ms and queries per second on one connection."""
import glob, os, random, sqlite3, subprocess, sys, tempfile, time

provider, target = sys.argv[1], sys.argv[2]
n = int(sys.argv[3]) if len(sys.argv) > 3 else 500
words = ["babymassage", "borstvoeding", "kraamzorg", "speelochtend", "peutergym", "opvoeding", "oudergroep", "yoga", "vroedvrouw", "huiswerkklas"]
ages = [None, 3, 24, 96]

def report(times_ms, label):
    times_ms.sort()
    count = len(times_ms)
    print(f"  floor (one SQL query, {label}, 1 connection): p50 {times_ms[count // 2]:.2f} ms, p95 {times_ms[int(count * 0.95)]:.2f} ms, "
          f"{1000 / (sum(times_ms) / count):.0f} queries/s")

if provider == "sqlite":
    db = sqlite3.connect(target)
    sql = """
SELECT s.Id, s.Name, s.Description, count(*) OVER () AS total
FROM directory_services s
WHERE s.Status = 'Active'
  AND (lower(s.Name) LIKE '%' || ?1 || '%' OR lower(s.Description) LIKE '%' || ?1 || '%')
  AND (?2 IS NULL OR ((s.MinimumAgeMonths IS NULL OR s.MinimumAgeMonths <= ?2) AND (s.MaximumAgeMonths IS NULL OR s.MaximumAgeMonths >= ?2)))
  AND (?3 = 0 OR NOT EXISTS (SELECT 1 FROM directory_cost_options c WHERE c.ServiceId = s.Id AND CAST(c.Amount AS REAL) > 0))
ORDER BY s.Name LIMIT 20"""
    rng = random.Random(1)
    times = []
    for i in range(n):
        args = (rng.choice(words), rng.choice(ages), rng.choice([0, 0, 1]))
        started = time.perf_counter()
        db.execute(sql, args).fetchall()
        times.append((time.perf_counter() - started) * 1000)
    report(times, "SQLite")
else:
    array = lambda values: "ARRAY[" + ",".join("NULL::int" if v is None else (f"'{v}'" if isinstance(v, str) else str(v)) for v in values) + "]"
    script = f"""\\set w random(1, {len(words)})
\\set a random(1, {len(ages)})
\\set f random(0, 2)
SELECT s."Id", s."Name", s."Description", count(*) OVER () AS total
FROM directory_services s
WHERE s."Status" = 'Active'
  AND (lower(s."Name") LIKE '%' || ({array(words)})[:w] || '%' OR lower(s."Description") LIKE '%' || ({array(words)})[:w] || '%')
  AND (({array(ages)})[:a] IS NULL OR ((s."MinimumAgeMonths" IS NULL OR s."MinimumAgeMonths" <= ({array(ages)})[:a])
       AND (s."MaximumAgeMonths" IS NULL OR s."MaximumAgeMonths" >= ({array(ages)})[:a])))
  AND (:f < 2 OR NOT EXISTS (SELECT 1 FROM directory_cost_options c WHERE c."ServiceId" = s."Id" AND c."Amount" > 0))
ORDER BY s."Name" LIMIT 20;
"""
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "floor.sql")
        with open(path, "w") as f:
            f.write(script)
        subprocess.run(["pgbench", "-n", "-c", "1", "-t", str(n), "-f", path, "-l", "--log-prefix", os.path.join(folder, "floor"), target],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=folder)
        times = []
        for log in glob.glob(os.path.join(folder, "floor*")):
            if log.endswith(".sql"):
                continue
            with open(log) as f:
                times += [int(line.split()[2]) / 1000 for line in f if line.strip()]
    report(times, "PostgreSQL")
