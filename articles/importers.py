"""The one write path into the archive: read -> decode -> clean -> date -> save.

Each article is saved in its own transaction; a bad file is reported and skipped, never
half-imported. Importing the same content again changes nothing (content hash), and a changed
file from the same origin updates its article without touching curated fields.
"""

import hashlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from django.conf import settings
from django.db import transaction

from articles.models import Article, DatePrecision


class RejectedFile(ValueError):
    """A file that cannot become an article; the message says why in plain words."""


@dataclass(frozen=True)
class Incoming:
    """An article as read from a file, before it meets the database."""

    origin: str
    raw: str
    encoding: str
    sha256: str
    title: str
    title_derived: bool
    text: str
    published: object = None  # datetime.date of the period's first day, or None
    published_time: object = None
    date_precision: str = DatePrecision.UNKNOWN
    language: str = ""
    outlet: str = ""
    author: str = ""


@dataclass
class ImportReport:
    imported: int = 0
    updated: int = 0
    unchanged: int = 0
    rejected: list[tuple[str, str]] = field(default_factory=list)

    def summary(self) -> str:
        return (f"imported {self.imported}, updated {self.updated}, "
                f"unchanged {self.unchanged}, rejected {len(self.rejected)}")


def origin_for(path: Path) -> str:
    """Return how an imported file is named in the archive: relative to the project if inside."""
    resolved = path.resolve()
    try:
        return resolved.relative_to(settings.BASE_DIR).as_posix()
    except ValueError:
        return resolved.as_posix()


def expand_paths(paths: Iterable[str]) -> Iterator[Path]:
    """Yield the files named by `paths`: files, directories (recursively) or glob patterns."""
    for item in paths:
        path = Path(item)
        if any(ch in item for ch in "*?["):
            matches = sorted(Path().glob(item)) if not path.is_absolute() else sorted(
                Path(path.anchor).glob(str(path.relative_to(path.anchor)))
            )
            if not matches:
                raise RejectedFile(f"{item}: no file matches this pattern")
            for match in matches:
                yield from expand_paths([str(match)]) if match.is_dir() else [match]
        elif path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.is_file() and not p.name.startswith("."))
        elif path.is_file():
            yield path
        else:
            raise RejectedFile(f"{item}: no such file or directory")


def read_text_article(*, origin: str, data: bytes) -> Incoming:
    """Return the article held in a plain-text file's bytes."""
    if not data.strip():
        raise RejectedFile("empty file")
    if b"\x00" in data[:8192]:
        raise RejectedFile("not text (binary content)")
    try:
        raw = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise RejectedFile("not UTF-8 text") from exc
    paragraphs = [" ".join(p.split()) for p in raw.replace("\r\n", "\n").split("\n")]
    paragraphs = [p for p in paragraphs if p]
    if not paragraphs:
        raise RejectedFile("nothing left after cleaning")
    title = paragraphs[0][:300]
    return Incoming(
        origin=origin, raw=raw, encoding="utf-8", sha256=hashlib.sha256(data).hexdigest(),
        title=title, title_derived=False, text="\n\n".join(paragraphs),
    )


def read_file(path: Path) -> list[Incoming]:
    """Return the articles a file holds (one for a text file)."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise RejectedFile(f"cannot be read ({exc.strerror or exc})") from exc
    return [read_text_article(origin=origin_for(path), data=data)]


def save_incoming(incoming: Incoming) -> str:
    """Save one article in its own transaction; return "imported", "updated" or "unchanged"."""
    with transaction.atomic():
        if Article.objects.filter(sha256=incoming.sha256).exists():
            return "unchanged"
        article = (
            Article.objects.select_for_update().filter(origin=incoming.origin)
            .order_by("-updated_at").first()
        )
        outcome = "updated" if article else "imported"
        article = article or Article(origin=incoming.origin)
        for name in ("raw", "encoding", "sha256", "text", "title_derived"):
            setattr(article, name, getattr(incoming, name))
        for name in Article.CURATABLE_FIELDS:
            if not article.is_curated(name):
                setattr(article, name, getattr(incoming, name))
        if article.is_curated("title"):
            article.title_derived = False
        article.full_clean(exclude=["sha256"] if outcome == "updated" else None)
        article.save()
        return outcome


def import_paths(paths: Iterable[str], *, progress: Callable[[int, int], None] | None = None
                 ) -> ImportReport:
    """Import every article under `paths`; return what happened to each."""
    report = ImportReport()
    files: list[Path] = []
    for item in paths:
        try:
            files.extend(expand_paths([item]))
        except RejectedFile as exc:
            report.rejected.append((item, str(exc).split(": ", 1)[-1]))
    for done, path in enumerate(files, start=1):
        try:
            for incoming in read_file(path):
                outcome = save_incoming(incoming)
                setattr(report, outcome, getattr(report, outcome) + 1)
        except RejectedFile as exc:
            report.rejected.append((str(path), str(exc)))
        if progress:
            progress(done, len(files))
    return report
