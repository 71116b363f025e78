"""Fetch one pinned npm package tarball with the npm client and read files out of it.

Shared by the build scripts that ship files from npm packages (vendor_web.py, build_basemap.py).
The tarball's sha512 integrity must equal the pinned one, so a rebuild takes exactly the bytes
that were vendored, or stops.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tarfile
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Tarball:
    """A downloaded package tarball with what the npm client reported about it."""

    package: str
    version: str
    integrity: str
    shasum: str
    path: Path

    def read(self, member: str) -> bytes:
        """The bytes of one file of the package, named as in the tarball (`package/dist/x.js`)."""
        with tarfile.open(self.path, "r:gz") as archive:
            try:
                entry = archive.getmember(member)
            except KeyError:
                sys.exit(f"{self.package}@{self.version}: the tarball has no file {member}")
            handle = archive.extractfile(entry)
            if handle is None:
                sys.exit(f"{self.package}@{self.version}: {member} is not a regular file")
            return handle.read()


def fetch(package: str, version: str, integrity: str, workdir: Path) -> Tarball:
    """Run `npm pack` for package@version into workdir and check the tarball against the pin."""
    spec = f"{package}@{version}"
    try:
        done = subprocess.run(["npm", "pack", "--json", "--pack-destination", str(workdir), spec],
                              check=True, capture_output=True, text=True, cwd=workdir)
    except FileNotFoundError:
        sys.exit("npm is not installed; install Node.js and npm (Debian: apt-get install npm)")
    except subprocess.CalledProcessError as exc:
        sys.exit(f"npm pack {spec} failed: {exc.stderr.strip().splitlines()[-1:]}")
    report = json.loads(done.stdout)[0]
    if report["integrity"] != integrity:
        sys.exit(f"{spec}: the registry's tarball has integrity {report['integrity']}, the pin says {integrity}")
    return Tarball(package, version, report["integrity"], report["shasum"], workdir / report["filename"])
