"""The command line of interchange.md: open, import, dump, export, demo; backup and restore.

Every fault a user can cause ends in one line on stderr naming the place and the fault, and
exit status 2; nothing is half-written.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import os
import re
import shlex
import stat
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from dirdesk import __version__
from dirdesk.domain.messages import Language, Message, UserError

if TYPE_CHECKING:
    from dirdesk.domain.model import Meeting, Person
    from dirdesk.export import Rendered

EXIT_USAGE = 2


def language() -> Language:
    """Danish where the user's locale is Danish, else English (the spec's wording)."""
    from dirdesk.catalogue import of_locale

    return of_locale()


def _say(message: Message) -> None:
    print(message.text(language()))  # Message hides a database URL's password


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"dirdesk: {message}\n")


def _parser() -> argparse.ArgumentParser:
    db_help = "SQLAlchemy database URL (default: $DIRDESK_DATABASE_URL or SQLite in the user data folder)"
    parser = _Parser(prog="dirdesk", description="Agenda, minutes and forward plan of the board.")
    parser.add_argument("--version", action="version", version=f"dirdesk {__version__}")
    parser.add_argument("--db", metavar="URL", help=db_help)
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)

    def with_db(p: argparse.ArgumentParser) -> argparse.ArgumentParser:
        p.add_argument("--db", metavar="URL", default=argparse.SUPPRESS, help=db_help)
        return p

    p = with_db(sub.add_parser("import", help="add a meeting from a dirdesk-meeting/1 file"))
    p.add_argument("file", metavar="FILE.json")
    p.add_argument("--replace", action="store_true",
                   help="replace a meeting of the same board and date without asking")
    p.add_argument("--new-version", metavar="REASON",
                   help="replacing signed minutes: keep them as their version, import as the next")

    p = with_db(sub.add_parser("dump", help="write a meeting as a dirdesk-meeting/1 file"))
    p.add_argument("date", metavar="DATE", help="the meeting's date, 2025-06-04")
    p.add_argument("-o", "--output", metavar="FILE.json", help="file to write (default: stdout)")
    p.add_argument("--board", help="the board, where several meet on that date")

    p = with_db(sub.add_parser("export", help="write the Word document of a meeting"))
    p.add_argument("source", metavar="SOURCE",
                   help="a meeting date written exactly YYYY-MM-DD (2025-06-04), else a meeting "
                        "file; a file named like a date is given as ./2025-06-04")
    p.add_argument("--as", dest="kind", required=True, choices=("dagsorden", "referat"))
    p.add_argument("--internal", action="store_true",
                   help="the members' internal version, closed content included")
    p.add_argument("--for-member", metavar="NAME",
                   help="the internal version for one member (implies --internal): the closed "
                        "content of the items they are inhabil in is left out")
    p.add_argument("-o", "--output", metavar="OUT.docx", required=True)
    p.add_argument("--board", help="the board, where several meet on that date")
    p.add_argument("--pdf", action="store_true",
                   help="also write OUT.pdf beside it, tagged for accessibility (PDF/UA; needs "
                        "LibreOffice); if that fails, neither is written")
    p.add_argument("--force", action="store_true",
                   help="write a published document even where the check before publishing finds "
                        "a CPR number")
    p.add_argument("--names", metavar="FILE",
                   help="names the check before publishing looks for, one a line (default: "
                        "offentliggoerelse-navne.txt in the user config folder)")
    p.add_argument("--keep-plan", action="store_true",
                   help="a REFERAT from the database keeps the forward plan of its agenda instead "
                        "of the plan as it stands now")
    p.add_argument("--archive", action="store_true",
                   help="write OUT.pdf as an archive copy (PDF/A-2b, fonts embedded; implies --pdf)")

    p = with_db(sub.add_parser("check", help="check before publishing: CPR numbers, e-mail addresses, "
                                             "phone numbers, listed names, closed text, accessibility"))
    p.add_argument("source", metavar="SOURCE", help="a meeting file, or a meeting date (2025-06-04)")
    p.add_argument("--as", dest="kind", required=True, choices=("dagsorden", "referat"))
    p.add_argument("--board", help="the board, where several meet on that date")
    p.add_argument("--names", metavar="FILE", help="names to look for, one a line")

    with_db(sub.add_parser("demo", help="fill a database with example meetings"))

    p = with_db(sub.add_parser("backup", help="copy the SQLite database to a file"))
    p.add_argument("target", metavar="TARGET", help="the file to write (e.g. dirdesk-copy.sqlite3)")

    p = with_db(sub.add_parser("restore", help="replace the SQLite database by a backup copy"))
    p.add_argument("source", metavar="SOURCE", help="a copy made by 'dirdesk backup'")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    lang = language()
    if args.command is None:  # the window: imports only what it needs to show itself at once
        try:
            return _open_window(args.db)
        except KeyboardInterrupt:
            return 130
    from dirdesk.domain.interchange import MeetingFileError

    previous = _exit_on_terminate()
    try:
        handler = {"import": _import, "dump": _dump, "export": _export, "check": _check, "demo": _demo,
                   "backup": _backup, "restore": _restore}[args.command]
        return handler(args)
    except MeetingFileError as exc:
        where = getattr(exc, "source", None)
        text = exc.problem.text(lang)
        print(f"dirdesk: {where}: {text}" if where else f"dirdesk: {text}", file=sys.stderr)
        return EXIT_USAGE
    except UserError as exc:
        print(f"dirdesk: {exc.text(lang)}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # the environment's faults: disk full, read-only, server gone
        fault = _environment_fault(args, exc)
        if fault is None:
            raise
        print(f"dirdesk: {fault.text(lang)}", file=sys.stderr)
        return EXIT_USAGE
    finally:
        _restore_terminate(previous)


def _exit_on_terminate() -> object:
    """SIGTERM (``kill``, a closing session) ends a command as Ctrl+C does: through every
    ``finally``, so a transaction is rolled back, temporary files and LibreOffice go with it.
    Returns the handler it replaced."""
    import signal

    def terminate(signum: int, _frame: object) -> None:
        raise KeyboardInterrupt

    try:
        return signal.signal(signal.SIGTERM, terminate)
    except (ValueError, AttributeError):  # not the main thread; no SIGTERM here
        return None


def _restore_terminate(previous: object) -> None:
    import signal

    if previous is not None:
        with contextlib.suppress(ValueError, TypeError):
            signal.signal(signal.SIGTERM, previous)  # type: ignore[arg-type]


def _environment_fault(args: argparse.Namespace, exc: Exception) -> UserError | None:
    """One line for a fault of the disk or the database met while working; None for a bug."""
    if isinstance(exc, OSError):
        from dirdesk.files import _reason

        where = exc.filename or "dirdesk"
        return UserError(Message("{where}: {reason}; nothing was changed", where=where,
                                 reason=_reason(exc)))
    if "sqlalchemy" not in sys.modules and "sqlite3" not in sys.modules:
        return None
    from dirdesk.storage.database import failure, resolve_url

    try:
        url = resolve_url(getattr(args, "db", None))
    except UserError:
        url = "dirdesk"
    return failure(url, exc)


def _database(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from dirdesk.storage.database import Database

    return Database(args.db)


def _cannot_read(path: str, reason: Message) -> UserError:
    return UserError(Message("{path}: cannot read: {reason}", path=path, reason=reason))


def _system_reason(exc: OSError) -> Message:
    return Message("{system}", system=exc.strerror or str(exc))


def _read_file(path: str) -> bytes:
    """The bytes of the meeting file ``path``: a regular file of at most ``MAX_FILE_BYTES``.

    Opened without blocking and looked at before reading: a FIFO, a device (``/dev/zero``,
    ``/dev/urandom``) or a folder is refused at once instead of hanging or filling memory.
    """
    from dirdesk.domain.interchange import MAX_FILE_BYTES, too_large

    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except IsADirectoryError:
        raise _cannot_read(path, Message("it is a folder, not a meeting file")) from None
    except OSError as exc:
        raise _cannot_read(path, _system_reason(exc)) from None
    info = os.fstat(fd)
    if not stat.S_ISREG(info.st_mode):
        os.close(fd)
        if stat.S_ISDIR(info.st_mode):
            raise _cannot_read(path, Message("it is a folder, not a meeting file"))
        raise _cannot_read(path, Message(
            "not a regular file (a device or a pipe), not a meeting file"))
    with os.fdopen(fd, "rb") as handle:
        if info.st_size > MAX_FILE_BYTES:
            raise UserError(too_large(path, info.st_size))
        try:
            data = handle.read(MAX_FILE_BYTES + 1)
        except OSError as exc:
            raise _cannot_read(path, _system_reason(exc)) from None
    if len(data) > MAX_FILE_BYTES:  # grew while being read
        raise UserError(too_large(path, len(data)))
    return data


def load_meeting_file(path: str) -> Meeting:
    """The meeting in file ``path``; a fault names the file and the place in it."""
    from dirdesk.domain.interchange import MeetingFileError, read_meeting

    data = _read_file(path)
    try:
        return read_meeting(data)
    except MeetingFileError as exc:
        exc.source = path  # type: ignore[attr-defined]
        raise


_DATE_ARGUMENT = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", re.ASCII)


def _date(text: str) -> dt.date:
    """A date argument: exactly YYYY-MM-DD in ASCII digits (not 20250129, not 2025-W05-3)."""
    try:
        if not _DATE_ARGUMENT.fullmatch(text):
            raise ValueError(text)
        return dt.date.fromisoformat(text)
    except ValueError:
        raise UserError(Message("{text}: not a date that exists (expected YYYY-MM-DD)",
                                text=text)) from None


def _confirm(question: str) -> bool:
    if not sys.stdin or not sys.stdin.isatty():
        return False
    answer = input(f"{question} [j/N] ").strip().lower()
    return answer in ("j", "ja", "y", "yes")


def _import(args: argparse.Namespace) -> int:
    from dirdesk.services.meetings import MeetingExists, MeetingService

    meeting = load_meeting_file(args.file)
    with _database(args) as db:
        service = MeetingService(db)
        try:
            result = service.import_meeting(meeting, replace=args.replace,
                                            new_version=args.new_version)
        except MeetingExists as exc:
            if not _confirm(Message("{fault}. Replace it?",
                                    fault=exc.text(language()).split(";")[0]).text(language())):
                raise
            result = service.import_meeting(meeting, replace=True, new_version=args.new_version)
    m = result.meeting
    if result.kept_version is not None:
        _say(Message("The signed minutes were kept as version {kept}; "
                     "this is version {version}, to be signed again",
                     kept=result.kept_version, version=m.version))
    counts = {"board": m.board, "date": m.date, "items": len(m.items), "rows": len(m.schedule),
              "attachments": sum(len(i.attachments) for i in m.items)}
    if result.replaced:
        _say(Message("Replaced the meeting of {board} on {date}: {items} items, {rows} grid rows, "
                     "{attachments} attachments", **counts))
    else:
        _say(Message("Imported the meeting of {board} on {date}: {items} items, {rows} grid rows, "
                     "{attachments} attachments", **counts))
    if m.forward_plan is not None:
        _say(Message("Forward plan: {meetings} new coming meetings, {points} planned points, "
                     "{undated} awaiting a date, {periods} closed periods",
                     meetings=result.plan_meetings, points=result.points_added,
                     undated=result.undated_added, periods=result.periods_added))
    return 0


def _dump(args: argparse.Namespace) -> int:
    from dirdesk.files import write_bytes_atomically
    from dirdesk.services.meetings import MeetingService

    date = _date(args.date)
    with _database(args) as db:
        meeting = MeetingService(db).get(date, args.board)
    from dirdesk.domain.interchange import write_meeting

    data = write_meeting(meeting)
    if args.output:
        write_bytes_atomically(Path(args.output), data)
    else:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
    return 0


def _meeting_from_source(args: argparse.Namespace, refresh_plan: bool = False) -> Meeting:
    """The meeting of a file, or of a date in the database; ``refresh_plan``: its forward plan
    as the live plan stands now (a REFERAT's), the changes printed."""
    source: str = args.source
    # Exactly YYYY-MM-DD is a date, anything else a file (a file named like a date: ./2025-01-29).
    if not _DATE_ARGUMENT.fullmatch(source):
        return load_meeting_file(source)  # a file: the database layer is never loaded
    date = _date(source)
    from dirdesk.services.meetings import MeetingService

    with _database(args) as db:
        meeting = MeetingService(db).get(date, args.board)
        from dirdesk.services.followups import FollowUpService

        meeting = FollowUpService(db).with_due(meeting)  # an "Opfølgning" insert's follow-ups
        if not refresh_plan or not meeting.items:
            return meeting
        from dirdesk.domain.minutes_plan import refresh_plan as refreshed
        from dirdesk.domain.minutes_plan import with_plan
        from dirdesk.services.plan import PlanService

        refresh = refreshed(meeting, PlanService(db).plan(meeting.board, meeting.date))
    if refresh.changed:
        _say(Message("The forward plan as it stands now (--keep-plan keeps the agenda's):"))
        for line in refresh.changes():
            print(f"  {line}")
    return with_plan(meeting, refresh)


def _export(args: argparse.Namespace) -> int:
    from dirdesk.export import DocumentKind, export_meeting, refuse_empty_minutes, render

    kind = DocumentKind(args.kind)
    target = Path(args.output)
    if target.suffix.lower() != ".docx":  # else Word and the file manager do not know the file
        raise UserError(Message("{target}: a Word document's name ends in .docx", target=target))
    meeting = _meeting_from_source(args, refresh_plan=kind is DocumentKind.REFERAT and not args.keep_plan)
    member = None
    if args.for_member is not None:
        meeting, member = _for_member(meeting, args.for_member)
        args.internal = True
    refuse_empty_minutes(meeting, kind)  # before the check: there is no document to check
    # Rendered once: the check reads the very document that is then written.
    rendered = None if args.internal else render(meeting, kind)
    if rendered is not None and _publication_findings(meeting, kind, args, rendered) and not args.force:
        raise UserError(Message(
            "{target}: not written: the check before publishing found a CPR number (see above); "
            "remove it, or write the document anyway with --force", target=target))
    exported = export_meeting(meeting, kind, target, internal=args.internal, pdf=args.pdf,
                              archive=args.archive, rendered=rendered)
    pdf = exported.pdf
    if member is not None:
        wrote = Message("Wrote the internal {kind} for {member} of {date} to {target}",
                        kind=kind.value.upper(), member=member.display, date=meeting.date, target=target)
    elif args.internal:
        wrote = Message("Wrote the internal {kind} of {date} to {target}", kind=kind.value.upper(),
                        date=meeting.date, target=target)
    else:
        wrote = Message("Wrote the published {kind} of {date} to {target}", kind=kind.value.upper(),
                        date=meeting.date, target=target)
    _say(wrote)
    if pdf is not None:
        _say(Message("Wrote its PDF to {pdf}", pdf=pdf))
    if exported.notice is not None:
        _say(exported.notice)
    return 0


def _for_member(meeting: Meeting, name: str) -> tuple[Meeting, Person]:
    """The internal copy for the member ``name`` names, without the closed content of the
    items they are inhabil in; a name of nobody at the meeting is refused."""
    from dirdesk.domain.participation import find_member
    from dirdesk.export.proceedings import for_member

    person = find_member(meeting, name)
    if person is None:
        people = ", ".join(dict.fromkeys(p.name for p in (*meeting.members, *meeting.absent)))
        day = meeting.date.isoformat()
        raise UserError(Message('--for-member "{name}": not a member of the meeting of {day} '
                                "(members: {people})", name=name, day=day,
                                people=people or Message("none")))
    return for_member(meeting, person.name), person


def _publication_findings(meeting: Meeting, kind: object, args: argparse.Namespace,
                          rendered: Rendered | None = None) -> bool:
    """Run the check before publishing, print what it finds (stderr); True if it blocks."""
    from dirdesk.export import DocumentKind, prepublication_check
    from dirdesk.export.check import NAMES_FILE, read_names
    from dirdesk.paths import config_dir

    names_path = Path(args.names) if args.names else config_dir() / NAMES_FILE
    if args.names and not names_path.is_file():
        raise UserError(Message("{path}: the list of names does not exist", path=names_path))
    findings = prepublication_check(meeting, DocumentKind(kind), names=read_names(names_path),
                                    rendered=rendered)
    for finding in findings:
        print(f"Tjek før offentliggørelse: {finding.line()}", file=sys.stderr)
    return any(f.blocks for f in findings)


def _check(args: argparse.Namespace) -> int:
    from dirdesk.export import DocumentKind

    meeting = _meeting_from_source(args)
    blocked = _publication_findings(meeting, DocumentKind(args.kind), args)
    return EXIT_USAGE if blocked else 0


def _demo(args: argparse.Namespace) -> int:
    from dirdesk.services.demo import fill_demo

    with _database(args) as db:
        summary = fill_demo(db, today=dt.date.today())
        url = db.url
    _say(Message("Demo database ready at {url}: {summary}", url=url, summary=summary))
    return 0


def _backup(args: argparse.Namespace) -> int:
    from dirdesk.services.backup import backup
    from dirdesk.storage.database import resolve_url

    url = resolve_url(args.db)
    target = backup(url, Path(args.target))
    _say(Message("Backed up the database {url} to {target}", url=url, target=target))
    return 0


def _restore(args: argparse.Namespace) -> int:
    from dirdesk.services.backup import restore
    from dirdesk.storage.database import resolve_url

    url = resolve_url(args.db)
    safety = restore(url, Path(args.source))
    if safety:
        _say(Message("Restored the database {url} from {source}; the database as it was is kept "
                     "in {safety}", url=url, source=args.source, safety=safety))
    else:
        _say(Message("Restored the database {url} from {source}", url=url, source=args.source))
    return 0


def has_display() -> bool:
    if os.environ.get("QT_QPA_PLATFORM"):
        return True
    if sys.platform in ("win32", "darwin"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def _open_window(db_url: str | None) -> int:
    if not has_display():
        # The exact command that opens this window on a virtual screen, as this one was started.
        started = sys.argv[0] if sys.argv else ""
        program = ([sys.executable, "-m", "dirdesk"] if started.endswith("__main__.py")
                   else [os.path.abspath(started) if os.sep in started else started or "dirdesk"])
        command = shlex.join(["xvfb-run", "-a", *program, *(["--db", db_url] if db_url else [])])
        _err(Message(
            "no display: dirdesk's window needs a graphical desktop (no DISPLAY or WAYLAND_DISPLAY "
            "is set). Run it from a desktop session, or under a virtual screen with "
            "{command}, or without any window with QT_QPA_PLATFORM=offscreen. "
            "The commands import, dump, export and demo work without a display.",
            command=command))
        return EXIT_USAGE
    from dirdesk.app import run

    return run(db_url)


def _err(message: Message) -> None:
    print(f"dirdesk: {message.text(language())}", file=sys.stderr)


if __name__ == "__main__":
    raise SystemExit(main())
