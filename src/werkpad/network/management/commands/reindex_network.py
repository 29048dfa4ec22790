"""Rebuild the network's search index from the articles, questions and directory entries
(after loading data by hand; the services keep it up to date otherwise)."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand
from django.db import transaction

from werkpad.network.search import reindex_all


class Command(BaseCommand):
    help = "Rebuild the search index of the regional network."

    def handle(self, *args: Any, **options: Any) -> None:
        with transaction.atomic():
            count = reindex_all()
        self.stdout.write(f"{count} documents indexed")
