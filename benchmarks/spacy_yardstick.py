"""The yardstick of the extraction benchmark: a spaCy pass with the small English model's architecture, timed here.

`en_core_web_sm` itself cannot be downloaded on these machines (its wheels live outside PyPI), but its speed is a
matter of architecture, not of trained weights: tok2vec (hash embeddings of width 96 over NORM, PREFIX, SUFFIX and
SHAPE, four maxout window layers) shared by a tagger and a dependency parser, and a named-entity recogniser with
its own tok2vec of the same shape. This builds that pipeline from spaCy's default "efficiency" configuration with
label sets of the model's sizes (about 50 tags, 45 dependency labels, 18 entity types) and random weights, and
times `nlp.pipe` over the reports. The model's rule-based attribute ruler and lemmatizer are left out (they need
lookup tables that are not on PyPI), which makes this pass a little faster than the real one: the multiple printed
against it errs low, never high.

Run as `python benchmarks/spacy_yardstick.py REPORTS.jsonl` (needs `pip install -e .[bench]`); prints reports/s.
"""

from __future__ import annotations

import json
import sys
import time
from typing import Any

# Component, label prefix, number of labels: the output layers' sizes set the cost of each step.
_LABELS = (("tagger", "TAG", 50), ("parser", "dep", 45), ("ner", "ENT", 18))


def _small_model_pipeline() -> Any:
    import spacy
    from spacy.cli.init_config import init_config

    config = init_config(lang="en", pipeline=["tagger", "parser", "ner"], optimize="efficiency", gpu=False)
    # The small model's recogniser does not listen to the shared tok2vec: it embeds the text a second time.
    config["components"]["ner"]["model"]["tok2vec"] = dict(config["components"]["tok2vec"]["model"])
    nlp = spacy.util.load_model_from_config(config, auto_fill=True, validate=True)
    for name, prefix, count in _LABELS:
        component: Any = nlp.get_pipe(name)
        for index in range(count):
            component.add_label(f"{prefix}{index}")
    nlp.initialize()
    return nlp


def main() -> None:
    with open(sys.argv[1], encoding="utf-8") as lines:
        texts = [json.loads(line)["text"] for line in lines if line.strip()]
    nlp = _small_model_pipeline()
    list(nlp.pipe(texts[:5]))  # first-call set-up is not part of a pass
    start = time.perf_counter()
    for _ in nlp.pipe(texts):
        pass
    print(f"{len(texts) / (time.perf_counter() - start):.2f}")


if __name__ == "__main__":
    main()
