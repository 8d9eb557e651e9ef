import gzip

import pytest

from articles.text.formats import sniff_format


@pytest.mark.parametrize(
    ("name", "head", "expected"),
    [
        ("crawl.warc.gz", gzip.compress(b"WARC/1.0\r\n"), "warc"),
        ("CRAWL.WARC", gzip.compress(b"WARC/1.0\r\n"), "warc"),
        ("crawl.warc", b"WARC/1.0\r\nWARC-Type: warcinfo\r\n", "warc"),
        ("download.bin", b"WARC/1.1\r\nWARC-Type: response\r\n", "warc"),
        ("notes.gz", gzip.compress(b"hello"), "text"),
        ("page.html", b"<!DOCTYPE html>\n<html lang=fr>", "html"),
        ("page.txt", b"\xef\xbb\xbf  \r\n<!doctype HTML><html>", "html"),
        ("page", b"<HTML>\n<HEAD><TITLE>x</TITLE>", "html"),
        ("page", b"\n\n  <head>\n<meta charset=utf-8>", "html"),
        (
            "page",
            b"<?xml version='1.0'?>\n<!-- saved -->\n<html xmlns='http://www.w3.org/1999/xhtml'>",
            "html",
        ),
        ("page", "<!DOCTYPE html><html>".encode("utf-16"), "html"),
        ("article.txt", b"Le <html> est un langage.", "text"),
        ("articles.jsonl", b"", "jsonl"),
        ("articles.NDJSON", b"not even json", "jsonl"),
        ("dump", b'\n\n{"title": "A", "text": "B"}\n{"title": "C"}\n', "jsonl"),
        ("dump", b'{"title": "A", "text": "a very long first record cut by the head', "jsonl"),
        ("dump", b'["a", "b"]\n', "text"),
        ("dump", b"{not json}\nsecond line\n", "text"),
        ("article.txt", "« Bonjour », dit-il.".encode(), "text"),
        ("empty.txt", b"", "text"),
    ],
)
def test_sniff_format(name, head, expected):
    assert sniff_format(name=name, head=head) == expected
