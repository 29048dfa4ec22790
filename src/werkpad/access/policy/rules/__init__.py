"""One module per context, each registering its scopes, object rules and page rules with the
engine when imported. A new context adds its module here (decision 0003)."""

from __future__ import annotations

from . import audit, clients, employment, network, organisations, portal, trajectories

__all__ = [
    "audit",
    "clients",
    "employment",
    "network",
    "organisations",
    "portal",
    "trajectories",
]
