"""Plain-Python text processing: no Django import anywhere in this package.

Cleaning, dates, language, quotes, speakers, entities, query parsing and snippets take strings
and return small dataclasses, so they are fast to test and reusable outside the web app.
"""
