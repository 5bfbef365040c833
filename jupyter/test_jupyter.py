"""Tape and Jupyter, end to end (scripts/test-jupyter.sh runs this from `make test`):

- `tape export --format ipynb` of every bundled notebook passes nbformat's own validator;
- the kernel, installed by install.py into a scratch folder and started by jupyter_client, runs
  a binding, a table and an error, completes, inspects, survives an interrupt, and keeps one
  session throughout.

    python jupyter/test_jupyter.py --tape .build/debug/tape
"""

import argparse
import glob
import os
import queue
import subprocess
import sys
import tempfile
import time
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
REPOSITORY = os.path.dirname(HERE)
TAPE = None


class ExportTests(unittest.TestCase):
    def test_every_bundled_notebook_exports_a_valid_ipynb(self):
        import nbformat

        notebooks = sorted(glob.glob(os.path.join(REPOSITORY, "sessions", "**", "*.session"), recursive=True))
        self.assertGreater(len(notebooks), 5)
        seen = set()
        for path in notebooks:
            with self.subTest(notebook=os.path.relpath(path, REPOSITORY)):
                export = subprocess.run([TAPE, "export", path, "--format", "ipynb"], capture_output=True, text=True)
                self.assertEqual(export.returncode, 0, export.stderr)
                notebook = nbformat.reads(export.stdout, as_version=4)
                nbformat.validate(notebook)
                self.assertEqual(notebook.metadata.kernelspec.name, "tape")
                for cell in notebook.cells:
                    for output in cell.get("outputs", []):
                        seen.add(output.output_type)
                        seen.update(output.get("data", {}).keys())
        # Across the bundled notebooks: results, errors, HTML tables and SVG charts.
        self.assertLessEqual({"execute_result", "error", "display_data", "text/html", "image/svg+xml"}, seen)


class KernelTests(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        from jupyter_client.manager import KernelManager

        cls.folder = tempfile.TemporaryDirectory()
        install = subprocess.run(
            [sys.executable, os.path.join(HERE, "install.py"), "--prefix", cls.folder.name, "--tape", TAPE],
            capture_output=True, text=True)
        if install.returncode != 0:
            raise AssertionError(f"install.py failed: {install.stderr}")
        os.environ["JUPYTER_PATH"] = os.path.join(cls.folder.name, "share", "jupyter")
        cls.manager = KernelManager(kernel_name="tape")
        cls.manager.start_kernel(cwd=cls.folder.name)
        cls.client = cls.manager.client()
        cls.client.start_channels()
        cls.client.wait_for_ready(timeout=60)

    @classmethod
    def tearDownClass(cls):
        cls.client.stop_channels()
        cls.manager.shutdown_kernel(now=True)
        cls.folder.cleanup()

    def execute(self, code, interrupt_after=None):
        """Runs a cell; returns the execute_reply's content and the outputs published for it."""
        message_id = self.client.execute(code)
        if interrupt_after is not None:
            time.sleep(interrupt_after)
            self.manager.interrupt_kernel()
        reply = self.client.get_shell_msg(timeout=60)
        while reply["parent_header"].get("msg_id") != message_id:
            reply = self.client.get_shell_msg(timeout=60)
        outputs = []
        while True:
            message = self.client.get_iopub_msg(timeout=10)
            if message["parent_header"].get("msg_id") != message_id:
                continue
            kind = message["msg_type"]
            if kind == "status" and message["content"]["execution_state"] == "idle":
                break
            if kind in ("execute_result", "display_data", "error", "stream"):
                outputs.append((kind, message["content"]))
        return reply["content"], outputs

    def test_1_binding_table_and_error(self):
        reply, outputs = self.execute("cash = $5B")
        self.assertEqual(reply["status"], "ok")
        self.assertEqual([kind for kind, _ in outputs], ["execute_result"])
        self.assertEqual(outputs[0][1]["data"]["text/plain"], "cash = $5.000B")

        reply, outputs = self.execute("nvda[2025-01-24..2025-01-27]")
        self.assertEqual(reply["status"], "ok")
        data = outputs[0][1]["data"]
        self.assertTrue(data["text/plain"].startswith("date        open (USD/share)"))
        self.assertIn("<td style=\"text-align: right\">$118.42</td>", data["text/html"])

        reply, outputs = self.execute("cash + 3 shares")
        self.assertEqual(reply["status"], "error")
        self.assertEqual(reply["evalue"], "cannot add `USD` and `shares`")
        self.assertEqual(outputs[0][0], "error")
        self.assertTrue(outputs[0][1]["traceback"][0].startswith("<input:3>:1:6: error: cannot add"))

        # One session throughout: the binding of the first cell is still there.
        reply, outputs = self.execute("cash / 5")
        self.assertEqual(outputs[0][1]["data"]["text/plain"], "$1.000B")

    def test_2_chart_is_svg(self):
        reply, outputs = self.execute("chart(nvda.close)")
        self.assertEqual(reply["status"], "ok")
        data = outputs[0][1]["data"]
        self.assertTrue(data["image/svg+xml"].startswith("<svg"))

    def test_3_complete_and_inspect(self):
        self.client.complete("x = nvda.cl", 11)
        reply = self.client.get_shell_msg(timeout=30)["content"]
        self.assertEqual(reply["matches"], ["close"])
        self.assertEqual((reply["cursor_start"], reply["cursor_end"]), (9, 11))

        self.client.inspect("pct_change(1, 2)", 3)
        reply = self.client.get_shell_msg(timeout=30)["content"]
        self.assertTrue(reply["found"])
        self.assertTrue(reply["data"]["text/plain"].startswith("pct_change"))

    def test_4_interrupt_stops_the_entry_and_the_session_goes_on(self):
        self.execute("fn slow(n) = if n < 2 then n else slow(n - 1) + slow(n - 2)")
        reply, outputs = self.execute("slow(60)", interrupt_after=1.0)
        self.assertEqual(reply["status"], "error")
        self.assertEqual(reply["evalue"], "interrupted")
        self.assertEqual(outputs[0][0], "error")
        reply, outputs = self.execute("1 + 1")
        self.assertEqual(outputs[0][1]["data"]["text/plain"], "2")


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--tape", required=True)
    arguments, rest = parser.parse_known_args()
    TAPE = os.path.abspath(arguments.tape)
    unittest.main(argv=[sys.argv[0]] + rest, verbosity=2)
