"""Tape's Jupyter kernel: a wrapper kernel over `tape serve`.

One `tape serve` process holds the notebook's session. Each cell goes to it as one JSON request
a line, and its one-line reply becomes Jupyter messages: results as `execute_result` (the last)
or `display_data`, with an HTML table beside the text for tables and series; charts as SVG;
errors as Jupyter errors. Tab completion and Shift-Tab help ask the same session. The protocol is
in docs/jupyter.md. Installed by jupyter/install.py, which records which `tape` to run in the
kernel spec (TAPE_BINARY).
"""

import json
import os
import shutil
import signal
import subprocess

from ipykernel.kernelbase import Kernel


class TapeSession:
    """A `tape serve` process and the requests sent to it, one at a time."""

    def __init__(self, binary):
        self.binary = binary
        self.process = None
        self.next_id = 0
        self.start()

    def start(self):
        # Its own stdin and stdout are the protocol; its errors go where the kernel's go.
        self.process = subprocess.Popen(
            [self.binary, "serve"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
            encoding="utf-8", bufsize=1)

    def request(self, op, **fields):
        """Sends one request and returns its reply. A Ctrl-C (Jupyter's interrupt) while Tape
        works is passed on to it; Tape stops the entry and still replies."""
        self.next_id += 1
        line = json.dumps(dict(fields, id=self.next_id, op=op))
        try:
            self.process.stdin.write(line + "\n")
            self.process.stdin.flush()
        except BrokenPipeError:
            return self.restarted()
        while True:
            try:
                reply = self.process.stdout.readline()
                break
            except KeyboardInterrupt:
                self.interrupt()
        if not reply:
            return self.restarted()
        return json.loads(reply)

    def interrupt(self):
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGINT)

    def restarted(self):
        """Tape ended (it should not); start a fresh session and say so."""
        code = self.process.poll()
        self.start()
        return {"ok": False, "outputs": [], "error":
                f"tape stopped (exit status {code}); a new session was started, so earlier names are gone"}

    def close(self):
        if self.process.poll() is None:
            self.process.stdin.close()
            try:
                self.process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self.process.kill()


class TapeKernel(Kernel):
    implementation = "tape"
    implementation_version = "1"
    language = "tape"
    language_info = {
        "name": "tape",
        "mimetype": "text/x-tape",
        "file_extension": ".tape",
        "pygments_lexer": "text",
    }
    banner = "Tape: the analyst's calculator that knows the market"

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        binary = os.environ.get("TAPE_BINARY") or shutil.which("tape")
        if not binary:
            raise RuntimeError("tape was not found: set TAPE_BINARY or put tape on PATH")
        self.tape = TapeSession(binary)
        version = self.tape.request("version")
        self.language_info = dict(self.language_info, version=version.get("version", ""))
        self.banner = f"Tape {version.get('version', '')}\n{version.get('data', '')}"

    def do_execute(self, code, silent, store_history=True, user_expressions=None, allow_stdin=False):
        reply = self.tape.request("execute", code=code)
        outputs = reply.get("outputs", [])
        errors = [output for output in outputs if output["kind"] == "error"]
        if "error" in reply:
            errors.append({"message": reply["error"], "text": "error: " + reply["error"]})
        if not silent:
            # The last result is the cell's result (Out[n]); anything before it is displayed.
            results = [index for index, output in enumerate(outputs) if output["kind"] in ("value", "binding")]
            last = results[-1] if results else None
            for index, output in enumerate(outputs):
                if output["kind"] == "error":
                    self.send_response(self.iopub_socket, "error", self.error_content(output))
                    continue
                data = {"text/plain": output["text"]}
                if output.get("html"):
                    data["text/html"] = output["html"]
                if output.get("svg"):
                    data["image/svg+xml"] = output["svg"]
                if index == last:
                    self.send_response(self.iopub_socket, "execute_result",
                                       {"execution_count": self.execution_count, "data": data, "metadata": {}})
                else:
                    self.send_response(self.iopub_socket, "display_data", {"data": data, "metadata": {}})
            if "error" in reply:
                self.send_response(self.iopub_socket, "error", self.error_content(errors[-1]))
        if errors:
            return dict(self.error_content(errors[0]), status="error", execution_count=self.execution_count)
        return {"status": "ok", "execution_count": self.execution_count, "payload": [], "user_expressions": {}}

    @staticmethod
    def error_content(output):
        return {"ename": "error", "evalue": output.get("message", ""), "traceback": output["text"].split("\n")}

    def do_complete(self, code, cursor_pos):
        reply = self.tape.request("complete", code=code, cursor=cursor_pos)
        return {"status": "ok", "matches": reply.get("matches", []),
                "cursor_start": reply.get("cursor_start", cursor_pos),
                "cursor_end": reply.get("cursor_end", cursor_pos), "metadata": {}}

    def do_inspect(self, code, cursor_pos, detail_level=0, omit_sections=()):
        reply = self.tape.request("inspect", code=code, cursor=cursor_pos)
        data = {"text/plain": reply["text"]} if reply.get("found") else {}
        return {"status": "ok", "found": bool(reply.get("found")), "data": data, "metadata": {}}

    def do_shutdown(self, restart):
        self.tape.close()
        if restart:
            self.tape.start()
        return {"status": "ok", "restart": restart}


if __name__ == "__main__":
    from ipykernel.kernelapp import IPKernelApp

    IPKernelApp.launch_instance(kernel_class=TapeKernel)
