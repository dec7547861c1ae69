"""Build the held-out evaluation sets from inline-marked source text.

Each set lives in its own folder with a source.py that defines
  PREFIX   e.g. "t" or "s"
  REVIEWS  list of (platform, specialty, rating, reviewer_name, marked_text)
  DRAFTS   list of (review_number, codes, draft, why)   codes: letters E N C M D G I, "" = safe
Reviews are numbered by position (1-based) -> PREFIX-rNNN; drafts likewise -> PREFIX-dNNN.
Inline markup: [[TYPE:text]].  Run: python build.py tune sealed
"""
import importlib.util
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TYPES = ("PERSON", "PROVIDER", "DATE_TIME", "AGE", "CONTACT", "ID", "HEALTH", "FINANCIAL", "LOCATION")
CODES = {"E": "ECHO_PHI", "N": "NEW_PHI", "C": "CONFIRMS_PATIENT", "M": "MEDICAL_ADVICE",
         "D": "DEFENSIVE", "G": "GUARANTEE", "I": "INCENTIVE"}
MARK = re.compile(r"\[\[([A-Z_]+):(.*?)\]\]", re.S)


def parse(marked):
    out, ents, pos = [], [], 0
    for m in MARK.finditer(marked):
        out.append(marked[pos:m.start()])
        start = sum(len(s) for s in out)
        typ, txt = m.group(1), m.group(2)
        assert typ in TYPES, typ
        out.append(txt)
        ents.append({"start": start, "end": start + len(txt), "type": typ, "text": txt})
        pos = m.end()
    out.append(marked[pos:])
    return "".join(out), ents


def build(name):
    folder = HERE / name
    spec = importlib.util.spec_from_file_location(f"src_{name}", folder / "source.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    p = mod.PREFIX
    with open(folder / "reviews.jsonl", "w", encoding="utf-8") as f:
        for i, (platform, specialty, rating, reviewer, marked) in enumerate(mod.REVIEWS, 1):
            text, ents = parse(marked)
            row = {"id": f"{p}-r{i:03d}", "platform": platform, "specialty": specialty, "rating": rating,
                   "reviewer_name": reviewer, "text": text, "entities": ents}
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    order = list(CODES)
    with open(folder / "drafts.jsonl", "w", encoding="utf-8") as f:
        for i, (rnum, codes, draft, why) in enumerate(mod.DRAFTS, 1):
            assert all(c in CODES for c in codes), codes
            viol = [CODES[c] for c in sorted(set(codes), key=order.index)]
            row = {"id": f"{p}-d{i:03d}", "review_id": f"{p}-r{rnum:03d}", "draft": draft,
                   "safe": not viol, "violations": viol, "why": why}
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{name}: {len(mod.REVIEWS)} reviews, {len(mod.DRAFTS)} drafts")


if __name__ == "__main__":
    for n in sys.argv[1:] or ["tune", "sealed"]:
        build(n)
