"""The masterclass fixtures (tests/academie/masterclasses/fixtures.py)."""

from tests.academie.masterclasses.fixtures import (  # noqa: F401
    make_series,
    make_session,
    mc_index,
    series,
    session,
)
