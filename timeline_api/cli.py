"""The `timeline-api` command: serve the API, extract one article, evaluate."""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from marshmallow import ValidationError

from . import pipeline, timeml
from .config import from_env, positive_int
from .schemas import FORMATS, TimelineRequestSchema, TimelineSchema

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
    serve.add_argument("--workers", type=positive_int, default=2, help="worker processes (default: 2)")
    serve.add_argument("--timeout", type=positive_int, default=120, help="seconds a request may take (default: 120)")
    serve.set_defaults(handler=_serve)

    extract = commands.add_parser("extract", help="print the timeline of one article")
    extract.add_argument("file", metavar="FILE", help="the article (UTF-8), or - for standard input")
    extract.add_argument("--reference-date", metavar="YYYY-MM-DD", help="publication date (default: inferred)")
    extract.add_argument("--format", choices=FORMATS, default="json")
    extract.set_defaults(handler=_extract)

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
    try:
        data = sys.stdin.buffer.read() if args.file == "-" else Path(args.file).read_bytes()
        text = data.decode("utf-8")
    except OSError as error:
        return _fail(f"cannot read {args.file}: {error.strerror}")
    except UnicodeDecodeError as error:
        return _fail(f"{args.file} is not UTF-8: byte {error.start} cannot be decoded")
    try:
        request = TimelineRequestSchema().load({"text": text, "reference_date": args.reference_date})
    except ValidationError as error:
        return _fail("; ".join(f"{field}: {' '.join(messages)}" for field, messages in error.messages.items()))

    timeline = pipeline.extract(request["text"], request["reference_date"])
    if args.format == "timeml":
        print(timeml.render(request["text"], timeline))
    else:
        print(json.dumps(TimelineSchema().dump(timeline), ensure_ascii=False, indent=2))
    return 0


def _fail(message: str) -> int:
    print(f"{PROG}: error: {message}", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main())
