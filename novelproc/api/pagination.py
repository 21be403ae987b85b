"""Cursor pagination: stable under inserts, no COUNT(*) over a 100,000-sentence book."""

from __future__ import annotations

from rest_framework.pagination import CursorPagination


class JobCursorPagination(CursorPagination):
    ordering = "-created_at"
    page_size = 20
    page_size_query_param = "page_size"
    max_page_size = 100


class SentenceCursorPagination(CursorPagination):
    ordering = "position"
    page_size = 100
    page_size_query_param = "page_size"
    max_page_size = 500


class LedgerCursorPagination(CursorPagination):
    ordering = ("-created_at", "-id")
    page_size = 50
    page_size_query_param = "page_size"
    max_page_size = 200
