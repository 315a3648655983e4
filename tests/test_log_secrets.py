"""The log file never holds a database password, whatever logs it."""

from __future__ import annotations

import logging

from dirdesk import app, paths


def test_a_password_in_a_logged_url_or_error_is_hidden() -> None:
    app.setup_logging()
    try:
        logging.getLogger("dirdesk.storage").warning(
            "cannot open postgresql+psycopg://sekretariat:hemmeligt@server:5432/dirdesk")
        try:
            raise RuntimeError("connection to postgres://bruger:Kodeord42@db/dirdesk failed")
        except RuntimeError:
            logging.getLogger("dirdesk").exception("unexpected")
        for handler in logging.getLogger().handlers:
            handler.flush()
        text = (paths.data_dir() / "logs" / "dirdesk.log").read_text(encoding="utf-8")
    finally:
        root = logging.getLogger()
        for handler in [h for h in root.handlers if getattr(h, "baseFilename", "").endswith("dirdesk.log")]:
            root.removeHandler(handler)
            handler.close()
    assert "sekretariat:***@server" in text and "bruger:***@db" in text
    assert "hemmeligt" not in text and "Kodeord42" not in text
