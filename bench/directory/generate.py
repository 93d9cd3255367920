#!/usr/bin/env python3
"""Generates a national-scale, clearly invented Directory data set straight into the database (bulk insert).

Usage: bench/directory/generate.py sqlite PATH.db SERVICES
       bench/directory/generate.py postgres "host=... port=... user=... dbname=..." SERVICES
The database must be migrated (start the app once); the taxonomies are the bench's own ("bench-pijler", ...), beside the shipped ones. Makes 40 networks, SERVICES/20 organisations,
SERVICES services at 1.2 x SERVICES locations spread over the places of the embedded gazetteer, with
pillar/theme/target-group terms, age ranges, languages, costs and weekly schedules. Deterministic.
"""
import csv, io, json, random, subprocess, sqlite3, sys, time, uuid
from pathlib import Path

provider, target, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
rng = random.Random(20261123)
root = Path(__file__).resolve().parents[2]
now = "2026-11-01 09:00:00"

def new_id():
    return uuid.UUID(int=rng.getrandbits(128), version=4)

places = []
with open(root / "src/Modules/Verbind.ServiceDirectory/Data/Geo/postcodes.csv", encoding="utf-8") as f:
    for row in csv.DictReader(f):
        places.append(row)
kinds = ["Babymassage", "Borstvoedingsconsult", "Kraamzorg", "Consultatiebureau", "Speelochtend", "Babycafé", "Peutergym",
         "Opvoedingswinkel", "Oudergroep", "Prenatale yoga", "Vroedvrouwenspreekuur", "Huiswerkklas", "Tienerwerking",
         "Speel-o-theek", "Taalklas voor ouders", "Rouwgroep na verlies", "Logopedie", "Kinderopvang", "Inloopmoment", "Voorleesuur"]
words = ["ouders", "kinderen", "baby's", "zwangere vrouwen", "gezinnen", "peuters", "tieners", "grootouders", "papa's", "mama's"]
taxonomies = {
    "pijler": ["onthaal", "consultatie", "ontmoeting", "opvoeding", "groepsaanbod"],
    "thema": ["eerste-1000-dagen", "perinatale-rouw", "voeding", "slapen", "taal", "armoede", "gezondheid", "spel"],
    "doelgroep": [("zwanger", -9, 0), ("0-3", 0, 36), ("3-6", 36, 72), ("6-12", 72, 144), ("12-18", 144, 216), ("18-24", 216, 288), ("ouders", None, None)],
}

rows = {t: [] for t in ["platform_networks", "partners_organisations", "partners_memberships", "directory_taxonomies", "directory_taxonomy_terms",
                        "directory_services", "directory_locations", "directory_service_at_locations", "directory_schedules",
                        "directory_service_terms", "directory_cost_options"]}
networks = []
for n in range(40):
    nid = new_id()
    networks.append(nid)
    rows["platform_networks"].append(dict(Id=nid, Slug=f"bench-{n:02d}", Name=f"Benchnetwerk {n:02d}", Kind="HuisVanHetKind", Country="Belgium",
                                          theme_primary_color="#01689b", theme_accent_color="#ffb612", CreatedAt=now))
terms = {}
for code, values in taxonomies.items():
    tid = new_id()
    rows["directory_taxonomies"].append(dict(Id=tid, Code=f"bench-{code}", Name=code.capitalize(), Description="Verzonnen taxonomie voor de benchmark"))
    for value in values:
        value, minimum, maximum = value if isinstance(value, tuple) else (value, None, None)
        term = new_id()
        terms.setdefault(code, []).append((term, minimum, maximum))
        rows["directory_taxonomy_terms"].append(dict(Id=term, TaxonomyId=tid, Code=value, Name=value.replace("-", " ").capitalize(), Description="",
                                                     Names={}, Synonyms=[], MinimumAgeMonths=minimum, MaximumAgeMonths=maximum))
organisations = []
for o in range(max(1, count // 20)):
    oid, network = new_id(), networks[o % len(networks)]
    organisations.append((oid, network))
    name = f"Verzonnen organisatie {o:05d}"
    rows["partners_organisations"].append(dict(Id=oid, Name=name, Kind="Ngo", Sector="Social", CreatedAt=now, UpdatedAt=now, SearchText=name.lower(), Address_CountryCode="BE"))
    rows["partners_memberships"].append(dict(Id=new_id(), NetworkId=network, OrganisationId=oid, Role="Partner", StartDate="2020-01-01"))
for s in range(count):
    sid = new_id()
    oid, network = organisations[s % len(organisations)]
    place = places[rng.randrange(len(places))]
    kind = rng.choice(kinds)
    group = rng.choice(terms["doelgroep"])
    languages = ["nl"] + rng.sample(["fr", "en", "ar", "tr", "pl", "ro"], rng.randrange(0, 3))
    rows["directory_services"].append(dict(
        Id=sid, NetworkId=network, OrganisationId=oid, Name=f"{kind} {place['place']} {s:06d}",
        Description=f"{kind} voor {rng.choice(words)} en {rng.choice(words)} in {place['place']}. Een verzonnen aanbod voor de benchmark.",
        Status="Active", MinimumAgeMonths=group[1], MaximumAgeMonths=group[2], CreatedAt=now, UpdatedAt=now, Translations="[]", Languages=languages))
    for code in ["pijler", "thema"]:
        rows["directory_service_terms"].append(dict(ServiceId=sid, TermId=rng.choice(terms[code])[0], NetworkId=network))
    rows["directory_service_terms"].append(dict(ServiceId=sid, TermId=group[0], NetworkId=network))
    if rng.random() < 0.3:
        rows["directory_cost_options"].append(dict(Id=new_id(), NetworkId=network, ServiceId=sid, Amount=rng.choice(["2.00", "5.00", "7.50", "10.00", "25.00"]), Currency="EUR"))
    for _ in range(2 if rng.random() < 0.2 else 1):
        lid = new_id()
        at = place if _ == 0 else places[rng.randrange(len(places))]
        rows["directory_locations"].append(dict(
            Id=lid, NetworkId=network, OrganisationId=oid, Name=f"Locatie {at['place']}", LocationType="Physical", Street=f"Verzonnenstraat {rng.randrange(1, 200)}",
            Postcode=at["postcode"], Municipality=at["place"], CountryCode=at["country"],
            Latitude=float(at["latitude"]) + rng.uniform(-0.01, 0.01), Longitude=float(at["longitude"]) + rng.uniform(-0.01, 0.01),
            IsRedacted=rng.random() < 0.02, AccessibilityFeatures=rng.sample(range(12), rng.randrange(0, 4)), Languages=[], CreatedAt=now, UpdatedAt=now))
        rows["directory_service_at_locations"].append(dict(Id=new_id(), NetworkId=network, ServiceId=sid, LocationId=lid))
        opens = rng.choice([8, 9, 13, 14, 18])
        rows["directory_schedules"].append(dict(Id=new_id(), NetworkId=network, LocationId=lid, Frequency="Weekly", Interval=1,
                                                Days=sorted(rng.sample(range(7), rng.randrange(1, 4))), AttendingType="InPerson",
                                                OpensAt=f"{opens:02d}:00:00", ClosesAt=f"{opens + 3:02d}:00:00"))

def sqlite_value(v):
    if isinstance(v, uuid.UUID):
        return str(v).upper()
    if isinstance(v, bool):
        return int(v)
    if isinstance(v, (list, dict)):
        return json.dumps(v)
    return v

def pg_value(v):
    if v is None:
        return "\\N"
    if isinstance(v, bool):
        return "t" if v else "f"
    if isinstance(v, list):
        return "{" + ",".join(str(x) for x in v) + "}"
    if isinstance(v, dict):
        return json.dumps(v)
    return str(v).replace("\\", "\\\\").replace("\t", " ").replace("\n", " ")

started = time.time()
if provider == "sqlite":
    db = sqlite3.connect(target)
    db.execute("PRAGMA synchronous=OFF")
    for table, items in rows.items():
        columns = sorted({c for item in items for c in item})
        db.executemany(f'INSERT INTO "{table}" ({",".join(chr(34) + c + chr(34) for c in columns)}) VALUES ({",".join("?" * len(columns))})',
                       ([sqlite_value(item.get(c)) for c in columns] for item in items))
    db.commit()
else:
    for table, items in rows.items():
        columns = sorted({c for item in items for c in item})
        data = io.StringIO()
        for item in items:
            data.write("\t".join(pg_value(item.get(c)) for c in columns) + "\n")
        subprocess.run(["psql", target, "-q", "-v", "ON_ERROR_STOP=1", "-c",
                        f'COPY "{table}" ({",".join(chr(34) + c + chr(34) for c in columns)}) FROM STDIN'],
                       input=data.getvalue().encode(), check=True)
print(f"{count} services, {len(rows['directory_locations'])} locations in {time.time() - started:.1f} s ({provider})")
