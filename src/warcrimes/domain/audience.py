"""Who an output is made for: the person acting, and whether they may see victims' personal data.

Reports and evidence can name victims, show their faces, give their addresses. A dossier quotes the
reports and proves custody entries that name files and people, and the JSON Lines export carries
every report's original: those need `personal_data`. The CSV and GeoJSON exports and the statistics
series hold none (facts, counts, places and publishers only), so anyone who may read may have them.
The web gives viewers `personal_data=False` and analysts and administrators True; the command line
runs as the installation's operator, who holds the database itself. The captives registry is apart:
`registry` is True only for a user whose role has that permission (the web) or when the operator
asks for it (`warcrimes export --registry`).
"""

from __future__ import annotations

from dataclasses import dataclass

from warcrimes.errors import AccessDenied


class NotPermittedError(AccessDenied):
    """The person asking may not have this output; the message says what it would hold."""

    exit_code = 6


@dataclass(frozen=True)
class Audience:
    """The person an output is made by and for (named in its custody entry) and what they may see."""

    actor: str
    personal_data: bool = True
    #: The captives registry's persons, histories and exchanges go into a JSON Lines export only with this.
    registry: bool = False

    def require_personal_data(self, what: str) -> None:
        """Refuse `what` (a sentence naming the output and why it holds personal data) to this audience."""
        if not self.personal_data:
            raise NotPermittedError(f"{what}; victims' personal data needs an analyst's or an administrator's "
                                    "role (a viewer may export CSV, GeoJSON or the statistics series)")
