"""The benchmark suite: `python -m bench` (or `make bench`); see docs/performance.md.

Every figure is measured in the same run as the figures it is compared with,
on the same texts, because the machines are shared and the temporal rules keep
changing: a ratio within one run means something, a figure from another run
does not.
"""
