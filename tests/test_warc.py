import gzip
import io

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from articles.text.decoding import RejectedInput
from articles.text.warc import WarcRecord, iter_warc_articles

ARTICLE = (
    "<!DOCTYPE html><html lang='fr'><head><title>OTAN</title></head><body><article>"
    "<p>« Nous devons aider l’Ukraine à tenir cet hiver », a déclaré Jens Stoltenberg.</p>"
    "</article></body></html>"
).encode()
SECOND = (
    "<html><body><p>Deuxième article, servi compressé. "
    + "Suite du texte. " * 200
    + "</p></body></html>"
).encode()
CRAWL_DATE = "2023-01-05T10:00:00Z"


def write_warc(*, compress: bool) -> bytes:
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=compress)

    def response(url, status, content_type, body, *, record_id, encoding=None):
        headers = [("Content-Type", content_type)]
        if encoding == "gzip":
            body = gzip.compress(body)
            headers.append(("Content-Encoding", "gzip"))
        http = StatusAndHeaders(status, headers, protocol="HTTP/1.1")
        warc_headers = {"WARC-Record-ID": record_id, "WARC-Date": CRAWL_DATE}
        writer.write_record(
            writer.create_warc_record(
                url,
                "response",
                payload=io.BytesIO(body),
                http_headers=http,
                warc_headers_dict=warc_headers,
            )
        )

    writer.write_record(writer.create_warcinfo_record("test.warc", {"software": "pytest"}))
    response(
        "https://ex.fr/otan",
        "200 OK",
        "text/html; charset=utf-8",
        ARTICLE,
        record_id="<urn:uuid:1>",
    )
    response(
        "https://ex.fr/logo.png",
        "200 OK",
        "image/png",
        b"\x89PNG\r\n\x1a\n",
        record_id="<urn:uuid:2>",
    )
    response(
        "https://ex.fr/absent",
        "404 Not Found",
        "text/html",
        b"<html><p>Introuvable</p></html>",
        record_id="<urn:uuid:3>",
    )
    response(
        "https://ex.fr/moved", "301 Moved Permanently", "text/html", b"", record_id="<urn:uuid:4>"
    )
    writer.write_record(
        writer.create_warc_record(
            "https://ex.fr/otan",
            "request",
            payload=io.BytesIO(b"GET /otan HTTP/1.1\r\nHost: ex.fr\r\n\r\n"),
        )
    )
    response(
        "https://ex.fr/deux",
        "200 OK",
        "application/xhtml+xml",
        SECOND,
        record_id="<urn:uuid:5>",
        encoding="gzip",
    )
    return buffer.getvalue()


EXPECTED = [
    WarcRecord(
        url="https://ex.fr/otan", html=ARTICLE, crawl_date=CRAWL_DATE, record_id="<urn:uuid:1>"
    ),
    WarcRecord(
        url="https://ex.fr/deux", html=SECOND, crawl_date=CRAWL_DATE, record_id="<urn:uuid:5>"
    ),
]


@pytest.mark.parametrize("compress", [False, True])
def test_only_successful_html_responses_decoded(compress, tmp_path):
    path = tmp_path / ("crawl.warc.gz" if compress else "crawl.warc")
    path.write_bytes(write_warc(compress=compress))
    with path.open("rb") as file:
        assert list(iter_warc_articles(file)) == EXPECTED


@pytest.mark.parametrize("compress", [False, True])
def test_truncated_file_yields_what_came_before_then_rejects(compress, tmp_path):
    data = write_warc(compress=compress)
    path = tmp_path / "cut.warc"
    path.write_bytes(data[: len(data) - 200])  # inside the last (compressed HTML) record
    got = []
    with path.open("rb") as file, pytest.raises(RejectedInput) as caught:
        for record in iter_warc_articles(file):
            got.append(record)
    assert got == EXPECTED[:1]
    assert caught.value.reason == "the WARC file is damaged or truncated after 1 HTML page(s)"


@pytest.mark.parametrize("compress", [False, True])
def test_every_cut_point_either_ends_cleanly_or_rejects(compress):
    data = write_warc(compress=compress)
    for cut in range(0, len(data), 7):
        got = []
        try:
            for record in iter_warc_articles(io.BytesIO(data[:cut])):
                got.append(record)
        except RejectedInput:
            pass
        # Never a page cut short: whatever comes out is whole.
        assert got == EXPECTED[: len(got)], cut


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"Bonjour, ceci n'est pas un WARC.\n",
        b"\x1f\x8b\x08\x00garbage",
        gzip.compress(b"plain text\n"),
    ],
)
def test_not_a_warc(data):
    with pytest.raises(RejectedInput) as caught:
        list(iter_warc_articles(io.BytesIO(data)))
    assert caught.value.reason == "not a readable WARC file (damaged, truncated or another format)"
