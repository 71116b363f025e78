"""`warcrimes user add|passwd|role|disable|enable|list`: who may log in to the web app, as what."""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from typing import Annotated

import typer

from warcrimes.cli import app
from warcrimes.config import current_actor
from warcrimes.errors import BadInputError

user_app = typer.Typer(no_args_is_help=True, help="Users of the web app: add, passwd, role, disable, list.")
app.add_typer(user_app, name="user")

NameArgument = Annotated[str, typer.Argument(help="User name (letters, digits, '.', '_', '-').")]
StdinOption = Annotated[bool, typer.Option("--password-stdin", help="Read the password from the first line of "
                                           "standard input instead of asking for it.")]


class Format(StrEnum):
    table = "table"
    json = "json"


def _password(from_stdin: bool) -> str:
    """The new password, from stdin or asked twice without echo; never an argument (shell history)."""
    if from_stdin:
        line = sys.stdin.readline()
        password = line.removesuffix("\n").removesuffix("\r")
        if not password:
            raise BadInputError("no password on standard input; write it as the first line")
        return password
    if not sys.stdin.isatty():
        raise BadInputError("there is no terminal to ask the password on; pass --password-stdin and write "
                            "it to standard input")
    return str(typer.prompt("password", hide_input=True, confirmation_prompt=True))


@user_app.command("add")
def add(name: NameArgument,
        role: Annotated[str, typer.Option(help="viewer, analyst or admin.")] = "analyst",
        password_stdin: StdinOption = False) -> None:
    """Add a user who may log in with the password given (at least 12 characters)."""
    from warcrimes.services.users import add_user
    from warcrimes.store import open_store

    store = open_store()
    user = add_user(store, name, _password(password_stdin), role, actor=current_actor())
    typer.echo(f"user {user.username} added as {user.role}")


@user_app.command("passwd")
def passwd(name: NameArgument, password_stdin: StdinOption = False) -> None:
    """Set a user's password; their open sessions end."""
    from warcrimes.services.users import set_password
    from warcrimes.store import open_store

    user = set_password(open_store(), name, _password(password_stdin), actor=current_actor())
    typer.echo(f"password of {user.username} changed; their sessions have ended")


@user_app.command("role")
def role(name: NameArgument, new_role: Annotated[str, typer.Argument(help="viewer, analyst or admin.")]) -> None:
    """Give a user another role; their open sessions end."""
    from warcrimes.services.users import set_role
    from warcrimes.store import open_store

    user = set_role(open_store(), name, new_role, actor=current_actor())
    typer.echo(f"{user.username} is now {user.role}")


@user_app.command("disable")
def disable(name: NameArgument) -> None:
    """Stop a user from logging in (their sessions end now); their name stays in the custody log."""
    from warcrimes.services.users import set_active
    from warcrimes.store import open_store

    user = set_active(open_store(), name, False, actor=current_actor())
    typer.echo(f"{user.username} is disabled")


@user_app.command("enable")
def enable(name: NameArgument) -> None:
    """Let a disabled user log in again."""
    from warcrimes.services.users import set_active
    from warcrimes.store import open_store

    user = set_active(open_store(), name, True, actor=current_actor())
    typer.echo(f"{user.username} is enabled")


@user_app.command("list")
def list_users(output_format: Annotated[Format, typer.Option("--format")] = Format.table) -> None:
    """Every user with their role and whether they may log in."""
    from rich.console import Console
    from rich.table import Table

    from warcrimes.queries.users import list_users as all_users
    from warcrimes.store import open_store

    found = all_users(open_store())
    if output_format is Format.json:
        typer.echo(json.dumps([{"username": u.username, "role": u.role, "active": u.active,
                                "created_at": u.created_at.isoformat(),
                                "password_changed_at": u.password_changed_at.isoformat()} for u in found],
                              ensure_ascii=False, indent=2))
        return
    table = Table("user", "role", "active", "added", "password changed", box=None, header_style="bold")
    for u in found:
        table.add_row(u.username, u.role, "yes" if u.active else "no", u.created_at.date().isoformat(),
                      u.password_changed_at.date().isoformat())
    Console().print(table)
