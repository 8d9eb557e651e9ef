"""Read the HTML pages a web crawl saved in a WARC file (plain or gzipped)."""

from collections.abc import Iterator
from dataclasses import dataclass
from typing import BinaryIO

from warcio.archiveiterator import ArchiveIterator

from articles.text.decoding import RejectedInput

_HTML_TYPES = {"text/html", "application/xhtml+xml"}


@dataclass(frozen=True, slots=True)
class WarcRecord:
    url: str
    html: bytes  # the page as served, with chunked transfer and gzip/br encoding undone
    crawl_date: str | None  # WARC-Date: when the crawler fetched it, not when it was published
    record_id: str  # WARC-Record-ID, e.g. "<urn:uuid:...>": a stable import reference


def iter_warc_articles(fileobj: BinaryIO) -> Iterator[WarcRecord]:
    """Yield each successful HTML response; raise RejectedInput where the file is damaged."""
    records = _CheckedArchiveIterator(fileobj)
    previous = None
    read = found = 0
    while True:
        # warcio reports damage as ArchiveLoadFailed, EOFError, zlib.error or, on a record cut
        # inside its headers, an AttributeError: whatever it is, the user gets one sentence.
        try:
            record = next(records, None)
            if previous is not None and _cut_short(previous):
                raise EOFError("record shorter than its Content-Length")
            if record is None:
                if records.cut_short or read == 0:
                    raise EOFError("file ends inside a record, or holds none")
                return
            if not record.rec_headers.get_header("WARC-Record-ID") or record.length is None:
                # Mandatory in every WARC record (ISO 28500 §5): a header block cut short.
                raise EOFError("record headers incomplete")
            page = _html_page(record)
        except Exception as error:
            raise RejectedInput(_damaged(read=read, found=found)) from error
        previous = record
        read += 1
        if page is not None:
            found += 1
            yield page


class _CheckedArchiveIterator(ArchiveIterator):
    """warcio's iterator, noting whether the file stopped inside a record's headers or gzip."""

    cut_short = False

    def _next_record(self, next_line):
        try:
            return super()._next_record(next_line)
        except EOFError:
            # warcio reads end-of-file as "no more records" even when a record had begun:
            # its first line was already read (`next_line`), or bytes were used up since.
            if next_line or self.fh.tell() - self.reader.rem_length() > self.offset:
                self.cut_short = True
            raise

    def close(self) -> None:
        # warcio stops quietly when the last gzip member is cut off; zlib knows (`eof`).
        decompressor = self.reader.decompressor if self.reader else None
        if decompressor is not None and not getattr(decompressor, "eof", True):
            self.cut_short = True
        super().close()


def _html_page(record) -> WarcRecord | None:
    if record.rec_type != "response" or record.http_headers is None:
        return None
    if record.http_headers.get_statuscode() != "200":
        return None
    content_type = record.http_headers.get_header("Content-Type") or ""
    if content_type.split(";")[0].strip().lower() not in _HTML_TYPES:
        return None
    html = record.content_stream().read()
    if _cut_short(record):
        raise EOFError("record shorter than its Content-Length")
    return WarcRecord(
        url=record.rec_headers.get_header("WARC-Target-URI") or "",
        html=html,
        crawl_date=record.rec_headers.get_header("WARC-Date"),
        record_id=record.rec_headers.get_header("WARC-Record-ID") or "",
    )


def _cut_short(record) -> bool:
    # Once a record has been read to its end, bytes still owed mean the file stopped inside it
    # (warcio itself stops quietly there).
    return record.raw_stream.limit > 0


def _damaged(*, read: int, found: int) -> str:
    if read == 0:
        return "not a readable WARC file (damaged, truncated or another format)"
    return f"the WARC file is damaged or truncated after {found} HTML page(s)"
