#!/usr/bin/env python3
"""The floor: the same searches as the page, as one hand-written SQL query each against SQLite (the database
does the text match with LIKE, the age and free filters; no stemming, synonyms, typos, distance or facets).
Usage: bench/directory/floor.py PATH.db [queries=500]. Prints p50/p95 in ms and queries per second on one core."""
import random, sqlite3, sys, time
db = sqlite3.connect(sys.argv[1])
n = int(sys.argv[2]) if len(sys.argv) > 2 else 500
words = ["babymassage", "borstvoeding", "kraamzorg", "speelochtend", "peutergym", "opvoeding", "oudergroep", "yoga", "vroedvrouw", "huiswerkklas"]
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
    args = (rng.choice(words), rng.choice([None, 3, 24, 96]), rng.choice([0, 0, 1]))
    started = time.perf_counter()
    db.execute(sql, args).fetchall()
    times.append((time.perf_counter() - started) * 1000)
times.sort()
print(f"  floor (one SQL query, SQLite, 1 connection): p50 {times[n // 2]:.2f} ms, p95 {times[int(n * 0.95)]:.2f} ms, {1000 / (sum(times) / n):.0f} queries/s")
