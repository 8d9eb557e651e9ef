"""Search parity: the same queries over the seeds and the Wikinews corpus, on any database.

`python -m tests.parity DATABASE_URL OUT.json` imports both corpora into that (empty) database
and writes {query: sorted article origins}; tests/test_parity.py compares two databases.
"""

import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPORA = [ROOT / "fixtures" / "seeds", ROOT.parent / "shared" / "corpus" / "wikinews" / "text"]

QUERIES = [
    "missile", "missiles", "defense aerienne", '"défense aérienne"', "Patriot", "otan", "OTAN",
    "Otan", "Stoltenberg -Zelensky", "Zelensky", "zelenski", "Ukraine", "l'Ukraine", "ukrainien",
    "négociation", "negociations", "Poutine", "Russie", "Moscou", "Kiev", "Bucarest OR Ramstein",
    "missil*", "nego*", "pres*", "élection", "elections présidentielles", '"front national"',
    "Fillon", "Fillon -Penelope", "Macron", "Hollande", "Trump", '"Donald Trump"', "Le Pen",
    "attentat", "attentats terroristes", "police", "gendarmerie", "tribunal", '"garde à vue"',
    "Belgique", "Bruxelles", "Paris", "France -Paris", "grève", "greve", "syndicat OR syndicats",
    "été", "ete", "Noël", "noel", "président", "president de la république",
    '"président de la République"', "ministre", '"ministre de l\'Intérieur"', "2017", "2016",
    "anti", "États-Unis", "etats unis", "Etats-Unis", "gilets jaunes", "œuvre", "oeuvre",
    "aujourd'hui", "c'est", '"il y a"', "xyzzy", '-"défense aérienne" patriot', "AND", '"',
]
FILTERED = [
    {"q": "otan", "date_from": "2022-12"},
    {"date_from": "2022-11-29", "date_to": "2022-11-29"},
    {"date_from": "2017-01", "date_to": "2017-02"},
    {"q": "police", "date_to": "2016"},
    {"entity": "roumanie"},
    {"entity": "paris"},
    {"speaker": "volodymyr-zelensky"},
    {"speaker": "jens-stoltenberg", "q": "Ukraine"},
]


def run_all() -> dict:
    """Return {label: sorted origins} for every query on the current database."""
    from django.http import QueryDict

    from articles.filters import ArticleFilterSet
    from articles.models import Article

    results = {}
    for params in [{"q": q} for q in QUERIES] + FILTERED:
        data = QueryDict(mutable=True)
        data.update(params)
        filterset = ArticleFilterSet(data, queryset=Article.objects.all())
        filterset.is_valid()
        label = json.dumps(params, ensure_ascii=False, sort_keys=True)
        results[label] = sorted(Path(a.origin).name for a in filterset.qs)
    return results


def load_corpora() -> None:
    from articles.importers import import_paths

    report = import_paths([str(p) for p in CORPORA if p.is_dir()])
    assert not report.rejected, report.rejected


def main(url: str, out: str) -> None:
    os.environ["DATABASE_URL"] = url
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "archive.settings")
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    load_corpora()
    Path(out).write_text(json.dumps(run_all(), ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
