"""The warm build process (`invoke warm`) that `invoke build` hands its build to."""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import select
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest
from conftest import ROOT, SEEDS
from desk import build_server
from desk.build_server import BuildServer, ask, socket_path
from desk_common.tree_hash import RACY_NS
from invoke import Context
from test_incremental import INVOKE, build, differences, small_pages, snapshot

import tasks
from bench.synthetic import write


@pytest.fixture
def short_tmp(monkeypatch):
    """A temporary folder short enough for a socket's path, used as the
    temporary folder the sockets are made in."""
    folder = Path(tempfile.mkdtemp(prefix="wd"))
    monkeypatch.setattr(build_server, "_temporary_folder", lambda: str(folder))
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


def _code_on_disk(path: Path) -> str:
    return path.read_text()


def _fake_build(log: Path, **arguments) -> int:
    """Prints what it was asked and where; fails with 3 when asked to."""
    print(f"building {arguments['output']} ({arguments['say']}) in {os.getcwd()}", flush=True)
    with log.open("a") as handle:
        handle.write("build\n")
    return 3 if arguments["say"] == "fail" else 0


def _fake_between(log: Path) -> None:
    with log.open("a") as handle:
        handle.write("between\n")


def _serve_fake(temporary: str, output: str, code: str, idle: float | None = None) -> None:
    """A warm process whose builds are :func:`_fake_build`; what it prints
    of its own goes nowhere, so only what it prints for an asker, on the
    asker's terminal, can be seen."""
    from functools import partial

    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 1)
    os.dup2(devnull, 2)
    log = Path(temporary) / "log"
    code_file = Path(code)
    with BuildServer(
        output,
        partial(_fake_build, log),
        partial(_fake_between, log),
        code_file.read_text(),
        partial(_code_on_disk, code_file),
        idle,
    ) as server:
        server.serve()


def _start_fake(short_tmp: Path, output: Path, idle: float | None = None) -> multiprocessing.Process:
    code = short_tmp / "code"
    if not code.exists():
        code.write_text("code of the first day")
    process = multiprocessing.get_context("fork").Process(
        target=_serve_fake, args=(str(short_tmp), str(output), str(code), idle)
    )
    process.start()
    deadline = time.monotonic() + 30
    while not _listening(socket_path(output)):  # a socket left by a process that died is not
        assert process.is_alive() and time.monotonic() < deadline, "the warm process did not start"
        time.sleep(0.02)
    return process


def _listening(path: Path) -> bool:
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as probe:
        try:
            probe.connect(str(path))
        except OSError:
            return False
    return True


def _asked(output: Path, say: str, code: str = "code of the first day", **more):
    return ask(output, {"output": str(output), "say": say, **more}, lambda: code)


def test_a_build_asked_of_the_warm_process_runs_there_and_prints_on_the_askers_terminal(
    short_tmp, tmp_path, monkeypatch, capfd
):
    output = tmp_path / "output"
    process = _start_fake(short_tmp, output)
    try:
        monkeypatch.chdir(tmp_path)
        answer = _asked(output, "hello")
        assert answer == build_server.Answer(True, 0)
        assert f"building {output} (hello) in {tmp_path}" in capfd.readouterr().out
        # a failed build's exit status comes back; the asker's folder is its own again
        assert _asked(output, "fail") == build_server.Answer(True, 3)
        assert "(fail)" in capfd.readouterr().out
        # the work between builds is done after each, once the asker has its answer
        assert _asked(output, "again").ran
        assert (short_tmp / "log").read_text().split()[:5] == ["build", "between", "build", "between", "build"]
    finally:
        process.kill()
        process.join()


def test_an_idle_warm_process_collects_what_builds_left_and_still_answers(short_tmp, tmp_path, monkeypatch):
    output = tmp_path / "output"
    log = short_tmp / "log"
    monkeypatch.setattr(build_server, "IDLE_SECONDS", 0.2)

    def collected() -> None:
        with log.open("a") as handle:
            handle.write("collected\n")

    monkeypatch.setattr(build_server, "collect_when_idle", collected)
    process = _start_fake(short_tmp, output)  # forked: with these
    try:
        assert _asked(output, "one").ran
        time.sleep(1)
        assert _asked(output, "two").ran
        events = log.read_text().split()
        builds = [number for number, event in enumerate(events) if event == "build"]
        assert len(builds) == 2 and events[builds[0] + 1] == "between"
        assert "collected" in events[builds[0] : builds[1]], "collected while idle between the two"
    finally:
        process.kill()
        process.join()


def test_a_warm_process_given_an_idle_time_stops_once_no_build_came_for_it(short_tmp, tmp_path):
    output = tmp_path / "output"
    process = _start_fake(short_tmp, output, idle=1.0)
    try:
        assert _asked(output, "one").ran  # a request answered within its time
        process.join(60)
        assert process.exitcode == 0, "stopped on its own, once idle"
        assert not socket_path(output).exists()
        assert _asked(output, "two") is None  # nobody there: the asker builds on its own
        assert (short_tmp / "log").read_text().split() == ["build", "between"]
    finally:
        process.kill()
        process.join()


def test_the_warm_process_declines_another_output_and_code_it_was_not_started_with(short_tmp, tmp_path, capfd):
    output = tmp_path / "output"
    process = _start_fake(short_tmp, output)
    try:
        # another copy of the code asks
        answer = _asked(output, "hello", code="code of another copy")
        assert not answer.ran and "code changed" in answer.reason
        assert "building" not in capfd.readouterr().out
        # then it stops, so that a new one reads the code afresh
        process.join(10)
        assert process.exitcode == 0
        assert not socket_path(output).exists()
        assert _asked(output, "hello") is None  # nobody there: the asker builds on its own

        # the code edited on disk since it started: the same
        process = _start_fake(short_tmp, output)
        (short_tmp / "code").write_text("code of the second day")
        answer = _asked(output, "hello", code="code of the second day")
        assert not answer.ran and "code changed" in answer.reason
        process.join(10)
        assert process.exitcode == 0
    finally:
        process.kill()
        process.join()


def test_a_warm_process_that_died_leaves_the_asker_to_build_and_its_socket_to_the_next(short_tmp, tmp_path):
    output = tmp_path / "output"
    process = _start_fake(short_tmp, output)
    try:
        with pytest.raises(RuntimeError, match="already listens"):
            BuildServer(output, print, print, "", str)
        os.kill(process.pid, signal.SIGKILL)
        process.join()
        assert socket_path(output).exists()  # left behind
        assert _asked(output, "hello") is None
        process = _start_fake(short_tmp, output)
        assert _asked(output, "hello").ran
    finally:
        process.kill()
        process.join()


def test_no_socket_where_other_users_could_reach_it(short_tmp, tmp_path):
    assert socket_path(tmp_path / "output").parent.stat().st_mode & 0o777 == 0o700
    socket_path(tmp_path / "output").parent.chmod(0o777)
    assert socket_path(tmp_path / "output") is None
    assert ask(tmp_path / "output", {}, lambda: "") is None


def _wait_until_held_in_memory(warm: subprocess.Popen) -> None:
    """Wait until ``invoke warm`` (its output read through a pipe) says it
    holds the published build in memory, ready for the next."""
    lines = []
    deadline = time.monotonic() + 120
    while not any("held in memory" in line for line in lines):
        assert warm.poll() is None and time.monotonic() < deadline, f"invoke warm did not get ready: {lines}"
        if select.select([warm.stdout], [], [], 1)[0]:
            lines.append(warm.stdout.readline())


def test_invoke_build_hands_its_build_to_invoke_warm_and_the_site_equals_a_cold_build(tmp_path):
    conf = small_pages(tmp_path)
    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS, seeds)
    write(seeds, 12)
    steps = tmp_path / "steps"
    build(steps, seeds, conf)
    folders = ["--seeds", str(seeds), "--content", str(steps / "content"), "--output", str(steps / "output")]
    warm = subprocess.Popen(
        [*INVOKE, "warm", *folders, "--settings", str(conf)], cwd=ROOT, stdout=subprocess.PIPE, text=True
    )
    try:
        # listening before then, but a dispatch written meanwhile would be
        # ingested by the warm process's own first run, not by the build asked
        _wait_until_held_in_memory(warm)
        assert socket_path(steps / "output").exists()
        write(seeds, 1, seed=701, prefix="zz_new_", first_year=2026)
        out = build(steps, seeds, conf)
        assert out.rstrip().endswith("(warm build process)")
        assert "1 converted" in out
        # a build that fails there fails here, with its reason
        failed = subprocess.run(
            [*INVOKE, "build", *folders, "--settings", str(tmp_path / "missing.py")],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert failed.returncode != 0
        assert "missing.py" in failed.stderr
        assert "nothing changed" in build(steps, seeds, conf)
    finally:
        warm.terminate()  # as ^C does
        try:
            warm.wait(60)
        finally:
            if warm.poll() is None:
                warm.kill()
    assert warm.returncode == 0
    assert not socket_path(steps / "output").exists()

    cold = tmp_path / "cold"
    build(cold, seeds, conf)
    assert differences(snapshot(steps / "output"), snapshot(cold / "output")) == []


@pytest.mark.parametrize("settled", [True, False], ids=["seeds settled", "seeds just written"])
def test_a_warm_process_started_beside_a_current_site_holds_it_in_memory_and_changes_no_file(tmp_path, settled):
    """Started beside a site built from its inputs, the warm process runs the
    site's build over it so that its first build works from that build in
    memory: that run changes no file of the site (the theme's static files
    are copied again, as by every build of the site, with the same bytes).
    A build right after a dispatch came in could not trust the seeds' stamp:
    the ingest then tells that nothing is new."""
    conf = small_pages(tmp_path)
    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS, seeds)
    write(seeds, 8)
    if settled:
        time.sleep(RACY_NS / 1e9 + 0.2)  # the seeds' stamp is trusted once they are that old
    build(tmp_path, seeds, conf)
    output = tmp_path / "output"
    before = {p: p.read_bytes() for p in output.resolve().rglob("*") if p.is_file()}
    folders = ["--seeds", str(seeds), "--content", str(tmp_path / "content"), "--output", str(output)]
    warm = subprocess.Popen(
        [*INVOKE, "warm", *folders, "--settings", str(conf)], cwd=ROOT, stdout=subprocess.PIPE, text=True
    )
    try:
        _wait_until_held_in_memory(warm)
        after = {p: p.read_bytes() for p in output.resolve().rglob("*") if p.is_file()}
        assert after == before
    finally:
        warm.terminate()
        warm.wait(60)


def test_invoke_build_builds_on_its_own_when_no_warm_process_runs(tmp_path):
    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS, seeds)
    out = build(tmp_path / "site", seeds, small_pages(tmp_path))
    assert "built" in out and "warm build process" not in out
    # run by a script, not at a terminal: it leaves no warm process behind
    assert "warm:" not in out
    assert not socket_path(tmp_path / "site" / "output").exists()


def _at_a_terminal(command: list[str]) -> str:
    """Run ``command`` in the project folder with its standard output a
    terminal (a pseudo-terminal), as an editor runs it; what it printed."""
    import pty

    reading, terminal = pty.openpty()
    try:
        run = subprocess.run(command, cwd=ROOT, stdout=terminal, stderr=subprocess.PIPE, timeout=300)
    finally:
        os.close(terminal)
    printed = b""
    with contextlib.suppress(OSError):  # EIO once all it printed was read
        while chunk := os.read(reading, 1 << 16):
            printed += chunk
    os.close(reading)
    assert run.returncode == 0, printed.decode() + run.stderr.decode()
    return printed.decode()


def _keep_warm(tmp_path: Path, minutes) -> Path:
    conf = small_pages(tmp_path)
    conf.write_text(conf.read_text() + f"DESK_KEEP_WARM = {minutes!r}\n")
    return conf


def test_invoke_build_at_a_terminal_leaves_a_warm_process_that_builds_the_next_until_idle(tmp_path):
    conf = _keep_warm(tmp_path, 0.1)  # six seconds
    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS, seeds)
    shutil.copytree(ROOT / "content" / "pages", tmp_path / "content" / "pages")
    output = tmp_path / "output"
    folders = ["--seeds", str(seeds), "--content", str(tmp_path / "content"), "--output", str(output)]
    printed = _at_a_terminal([*INVOKE, "build", *folders, "--settings", str(conf)])
    assert "built" in printed and "warm: a build process stays beside" in printed
    assert "stops after 0.1 minutes without one, or with `kill " in printed
    deadline = time.monotonic() + 120
    while not _listening(socket_path(output)):  # once warm
        assert time.monotonic() < deadline, "no warm process started"
        time.sleep(0.05)
    write(seeds, 1, seed=721, prefix="zz_new_", first_year=2026)
    assert build(tmp_path, seeds, conf).rstrip().endswith("(warm build process)")
    # it stops once no build came for its minutes, and the next build is built here
    deadline = time.monotonic() + 120
    while socket_path(output).exists():
        assert time.monotonic() < deadline, "the warm process did not stop when idle"
        time.sleep(0.1)
    log = (tmp_path / "output.builds" / "warm.log").read_text()
    assert "warm: built in" in log and "no build asked for 0.1 minutes: stopped" in log
    write(seeds, 1, seed=722, prefix="zz_newer_", first_year=2026)
    out = build(tmp_path, seeds, conf)
    assert "1 converted" in out and "warm build process" not in out


def test_with_keep_warm_none_a_build_at_a_terminal_leaves_no_warm_process(tmp_path):
    conf = _keep_warm(tmp_path, None)
    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS, seeds)
    output = tmp_path / "output"
    folders = ["--seeds", str(seeds), "--content", str(tmp_path / "content"), "--output", str(output)]
    printed = _at_a_terminal([*INVOKE, "build", *folders, "--settings", str(conf)])
    assert "built" in printed and "warm:" not in printed
    assert not socket_path(output).exists()


def test_where_a_terminal_cannot_be_handed_over_invoke_build_builds_on_its_own(short_tmp, tmp_path, monkeypatch):
    monkeypatch.delattr(socket, "send_fds")
    assert socket_path(tmp_path / "output") is None
    assert ask(tmp_path / "output", {}, lambda: "") is None


def test_a_declined_build_is_built_here_and_the_asker_is_told_why(short_tmp, tmp_path, capfd):
    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS, seeds)
    output = tmp_path / "output"
    process = _start_fake(short_tmp, output)  # its code is not this one's
    try:
        tasks.build(
            Context(),
            seeds=str(seeds),
            content=str(tmp_path / "content"),
            output=str(output),
            settings=str(small_pages(tmp_path)),
        )
    finally:
        process.kill()
        process.join()
    out, err = capfd.readouterr()
    assert "the warm build process did not build (its code changed since it started): building here" in err
    assert "built" in out and "(warm build process)" not in out
    assert (output / "index.html").exists()


#: `invoke warm`, stopped (as by ^C) just as it starts the work that follows
#: its first build: where a stop lands is otherwise a matter of milliseconds.
_STOPPED_AFTER_A_BUILD = """
import sys
from invoke import Context
import tasks

after = tasks._after_build
calls = []


def stopped(output, ahead=True):
    calls.append(ahead)
    if ahead and len(calls) == 3:  # the first two are the warm-up's and the first build's priming
        raise KeyboardInterrupt
    after(output, ahead)


tasks._after_build = stopped
seeds, content, output, settings = sys.argv[1:]
tasks.warm(Context(), seeds=seeds, content=content, output=output, settings=settings)
"""


def test_a_warm_process_stopped_right_after_a_build_saves_that_builds_state_first(tmp_path):
    """The state of a build is saved after the asker has its answer; stopped
    then, the warm process saves it before it ends, so the next build does
    not take that build's journal for a killed build's."""
    from desk_common.state import build_journal_path, build_state_path
    from site_pages.publishing import current_build

    conf = small_pages(tmp_path)
    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS, seeds)
    build(tmp_path, seeds, conf)
    folders = [str(seeds), str(tmp_path / "content"), str(tmp_path / "output"), str(conf)]
    said = tmp_path / "warm.log"
    with open(said, "wb") as log:
        warm = subprocess.Popen([sys.executable, "-c", _STOPPED_AFTER_A_BUILD, *folders], cwd=ROOT, stdout=log)
    try:
        # once the published build is held in memory (a dispatch written
        # earlier would be the first build's to take in, not the head start's)
        deadline = time.monotonic() + 120
        while "held in memory" not in said.read_text(encoding="utf-8"):
            assert warm.poll() is None and time.monotonic() < deadline, "the warm process did not start"
            time.sleep(0.1)
        write(seeds, 1, seed=711, prefix="zz_new_", first_year=2026)
        assert "(warm build process)" in build(tmp_path, seeds, conf)
        warm.wait(60)
    finally:
        if warm.poll() is None:
            warm.kill()
    assert warm.returncode == 0
    published = current_build(tmp_path / "output")
    assert build_state_path(published).exists()
    assert not build_journal_path(published).exists(), "the build's state was saved"
