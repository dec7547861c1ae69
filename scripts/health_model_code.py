"""spaCy training hook for scripts/train_health_model.py: the model learns on the same word normalisations
(the lexeme_norm table: "colour" -> "color") as the English model whose vocabulary it shares at run time."""

from __future__ import annotations

import spacy


@spacy.registry.callbacks("safereply.main_norms.v1")
def main_norms(model: str):
    def before_init(nlp):
        main = spacy.load(model, exclude=["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner", "senter"])
        if main.vocab.lookups.has_table("lexeme_norm"):
            table = main.vocab.lookups.get_table("lexeme_norm")
            nlp.vocab.lookups.set_table("lexeme_norm", table)
        return nlp

    return before_init
