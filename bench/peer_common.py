"""What the peers of `parallax bench` share."""


def peak_rss_kib():
    """This process's peak resident set in KiB (VmHWM). Not getrusage's ru_maxrss:
    after fork and exec, Linux can report the parent's peak there, so a peer started
    after a 1M-article run read as the benchmark's own 490 MiB."""
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    return 0
