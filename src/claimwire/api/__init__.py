"""The HTTP API and the web page: ``create_app`` builds them, ``claimwire serve`` runs them."""

from claimwire.api.app import create_app

__all__ = ["create_app"]
