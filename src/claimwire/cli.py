"""The ``claimwire`` command: a thin Typer layer over importable functions.

Each stage registers its own commands (``<stage>/commands.py`` has a
``register(app)``); this module only assembles them and turns every
:class:`~claimwire.errors.ClaimwireError` into a one-line message on stderr and
a non-zero exit, with no traceback. Any other exception is a bug: it is reported
in one line too (exit status 70) unless ``CLAIMWIRE_DEBUG`` is set.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Sequence

import typer

from claimwire.errors import ClaimwireError

__all__ = ["app", "fail", "main", "script"]

app = typer.Typer(
    name="claimwire",
    help=(
        "Turn news reports into a sourced record: who claims what happened, "
        "to whom, where and when.\n\n"
        "Start with `claimwire demo`, then `claimwire extract FILE`."
    ),
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode="markdown",
)


def _registrars() -> Sequence[Callable[[typer.Typer], None]]:
    from claimwire import export
    from claimwire.api import commands as api_commands
    from claimwire.batch import commands as batch_commands
    from claimwire.geo import commands as geo_commands
    from claimwire.ingest import commands as ingest_commands
    from claimwire.link import commands as link_commands
    from claimwire.store import commands as store_commands

    return (
        ingest_commands.register,
        store_commands.register,
        geo_commands.register,
        link_commands.register,
        api_commands.register,
        batch_commands.register,
        export.register,
    )


@app.callback()
def _root() -> None:
    """Turn news reports into a sourced record: who claims what happened, to whom,
    where and when."""


@app.command()
def version() -> None:
    """Print claimwire's version."""
    from claimwire import __version__

    typer.echo(__version__)


for _register in _registrars():
    _register(app)


def fail(message: str, code: int = 1) -> typer.Exit:
    """Print ``error: message`` to stderr; return the Exit to raise."""
    typer.echo(f"error: {message}", err=True)
    return typer.Exit(code)


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``claimwire`` script; returns the exit status."""
    try:
        # Standalone mode: Typer reports usage errors itself and exits through SystemExit.
        app(args=list(argv) if argv is not None else None, prog_name="claimwire")
    except SystemExit as exc:
        return exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
    except ClaimwireError as exc:
        typer.echo(f"error: {exc}", err=True)
        return exc.exit_code
    except KeyboardInterrupt:
        typer.echo("interrupted", err=True)
        return 130
    except BrokenPipeError:
        # `claimwire extract big.jsonl | head`: the reader left; not an error.
        _silence_stdout()
        return 0
    except Exception as exc:
        if os.environ.get("CLAIMWIRE_DEBUG"):
            raise
        typer.echo(
            f"error: internal error ({type(exc).__name__}: {exc}); this is a bug in "
            "claimwire: please report it, with CLAIMWIRE_DEBUG=1 set for the traceback",
            err=True,
        )
        return INTERNAL_ERROR
    return 0


#: Exit status for a bug (EX_SOFTWARE in sysexits.h).
INTERNAL_ERROR = 70


def _silence_stdout() -> None:
    # Python flushes stdout at exit and would report the broken pipe again.
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def script() -> None:
    """Console-script wrapper: exit with :func:`main`'s status."""
    sys.exit(main())


if __name__ == "__main__":
    script()
