"""The package itself: exports, docstrings, type stubs, exception hierarchy."""
import ast
import pathlib

import kobi

STUBS = pathlib.Path(kobi.__file__).with_name("__init__.pyi")


def test_exports_have_docstrings():
    assert kobi.__version__.count(".") == 2
    for name in kobi.__all__:
        obj = getattr(kobi, name)
        if callable(obj) and not isinstance(obj, type):
            assert obj.__doc__ and len(obj.__doc__) > 40, name


def test_stubs_cover_every_export():
    tree = ast.parse(STUBS.read_text(encoding="utf-8"))
    stubbed = {n.name for n in tree.body if isinstance(n, (ast.FunctionDef, ast.ClassDef))}
    stubbed |= {t.id for n in tree.body if isinstance(n, ast.AnnAssign) for t in [n.target]}
    assert set(kobi.__all__) - {"__version__"} <= stubbed, set(kobi.__all__) - stubbed


def test_exception_hierarchy():
    assert issubclass(kobi.InputError, ValueError) and issubclass(kobi.InputError, kobi.Error)
    assert issubclass(kobi.UsageError, ValueError)
    assert issubclass(kobi.IoError, OSError)
    assert not issubclass(kobi.UsageError, kobi.InputError)
