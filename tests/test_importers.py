from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from articles.importers import import_paths
from articles.models import Article

pytestmark = pytest.mark.django_db
SEEDS = Path(__file__).resolve().parents[1] / "fixtures" / "seeds"


def test_seeds_import_once():
    first = import_paths([str(SEEDS)])
    assert (first.imported, first.updated, first.unchanged, first.rejected) == (5, 0, 0, [])
    again = import_paths([str(SEEDS)])
    assert (again.imported, again.unchanged) == (0, 5)
    assert sorted(Article.objects.values_list("origin", flat=True)) == sorted(
        f"fixtures/seeds/{p.name}" for p in SEEDS.iterdir())


def test_raw_is_kept_byte_for_byte():
    import_paths([str(SEEDS)])
    for path in SEEDS.iterdir():
        article = Article.objects.get(origin=f"fixtures/seeds/{path.name}")
        assert article.raw.encode(article.encoding) == path.read_bytes()


def test_changed_file_updates_but_keeps_curated_fields(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Premier titre\n\nLe corps de l'article, assez long pour compter.\n")
    import_paths([str(path)])
    article = Article.objects.get()
    article.title = "Titre choisi par un curateur"
    article.mark_curated(["title"])
    article.save()
    path.write_text("Nouveau titre\n\nLe corps de l'article, corrigé par la source.\n")
    report = import_paths([str(path)])
    assert report.updated == 1
    article.refresh_from_db()
    assert article.title == "Titre choisi par un curateur"
    assert "corrigé par la source" in article.text
    assert Article.objects.count() == 1


def test_command_imports_only_when_empty_and_reports(capsys, tmp_path):
    call_command("import_articles", str(SEEDS), "--if-empty")
    assert "imported 5, updated 0, unchanged 0, rejected 0" in capsys.readouterr().out
    call_command("import_articles", str(SEEDS), "--if-empty")
    assert Article.objects.count() == 5
    (tmp_path / "empty.txt").write_bytes(b"")
    with pytest.raises(CommandError):
        call_command("import_articles", str(tmp_path), str(SEEDS))
    captured = capsys.readouterr()
    assert "imported 0, updated 0, unchanged 5, rejected 1" in captured.out
    assert "empty.txt: empty file" in captured.err
