#!/usr/bin/env python3
"""The local rollout under an external load that shares no code with the tool.

Deploys three versions of the sample service on the local profile, one after the other, while this script sends a
fixed rate of GET / (which a broken version fails) and GET /version (which says which colour answered) to the
service's stable URL, with the tool's own load off (--load-rps 0):

  1. a baseline version (the first deployment, or a rollout from whatever runs now), without measuring;
  2. a good version: how many requests failed, and how long the router took to honour the weights;
  3. a broken version (FAILURE_RATE=1): how many requests failed, and the time from the check that failed the
     rollout to the last answer from the broken colour.

usage: benchmarks/rollout-under-load.py [--rps N]   (N requests/s to each of the two paths; default 25)
The local cloud is kept afterwards; ./build.sh StopLocalCloud stops it.
"""
import concurrent.futures, datetime, json, os, subprocess, sys, threading, time, urllib.error, urllib.request

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
RPS = float(sys.argv[sys.argv.index("--rps") + 1]) if "--rps" in sys.argv else 25.0
INTERVAL = 5.0  # the local profile's --interval (.nuke/parameters.local.json)
# ECR's tags are immutable: each run of the benchmark deploys versions of its own.
RUN = time.strftime("%H%M%S")


def deploy(version, *extra):
    """Runs the main job for one version; returns its exit code and how long it took. The baseline keeps the tool's own
    load, which its analysis needs when it is a rollout: a check without data fails."""
    started = time.time()
    with open(os.path.join(ROOT, "artifacts", f"bench-{version}.log"), "w") as log:
        code = subprocess.run(["./build.sh", "BlueGreenDeploy", "--profile", "local", "--keep-local-cloud", "--skip", "Test",
                               "--app-version", version, *extra], cwd=ROOT, stdout=log, stderr=subprocess.STDOUT).returncode
    return code, time.time() - started


class Load:
    """GET / and GET /version at a fixed rate each, every request on its own thread from a pool, until stopped."""

    def __init__(self, url):
        self.url, self.answers, self.stopped = url, [], threading.Event()
        self.pool = concurrent.futures.ThreadPoolExecutor(max_workers=64)
        self.thread = threading.Thread(target=self._send)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *_):
        self.stopped.set()
        self.thread.join()
        self.pool.shutdown(wait=True)

    def _send(self):
        start, n = time.monotonic(), 0
        while not self.stopped.is_set():
            n += 1
            self.pool.submit(self._get, "")
            self.pool.submit(self._get, "version")
            time.sleep(max(0.0, start + n / RPS - time.monotonic()))

    def _get(self, path):
        sent, colour, version = time.time(), None, None
        try:
            with urllib.request.urlopen(self.url + path, timeout=10) as response:
                status, body = response.status, response.read()
            if path == "version":
                info = json.loads(body)
                colour, version = info["colour"], info["version"]
        except urllib.error.HTTPError as error:
            status = error.code
        except OSError:
            status = 0  # refused, reset or timed out
        self.answers.append((sent, path, status, colour, version))


def at(text):
    return datetime.datetime.fromisoformat(text.replace("Z", "+00:00")).timestamp()


def record():
    return json.load(open(os.path.join(ROOT, "artifacts", "deployment.json")))


def timeline(answers, steps, begin, new_version):
    """One row per second: the share of /version answers from the new version, and the failed requests."""
    print(f"    {'s':>4}  {'share of answers from ' + new_version:<32} failed")
    marks = {int(at(step["at"]) - begin): f"{step['kind'].lower()} {step['weights']}" for step in steps}
    end = max(sent for sent, *_ in answers)
    for second in range(0, int(end - begin) + 1):
        bucket = [a for a in answers if begin + second <= a[0] < begin + second + 1]
        versions = [a[4] for a in bucket if a[1] == "version" and a[2] == 200]
        share = sum(v == new_version for v in versions) / len(versions) if versions else 0
        failed = sum(a[2] != 200 for a in bucket)
        print(f"    {second:>4}  [{'#' * round(share * 20):<20}] {share:>4.0%}   {failed:>5}  {marks.get(second, '')}")


def main():
    os.makedirs(os.path.join(ROOT, "artifacts"), exist_ok=True)
    baseline = f"1.0.0-bench.{RUN}"
    print(f"1/3 baseline {baseline} ...", flush=True)
    code, _ = deploy(baseline)
    if code != 0:
        sys.exit(f"the baseline deployment failed (exit {code}): see artifacts/bench-{baseline}.log")
    url = json.load(open(os.path.join(ROOT, ".nuke", "temp", "local-cloud", "state.json")))["serviceUrl"]

    rows = []
    for label, version, extra, expect in [("good", f"1.1.0-bench.{RUN}", [], 0),
                                          ("broken", f"1.2.0-bench.{RUN}.broken", ["--app-env", "FAILURE_RATE=1"], 1)]:
        print(f"{len(rows) + 2}/3 {label} {version} under {RPS:g} + {RPS:g} requests/s at {url} ...", flush=True)
        with Load(url) as load:
            code, took = deploy(version, "--load-rps", "0", *extra)
        if code != expect:
            sys.exit(f"the {label} deployment exited {code}, expected {expect}: see artifacts/bench-{version}.log")
        deployment, answers = record(), load.answers
        steps = deployment["steps"]
        old, new = deployment["colours"]["from"], deployment["colours"]["to"]
        failed = sum(a[2] != 200 for a in answers)
        row = {"run": label, "sent": len(answers), "failed": failed, "seconds": round(took, 1)}
        if label == "good":
            # The router re-reads the weights every second: the lag is from the step's weight change to the first answer
            # from the new colour (step 1) and to the last answer from the old one (the step that sets 100%).
            first_step = next(s for s in steps if s["kind"] == "traffic")
            full = next(s for s in steps if s["weights"][new] == 100)
            first_new = min(a[0] for a in answers if a[3] == new and a[0] >= at(first_step["at"]) - 5)
            last_old = max(a[0] for a in answers if a[3] == old)
            row["first answer from new colour after step 1 (s)"] = round(first_new - at(first_step["at"]), 2)
            row["last answer from old colour after 100% (s)"] = round(last_old - at(full["at"]), 2)
        else:
            failing = max(at(c["at"]) for s in steps for c in s["checks"] if not c["passed"])
            last_bad = max(a[0] for a in answers if a[4] == version)
            first_bad = min(a[0] for a in answers if a[4] == version)
            rollback = next(s for s in steps if s["kind"] == "rollback")
            row["failing check to weights back (s)"] = round(at(rollback["at"]) - failing, 2)
            # At 10% of 25 requests/s, /version meets the broken colour every 0.4 s or so: that is this figure's resolution.
            row["failing check to last broken answer (s)"] = round(last_bad - failing, 2)
            row["first to last broken answer (s)"] = round(last_bad - first_bad, 2)
        rows.append(row)
        # From just before the first step: until then the new task set starts and the old colour takes everything.
        begin = at(steps[0]["at"]) - 2
        timeline([a for a in answers if a[0] >= begin], steps, begin, version)

    print()
    width = max(len(k) for row in rows for k in row)
    for row in rows:
        print("-" * (width + 24))
        for key, value in row.items():
            print(f"{key:<{width}}  {value}")
    print("-" * (width + 24))
    print(f"goal: 0 failed in the good rollout; the broken version's last answer within one interval ({INTERVAL:g} s) of the failing check")


if __name__ == "__main__":
    main()
