"""Fixtures of the kobi Python tests: the module (from PYTHONPATH, i.e. build/python), the CLI
binary (KOBI_CLI, default build/kobi) and the test data folder."""
import os
import pathlib
import subprocess

import pytest

ROOT = pathlib.Path(os.environ.get("KOBI_SOURCE_DIR", pathlib.Path(__file__).resolve().parents[2]))


@pytest.fixture(scope="session")
def data():
    return ROOT / "tests" / "data"


@pytest.fixture(scope="session")
def root():
    return ROOT


@pytest.fixture(scope="session")
def cli():
    path = os.environ.get("KOBI_CLI", str(ROOT / "build" / "kobi"))
    assert os.access(path, os.X_OK), f"kobi CLI not found at {path} (set KOBI_CLI)"

    def run(*args, stdin=None, cwd=None):
        result = subprocess.run([path, *map(str, args)], input=stdin, capture_output=True,
                                text=True, cwd=cwd)
        assert result.returncode == 0, result.stderr
        return result.stdout

    return run
