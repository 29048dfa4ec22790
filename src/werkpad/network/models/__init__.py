"""The regional network (issue 15): who is who in the region, the Routekaart knowledge base,
questions between professionals, trainings and werkateliers, and regional agreements.

Organisation and public knowledge only, never client data: nothing here refers to a client
record, and the question check (``identifying``) refuses text that identifies a person before
it is stored. Reads and writes go through the access policy (``access/policy/rules/network``).
"""

from __future__ import annotations

from .agreements import Agreement, AgreementPartner, AgreementTarget
from .choices import Category, Offering
from .directory import CONFIRM_EVERY, DirectoryEntry, KeyPerson, Offer
from .knowledge import Article, ArticleFeedback, ArticleVersion, Editor, Feedback
from .questions import Answer, Follow, Question
from .search import DocumentKind, SearchDocument
from .trainings import (
    Event,
    EventDay,
    EventKind,
    Registration,
    RegistrationStatus,
    Training,
    TrainingRecord,
)

__all__ = [
    "CONFIRM_EVERY",
    "Agreement",
    "AgreementPartner",
    "AgreementTarget",
    "Answer",
    "Article",
    "ArticleFeedback",
    "ArticleVersion",
    "Category",
    "DirectoryEntry",
    "DocumentKind",
    "Editor",
    "Event",
    "EventDay",
    "EventKind",
    "Feedback",
    "Follow",
    "KeyPerson",
    "Offer",
    "Offering",
    "Question",
    "Registration",
    "RegistrationStatus",
    "SearchDocument",
    "Training",
    "TrainingRecord",
]
