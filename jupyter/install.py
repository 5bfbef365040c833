"""Installs Tape's Jupyter kernel.

    python3 jupyter/install.py            # for you (~/.local/share/jupyter/kernels/tape)
    python3 jupyter/install.py --sys-prefix   # into the active virtual environment
    python3 jupyter/install.py --prefix DIR   # under DIR/share/jupyter/kernels/tape

Run it with the Python that runs your Jupyter (it needs ipykernel). The kernel runs the `tape`
found on PATH now, or the one given with --tape; its path is written into the kernel spec, so
reinstall after moving Tape. `jupyter kernelspec uninstall tape` removes the kernel.
"""

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))


def fail(message):
    print(f"install.py: {message}", file=sys.stderr)
    sys.exit(1)


def main():
    parser = argparse.ArgumentParser(description="Install Tape's Jupyter kernel.")
    where = parser.add_mutually_exclusive_group()
    where.add_argument("--user", action="store_true", help="for the current user (the default)")
    where.add_argument("--sys-prefix", action="store_true", help="into sys.prefix (a virtual environment)")
    where.add_argument("--prefix", help="under PREFIX/share/jupyter/kernels")
    parser.add_argument("--tape", help="the tape binary to run (default: tape on PATH)")
    args = parser.parse_args()

    try:
        import ipykernel  # noqa: F401  (the kernel needs it when Jupyter starts it)
        from jupyter_client.kernelspec import KernelSpecManager
    except ImportError:
        fail(f"{sys.executable} has no ipykernel: run `{sys.executable} -m pip install ipykernel` "
             "or run this script with the Python of your Jupyter")

    tape = args.tape or shutil.which("tape")
    if not tape:
        fail("tape is not on PATH: install it first (docs/install.md) or give --tape PATH")
    tape = os.path.abspath(tape)
    probe = subprocess.run([tape, "serve"], input='{"op": "version"}\n', capture_output=True, text=True)
    try:
        version = json.loads(probe.stdout)["version"]
    except (ValueError, KeyError):
        fail(f"{tape} does not answer `tape serve` (too old a Tape?): {probe.stderr.strip() or probe.stdout.strip()}")

    spec = {
        "argv": [sys.executable, "{resource_dir}/tape_kernel.py", "-f", "{connection_file}"],
        "display_name": "Tape",
        "language": "tape",
        "interrupt_mode": "signal",
        "env": {"TAPE_BINARY": tape},
    }
    with tempfile.TemporaryDirectory() as folder:
        shutil.copy(os.path.join(HERE, "tape_kernel.py"), folder)
        with open(os.path.join(folder, "kernel.json"), "w") as file:
            json.dump(spec, file, indent=1)
        user = not (args.sys_prefix or args.prefix)
        prefix = sys.prefix if args.sys_prefix else args.prefix
        destination = KernelSpecManager().install_kernel_spec(folder, "tape", user=user, prefix=prefix)
    print(f"installed the Tape kernel (tape {version} at {tape}) in {destination}")
    print("start Jupyter and pick the kernel `Tape`; `tape export --format ipynb` writes notebooks that use it")


if __name__ == "__main__":
    main()
