"""Validate reviews.jsonl and drafts.jsonl and print corpus counts.

Run: python validate.py tune t   /   python validate.py sealed s   (adapted from /work/shared/corpus/validate.py)
Checks structure, offsets, ids and references, allowed types and codes, the
required content from the brief, and consistency heuristics (unlabelled repeats
of a labelled string, unlabelled PHI-looking patterns).
"""
import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(sys.argv[1]).resolve()
PFX = sys.argv[2]
ENTITY_TYPES = ["PERSON", "PROVIDER", "DATE_TIME", "AGE", "CONTACT", "ID",
                "HEALTH", "FINANCIAL", "LOCATION"]
CODES = ["ECHO_PHI", "NEW_PHI", "CONFIRMS_PATIENT", "MEDICAL_ADVICE",
         "DEFENSIVE", "GUARANTEE", "INCENTIVE"]
PLATFORMS = {"google", "yelp", "healthgrades", "facebook", "zocdoc"}
REVIEW_KEYS = {"id", "platform", "specialty", "rating", "reviewer_name", "text", "entities"}
DRAFT_KEYS = {"id", "review_id", "draft", "safe", "violations", "why"}

SEED_NAME = "Claude Jones"
SEED_TEXT = ("This is the worst dental experience I've ever had. The dentist extracted two of my "
             "teeth when only one actually needed to be removed. This was confirmed by a new dentist "
             "I just saw. Costs me an additional $400. Stay away from this guy!")
SEED_REPLY = ("Thank you for your feedback. We strive to ensure that every patient we see receives "
              "excellent care and leaves satisfied. I would like to discuss this matter further – "
              "please contact me at your soonest convenience.")

# Unlabelled occurrences that are intentional (a name used as a common word,
# a rating that looks like a date). Keyed by (review id, exact string).
ALLOWED_UNLABELLED = {
    ("d-r015", "Will"),   # "Will definitely be back." (verb; the signature "Will T." is labelled)
    ("d-r095", "Will"),   # "Will I come back?" (verb; the grandson "Will" is labelled)
    ("d-r012", "10/10"),  # a rating, not a date
}
PHI_PATTERNS = {
    "money": re.compile(r"\$\d[\d,]*(?:\.\d+)?"),
    "slash-date": re.compile(r"\b\d{1,2}/\d{1,2}(?:/\d{2,4})?\b"),
    "email": re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"),
    "phone": re.compile(r"\(?\b\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}\b|\b555-01\d\d\b"),
    "handle": re.compile(r"(?<![\w.])@[A-Za-z][\w.]*\w"),
}
SPANISH_HINTS = re.compile(r"\b(que|por|una|los|las|del|muy|llamé|cobraron|después)\b", re.I)
HTML_LIKE = re.compile(r"</?[A-Za-z][^>]*>|&[a-z]+;")

errors, warnings = [], []


def err(msg):
    errors.append(msg)


def warn(msg):
    warnings.append(msg)


def load(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                err(f"{path.name}:{n}: blank line")
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as e:
                err(f"{path.name}:{n}: invalid JSON ({e})")
                continue
            if not isinstance(obj, dict):
                err(f"{path.name}:{n}: not a JSON object")
                continue
            rows.append(obj)
    return rows


def covered(entities, start, end):
    return any(e["start"] <= start and end <= e["end"] for e in entities)


def check_reviews(reviews):
    seen = set()
    for r in reviews:
        rid = r.get("id", "?")
        if set(r) != REVIEW_KEYS:
            err(f"{rid}: keys {sorted(r)} != {sorted(REVIEW_KEYS)}")
            continue
        if not re.fullmatch(PFX + r"-r\d{3}", rid):
            err(f"{rid}: bad id format")
        if rid in seen:
            err(f"{rid}: duplicate id")
        seen.add(rid)
        if r["platform"] not in PLATFORMS:
            err(f"{rid}: platform {r['platform']!r}")
        if not isinstance(r["specialty"], str) or not re.fullmatch(r"[a-z_]+", r["specialty"]):
            err(f"{rid}: specialty {r['specialty']!r}")
        if type(r["rating"]) is not int or not 1 <= r["rating"] <= 5:
            err(f"{rid}: rating {r['rating']!r}")
        if not isinstance(r["reviewer_name"], str) or not r["reviewer_name"].strip():
            err(f"{rid}: empty reviewer_name")
        text = r["text"]
        if not isinstance(text, str) or not text.strip():
            err(f"{rid}: empty text")
            continue
        if "[[" in text or "]]" in text:
            err(f"{rid}: leftover markup")
        ents = r["entities"]
        if not isinstance(ents, list):
            err(f"{rid}: entities is not a list")
            continue
        prev_end = -1
        for e in ents:
            if not isinstance(e, dict) or set(e) != {"start", "end", "type", "text"}:
                err(f"{rid}: bad entity {e!r}")
                continue
            s, t_end = e["start"], e["end"]
            if type(s) is not int or type(t_end) is not int or not 0 <= s < t_end <= len(text):
                err(f"{rid}: bad offsets {e!r}")
                continue
            if text[s:t_end] != e["text"]:
                err(f"{rid}: offset text mismatch {text[s:t_end]!r} != {e['text']!r}")
            if e["type"] not in ENTITY_TYPES:
                err(f"{rid}: unknown type {e['type']!r}")
            if s < prev_end:
                err(f"{rid}: overlapping or unsorted entity at {s} ({e['text']!r})")
            prev_end = t_end
            ends_badly = e["text"][-1] in ".,;:!?'\"" and not re.search(r"\b[A-Z]\.$", e["text"])
            if e["text"] != e["text"].strip() or ends_badly:
                warn(f"{rid}: entity has edge whitespace/punctuation {e['text']!r}")
        # Consistency: every occurrence of a labelled string should be labelled.
        for label in {e["text"] for e in ents}:
            for m in re.finditer(r"(?<!\w)" + re.escape(label) + r"(?!\w)", text):
                if not covered(ents, m.start(), m.end()) and (rid, label) not in ALLOWED_UNLABELLED:
                    err(f"{rid}: unlabelled occurrence of labelled string {label!r} at {m.start()}")
        # PHI-looking patterns should sit inside an entity.
        for kind, pat in PHI_PATTERNS.items():
            for m in pat.finditer(text):
                if not covered(ents, m.start(), m.end()) and (rid, m.group()) not in ALLOWED_UNLABELLED:
                    err(f"{rid}: unlabelled {kind} {m.group()!r}")
    return seen


def check_drafts(drafts, review_ids):
    seen = set()
    for d in drafts:
        did = d.get("id", "?")
        if set(d) != DRAFT_KEYS:
            err(f"{did}: keys {sorted(d)} != {sorted(DRAFT_KEYS)}")
            continue
        if not re.fullmatch(PFX + r"-d\d{3}", did):
            err(f"{did}: bad id format")
        if did in seen:
            err(f"{did}: duplicate id")
        seen.add(did)
        if d["review_id"] not in review_ids:
            err(f"{did}: review_id {d['review_id']!r} not in reviews.jsonl")
        if not isinstance(d["draft"], str) or not d["draft"].strip():
            err(f"{did}: empty draft")
        if type(d["safe"]) is not bool:
            err(f"{did}: safe is not a bool")
        v = d["violations"]
        if not isinstance(v, list) or any(c not in CODES for c in v) or len(set(v)) != len(v):
            err(f"{did}: bad violations {v!r}")
        elif d["safe"] != (not v):
            err(f"{did}: safe={d['safe']} inconsistent with violations {v}")
        why = d["why"]
        if not isinstance(why, str) or not why.strip():
            err(f"{did}: empty why")
        elif not why.endswith(".") or re.search(r"[.!?] [A-Z]", why.replace("Dr. ", "Dr ")):
            warn(f"{did}: 'why' may not be one sentence: {why!r}")


def main():
    reviews = load(HERE / "reviews.jsonl")
    drafts = load(HERE / "drafts.jsonl")
    review_ids = check_reviews(reviews)
    check_drafts(drafts, review_ids)
    by_id = {r.get("id"): r for r in reviews}

    lengths = [len(r["text"]) for r in reviews]
    html = [r["id"] for r in reviews if HTML_LIKE.search(r["text"])]
    spanish = [r["id"] for r in reviews if len(SPANISH_HINTS.findall(r["text"])) >= 3]
    if not html:
        warn("no HTML-like review")
    if not 3 <= len(spanish) <= 4:
        err(f"expected 3-4 Spanish reviews, found {spanish}")

    # Counts.
    n = len(reviews)
    type_counts = Counter(e["type"] for r in reviews for e in r["entities"])
    reviews_with = Counter(t for r in reviews for t in {e["type"] for e in r["entities"]})
    no_phi = [r["id"] for r in reviews if not any(e["type"] != "PROVIDER" for e in r["entities"])]
    ratings = Counter(r["rating"] for r in reviews)
    neg = ratings[1] + ratings[2]
    mixed = ratings[3]
    pos = ratings[4] + ratings[5]
    print(f"reviews: {n}  (chars: min {min(lengths)}, median {sorted(lengths)[n // 2]}, max {max(lengths)})")
    print(f"  ratings: " + ", ".join(f"{k}*={ratings[k]}" for k in range(1, 6))
          + f"  -> negative {neg} ({neg / n:.0%}), mixed {mixed} ({mixed / n:.0%}), positive {pos} ({pos / n:.0%})")
    print("  platforms: " + ", ".join(f"{k}={v}" for k, v in sorted(Counter(r['platform'] for r in reviews).items())))
    print("  specialties: " + ", ".join(f"{k}={v}" for k, v in sorted(Counter(r['specialty'] for r in reviews).items())))
    print(f"  no PHI (no entity other than PROVIDER): {len(no_phi)}  {' '.join(no_phi)}")
    print(f"  Spanish: {' '.join(spanish)}   HTML-like: {' '.join(html)}   over 2,000 chars: "
          + " ".join(r["id"] for r in reviews if len(r["text"]) > 2000))
    print(f"  entities: {sum(type_counts.values())} "
          f"(PHI {sum(v for k, v in type_counts.items() if k != 'PROVIDER')}, PROVIDER {type_counts['PROVIDER']})")
    print(f"    {'type':<10} {'spans':>5} {'reviews':>7}")
    for t in ENTITY_TYPES:
        print(f"    {t:<10} {type_counts[t]:>5} {reviews_with[t]:>7}")
    pos_with_phi = sum(1 for r in reviews if r["rating"] >= 4 and r["id"] not in no_phi)
    print(f"  positive reviews that disclose PHI: {pos_with_phi}/{pos}")

    nd = len(drafts)
    safe = sum(d["safe"] for d in drafts)
    code_counts = Counter(c for d in drafts for c in d["violations"])
    single = Counter(d["violations"][0] for d in drafts if len(d["violations"]) == 1)
    per_review = Counter(d["review_id"] for d in drafts)
    tricky = sum(d["why"].startswith("Tricky") for d in drafts)
    tricky_safe = sum(d["why"].startswith("Tricky safe") for d in drafts)
    print(f"drafts: {nd}  safe {safe} ({safe / nd:.0%}), unsafe {nd - safe} ({(nd - safe) / nd:.0%})")
    print(f"  reviews with drafts: {len(per_review)}/{n}; drafts per review: "
          + ", ".join(f"{k} draft(s): {v}" for k, v in sorted(Counter(per_review.values()).items())))
    print(f"  marked tricky in 'why': {tricky} (safe {tricky_safe}, unsafe {tricky - tricky_safe})")
    print(f"    {'code':<17} {'drafts':>6} {'only code':>9}")
    for c in CODES:
        print(f"    {c:<17} {code_counts[c]:>6} {single[c]:>9}")
    print("  violations per unsafe draft: " + ", ".join(
        f"{k}: {v}" for k, v in sorted(Counter(len(d['violations']) for d in drafts if not d['safe']).items())))
    missing = [rid for rid in by_id if rid not in per_review]
    if missing:
        warn(f"reviews without drafts: {missing}")

    for w in warnings:
        print("WARNING:", w)
    for e in errors:
        print("ERROR:", e)
    if errors:
        print(f"VALIDATION FAILED: {len(errors)} error(s), {len(warnings)} warning(s)")
        sys.exit(1)
    print(f"VALIDATION PASSED: {n} reviews, {nd} drafts, {len(warnings)} warning(s)")


if __name__ == "__main__":
    main()
