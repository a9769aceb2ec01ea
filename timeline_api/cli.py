"""The `timeline-api` command: serve the API, extract articles, batch a collection, evaluate."""
from __future__ import annotations

import argparse
import sys

from .batch import OUTPUT_FORMATS, InputError, default_workers, extract_paths, run_batch
from .config import from_env, positive_int

PROG = "timeline-api"


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args, unknown = parser.parse_known_args(argv)
    if unknown and not getattr(args, "ignores_arguments", False):
        parser.error(f"unrecognized arguments: {' '.join(unknown)}")
    return args.handler(args)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog=PROG, description=__doc__)
    commands = parser.add_subparsers(title="commands", required=True, metavar="COMMAND")

    serve = commands.add_parser("serve", help="run the HTTP API under gunicorn")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=positive_int, default=8000)
    serve.add_argument("--workers", type=positive_int, help="worker processes (default: one per CPU)")
    serve.add_argument("--timeout", type=positive_int,
                       help="seconds before gunicorn kills a stuck worker (default: the processing limit + 30)")
    serve.set_defaults(handler=_serve)

    extract = commands.add_parser("extract", help="print the timelines of articles: files, folders or stdin")
    extract.add_argument("paths", metavar="PATH", nargs="+",
                         help="an article (UTF-8), a folder of them (its *.txt files), or - for standard input")
    extract.add_argument("--reference-date", metavar="YYYY-MM-DD", help="publication date (default: inferred)")
    extract.add_argument("--format", choices=OUTPUT_FORMATS, default="json")
    extract.add_argument("-o", "--output-dir", metavar="DIR", help="write one file per article here")
    extract.set_defaults(handler=_extract)

    batch = commands.add_parser(
        "batch", help="timelines of a JSON Lines collection, in worker processes; resumable",
        description="Read one document a line ({\"id\", \"text\", \"reference_date\"}) and append one record a "
                    "line to OUTPUT: the timeline, or the problem with that document. Run it again after an "
                    "interruption: documents already in OUTPUT are not done again.")
    batch.add_argument("input", metavar="INPUT.jsonl")
    batch.add_argument("-o", "--output", metavar="OUTPUT.jsonl", required=True)
    batch.add_argument("--format", choices=OUTPUT_FORMATS, default="json",
                       help="json: the timeline as a JSON object; others: as text in the record's `output`")
    batch.add_argument("-j", "--workers", type=positive_int, help="worker processes (default: one per CPU)")
    batch.add_argument("--limit", type=positive_int, metavar="N", help="do at most N documents in this run")
    batch.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    batch.set_defaults(handler=_batch)

    _add_evaluate(commands)
    return parser


def _add_evaluate(commands) -> None:
    """`evaluate` comes from timeline_api.evaluation; if that cannot be imported,
    only this subcommand fails, with the reason."""
    try:
        from .evaluation import command
    except Exception as error:  # noqa: BLE001 - any failure there must not take the other commands down
        reason = f"{type(error).__name__}: {error}"
        unavailable = commands.add_parser("evaluate", help="(unavailable) score against TimeML corpora", add_help=False)
        unavailable.set_defaults(handler=lambda args: _fail(f"evaluate is unavailable: {reason}"), ignores_arguments=True)
        return
    summary = "score the pipeline against TimeML corpora"
    evaluate = commands.add_parser("evaluate", help=summary, description=summary)
    command.add_arguments(evaluate)
    evaluate.set_defaults(handler=command.run)


def _serve(args) -> int:
    from .web.server import serve

    try:
        from_env()  # report a bad setting here rather than from inside gunicorn
    except ValueError as error:
        return _fail(str(error))
    serve(args.host, args.port, args.workers, args.timeout)
    return 0


def _extract(args) -> int:
    return extract_paths(args.paths, args.reference_date, args.format, args.output_dir, _fail)


def _batch(args) -> int:
    try:
        summary = run_batch(args.input, args.output, args.format, args.workers or default_workers(),
                            args.limit, progress=not args.quiet)
    except InputError as error:
        return _fail(str(error))
    except OSError as error:
        return _fail(f"{error.filename}: {error.strerror}")
    left = f"; {summary.remaining} left, run again to go on" if summary.remaining else ""
    errors = f"{summary.errors} error{'' if summary.errors == 1 else 's'}"
    print(f"{PROG} batch: {summary.written} documents written ({errors}) in {summary.seconds:.1f} s; "
          f"{summary.already_done} were already done{left}", file=sys.stderr)
    return 130 if summary.interrupted else 0


def _fail(message: str) -> int:
    print(f"{PROG}: error: {message}", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main())
