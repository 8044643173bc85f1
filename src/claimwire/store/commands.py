"""The `claimwire` commands of the store stage."""

from __future__ import annotations

import typer

__all__ = ["register"]


def register(app: typer.Typer) -> None:
    """Add this stage's commands to the `claimwire` app."""
