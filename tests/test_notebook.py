"""The walkthrough notebook: stored without outputs, runs top to bottom."""

from __future__ import annotations

import os
import shutil

import nbformat
import pytest

from .conftest import ROOT

NOTEBOOK = ROOT / "notebooks" / "walkthrough.ipynb"


def test_notebook_is_stored_without_outputs():
    nb = nbformat.read(NOTEBOOK, as_version=4)
    nbformat.validate(nb)
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert code, "the notebook has code cells"
    assert all(not c.outputs and c.execution_count is None for c in code)
    assert nb.metadata["kernelspec"]["name"] == "python3"


@pytest.mark.slow
def test_notebook_runs_top_to_bottom(tmp_path, monkeypatch):
    from nbclient import NotebookClient

    # Run a copy beside a link to the data, so the repository gets no outputs.
    (tmp_path / "notebooks").mkdir()
    shutil.copy(NOTEBOOK, tmp_path / "notebooks" / NOTEBOOK.name)
    (tmp_path / "data").symlink_to(ROOT / "data", target_is_directory=True)
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join(
        p for p in (str(ROOT), os.environ.get("PYTHONPATH", "")) if p))
    nb = nbformat.read(tmp_path / "notebooks" / NOTEBOOK.name, as_version=4)
    client = NotebookClient(nb, kernel_name="python3", timeout=600,
                            resources={"metadata": {"path": str(tmp_path / "notebooks")}})
    client.execute()  # raises CellExecutionError on the first failing cell
    out = tmp_path / "notebooks" / "out"
    for name in ("graph.html", "north-korea.html", "graph.ttl", "graph.gexf",
                 "csv/nodes.csv", "csv/edges.csv"):
        assert (out / name).is_file(), name
    shown = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs]
    iframes = [o for o in shown if "text/html" in o.get("data", {})
               and "<iframe srcdoc=" in o["data"]["text/html"]]
    assert len(iframes) == 2
    tables = [o for o in shown if "text/html" in o.get("data", {})
              and "<table" in o["data"]["text/html"]]
    assert len(tables) >= 8
