"""Regenerate the two generated health lexicons from public vocabularies.

    python3 -m venv /tmp/lexbuild
    /tmp/lexbuild/bin/pip install simple-icd-10-cm==1.5.0 drug-named-entity-recognition==2.0.9 \
        wordfreq==3.1.1 faker==40.54.0
    /tmp/lexbuild/bin/python scripts/build_health_lexicons.py

Writes app/phi/lexicons/health_en_icd10cm.txt, health_en_drugs_generated.txt and common_words.txt.
The app reads only those text files; none of these packages is needed at run time.

Where the words come from, and why each filter:
- ICD-10-CM (the CDC's diagnosis code set, via simple-icd-10-cm): every word of the
  descriptions and inclusion terms of chapters A-R (diseases, symptoms, findings;
  not injuries by external cause or encounters, whose words are everyday ones:
  "pedestrian", "boat", "encounter"). A word is kept when it appears in at least
  three codes (or is very rare in English), is at least five letters, and is rare
  in everyday English (wordfreq Zipf < 3.0; Spanish counts too, at Zipf < 3.5), so "rabies", "bilirubin", "sciatica"
  stay and "unspecified", "chronic", "other" go.
- Drug names (drug-named-entity-recognition's dictionary, built from DrugBank,
  MeSH, Wikipedia and the NHS): one-word names of five or more letters that are rare
  in everyday English (Zipf < 3.0), are not common first or last names (Faker's
  English and Spanish person lists: "Allegra", "Camila"), and are not one letter
  away from a common English word (a typo of "damage" is not a drug).
- Everyday vocabulary (common_words.txt): English words with wordfreq Zipf >= 2.7 and Spanish words
  with Zipf >= 3.0. The health recognizer treats a word outside it, in a sentence that already talks
  about health, as a health term nobody listed ("diastasis", "tartamudeaba", "blotchy").
- A short list of ordinary words that slip through both filters (foods, brands of
  other things, general nouns) is removed by hand: STOP below.
"""

from __future__ import annotations

import bz2
import pickle  # nosec B403 - the drug package ships its dictionary as a pickle; read at build time only
import re
from collections import Counter
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "app" / "phi" / "lexicons"
WORD = re.compile(r"[a-z]{5,}")
STOP = {
    # general English that ICD uses as modifiers
    "obeys", "vapors", "dusts", "persisting", "triplet", "siphon", "sidewall", "primus", "midline", "nodal",
    "flecks", "posturing", "misdirection", "responder", "rearrangement", "rearrangements", "complicating",
    "compensatory", "maturation", "perceptual", "webbed", "vernal", "plana", "multiplex", "simplex", "continua",
    "situs", "causality", "concentric", "creases", "crescendo", "discontinuity", "elaboration", "essences",
    "ghoul", "grunts", "halos", "honeycomb", "hourglass", "inadvertent", "harlequin", "corkscrew", "concomitant",
    "detergents", "conjugation", "chimera", "amoral", "alder", "blanca", "australis", "crosse", "bauxite",
    "insecticide", "insecticides", "irritant", "noxious", "utero", "vater", "sayre", "fleischer", "kabuki",
    "segmental", "transitory", "indeterminate", "undetermined", "undifferentiated", "uncomplicated",
    "nonspecific", "translocation", "transposition", "hybridization", "duplications", "deletions",
    "sequestration", "perforating", "obstructed", "regressed", "rigidity", "restorative", "respirator",
    "entanglement", "overproduction", "overgrowth", "sagging", "puckering", "pulsating", "thickening",
    "retraction", "immobility", "instabilities", "irregularity", "asymmetry", "flexion", "extensor", "flexor",
    "vermilion", "pinta", "nigra", "gravis", "shiga", "rhesus", "refraction", "lactation", "molar", "dimple",
    "droop", "girdle", "larva", "islet", "capillary", "capillaries", "orifice", "retardation",
    # foods, household and other non-drug things in the drug dictionary
    "colgate", "pulsar", "capex", "modus", "arvin", "armin", "hemel", "theon", "corwin", "arima", "vitae",
    "snares", "eisen", "pecans", "flours", "cashews", "chickpea", "watercress", "horseradish", "licorice",
    "liquorice", "oregano", "sugarcane", "yeasts", "gelatine", "indio", "tetris", "silverado", "generics",
    "sunscreens", "herbicides", "sarin", "glyphosate", "aspartame", "chloroform", "reagents", "deodorants",
    "camphor", "ginseng", "ginkgo", "chamomile", "myrrh", "wormwood", "belladonna", "nitrates", "phosphates",
    "sulfates", "tannins", "flavonoids", "anions", "cations", "proteases", "kinases", "mirna", "mtdna",
    "nutrasweet", "jumex", "captan", "endosulfan", "acrylamide", "caprolactam", "adamantane", "alkenes",
    "safra", "serina", "talens", "lasan", "lasar", "bicol", "banan", "armine", "vanos", "usnea", "calamus",
    "boldo", "mirex", "spinosad", "filipin", "asafoetida", "phenoxyethanol", "trihalomethanes", "epoxides",
    "thein", "aldrin", "cyclin", "damge",
}


def zipf(word: str) -> float:
    """How common a word is in everyday English or Spanish (the higher of the two)."""
    from wordfreq import zipf_frequency

    return max(zipf_frequency(word, "en"), zipf_frequency(word, "es") - 0.5)


def person_names() -> set[str]:
    import faker.providers.person.en_GB as gb
    import faker.providers.person.en_US as us
    import faker.providers.person.es_ES as es
    import faker.providers.person.es_MX as mx

    names: set[str] = set()
    for mod in (us, gb, mx, es):
        for attr in ("first_names", "first_names_male", "first_names_female", "last_names"):
            values = getattr(mod.Provider, attr, None) or ()
            names |= {n.lower() for n in (values.keys() if isinstance(values, dict) else values)}
    return names


def common_words() -> set[str]:
    from wordfreq import top_n_list

    return {w for w in top_n_list("en", 30000) if w.isalpha() and len(w) >= 4}


def one_edit_from(word: str, index: dict[str, set[str]]) -> bool:
    """True when a common word is one insertion, deletion or substitution away."""
    keys = {word} | {word[:i] + word[i + 1 :] for i in range(len(word))}
    return any(index.get(k, set()) - {word} for k in keys)


def delete_index(words: set[str]) -> dict[str, set[str]]:
    index: dict[str, set[str]] = {}
    for w in words:
        for k in {w} | {w[:i] + w[i + 1 :] for i in range(len(w))}:
            index.setdefault(k, set()).add(w)
    return index


def icd_words() -> list[str]:
    import simple_icd_10_cm as icd

    counts: Counter[str] = Counter()
    for code in icd.get_all_codes(False):
        if icd.is_chapter_or_block(code) or code[0] not in "ABCDEFGHIJKLMNOPQR":
            continue
        texts = [icd.get_description(code)]
        try:
            texts += icd.get_inclusion_term(code)
        except Exception:  # nosec B112 - some codes have no inclusion terms
            continue
        for text in texts:
            for w in set(WORD.findall(text.lower())):
                counts[w] += 1
    keep = set()
    for w, n in counts.items():
        z = zipf(w)
        if z < 3.0 and (n >= 3 or z < 1.5) and w not in STOP:
            keep.add(w)
    return sorted(keep)


def drug_words(names: set[str], common_index: dict[str, set[str]]) -> list[str]:
    import drug_named_entity_recognition as dner

    path = Path(dner.__file__).parent / "drug_ner_dictionary.pkl.bz2"
    with bz2.open(path) as fh:
        data = pickle.load(fh)  # nosec B301 - pinned, hash-checked package data; build time only
    keep = set()
    for variant in data["drug_variant_to_canonical"]:
        if not WORD.fullmatch(variant) or variant in STOP or variant in names:
            continue
        if zipf(variant) >= 3.0 or one_edit_from(variant, common_index):
            continue
        keep.add(variant)
    return sorted(keep)


def write(filename: str, header: str, words: list[str]) -> None:
    lines = [f"# {line}" if line else "#" for line in header.strip().splitlines()]
    (OUT / filename).write_text("\n".join(lines + words) + "\n", encoding="utf-8")
    print(f"{filename}: {len(words)} terms")


def everyday_words() -> list[str]:
    from wordfreq import top_n_list, zipf_frequency

    en = {w for w in top_n_list("en", 200000) if zipf_frequency(w, "en") >= 2.7}
    es = {w for w in top_n_list("es", 100000) if zipf_frequency(w, "es") >= 3.0}
    return sorted(w for w in en | es if any(ch.isalpha() for ch in w) and " " not in w)


def main() -> None:
    names = person_names()
    common_index = delete_index(common_words())
    write(
        "health_en_icd10cm.txt",
        """
GENERATED by scripts/build_health_lexicons.py - do not edit; add terms to health_en_conditions.txt.
Rare single words from ICD-10-CM (April 2026) chapters A-R: diagnoses, symptoms, findings.
Filters and sources are described in the script.
""",
        icd_words(),
    )
    write(
        "health_en_drugs_generated.txt",
        """
GENERATED by scripts/build_health_lexicons.py - do not edit; add terms to health_en_medications.txt.
One-word drug names (generic and brand) from drug-named-entity-recognition 2.0.9 (MIT licence;
DrugBank, MeSH, Wikipedia, NHS), minus common English words, person names and near-typos.
""",
        drug_words(names, common_index),
    )
    write(
        "common_words.txt",
        """
GENERATED by scripts/build_health_lexicons.py - do not edit.
Everyday English (wordfreq Zipf >= 2.7) and Spanish (Zipf >= 3.0) words, one a line. wordfreq 3.1.1
(Apache-2.0; word frequencies from public corpora, CC BY-SA 4.0). Used to tell an unlisted rare word from an
ordinary one.
""",
        everyday_words(),
    )


if __name__ == "__main__":
    main()
