"""The spaCy side of claimwire: our pipeline components and the model they run on.

Importing this package registers the component factories with spaCy.
"""

from __future__ import annotations

from claimwire.nlp import (  # noqa: F401  (imported to register the factories)
    attribution,
    dates,
    entities,
    events,
    places,
    quantities,
)
from claimwire.nlp.extensions import register_extensions
from claimwire.nlp.model import load_model

__all__ = ["COMPONENTS", "load_model", "register_extensions"]

#: Our components, in the order they run after the spaCy model's own.
#: Later components read the records earlier ones left on ``Doc._``.
COMPONENTS = (
    "claimwire_entities",
    "claimwire_places",
    "claimwire_dates",
    "claimwire_quantities",
    "claimwire_attribution",
    "claimwire_events",
)
