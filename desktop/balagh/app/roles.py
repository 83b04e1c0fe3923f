"""Editors and issuers on a shared PostgreSQL database, enforced by the database itself.

``roles_sql(schema)`` is the SQL an administrator runs once (``balagh db roles | psql …``),
as the owner of Balagh's tables: two group roles, ``balagh_editor`` (figures, drafts,
templates) and ``balagh_issuer`` (everything an editor may, and issuing and correcting),
table grants, and row-level security on ``releases`` so that only an issuer can turn a
release into an issued one — whatever program connects. The history is append-only for
both (no UPDATE or DELETE on ``versions`` and ``audit_events``). Staff log in with their own
roles made members of one group (``CREATE ROLE ahmed LOGIN IN ROLE balagh_editor``).

``capabilities(store)`` tells the window what the connected role may not do, and why.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import text

from balagh.messages import Localizable, msg, render

EDITOR = "balagh_editor"
ISSUER = "balagh_issuer"
#: Marks of the database refusing a write the role may not make.


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def roles_sql(schema: str = "public") -> str:
    """The SQL that creates the two roles and their rights on the tables of ``schema``."""
    s = _quoted(schema)
    return f"""-- Balagh: editors and issuers on a shared database (run as the tables' owner).
DO $$ BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{EDITOR}') THEN
        CREATE ROLE {EDITOR} NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{ISSUER}') THEN
        CREATE ROLE {ISSUER} NOLOGIN;
    END IF;
END $$;
GRANT {EDITOR} TO {ISSUER};  -- an issuer may do whatever an editor may

GRANT USAGE ON SCHEMA {s} TO {EDITOR};
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA {s} TO {EDITOR};
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA {s} TO {EDITOR};
ALTER DEFAULT PRIVILEGES IN SCHEMA {s} GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO {EDITOR};
ALTER DEFAULT PRIVILEGES IN SCHEMA {s} GRANT USAGE, SELECT ON SEQUENCES TO {EDITOR};
-- The record is only ever added to.
REVOKE UPDATE, DELETE, TRUNCATE ON {s}.versions, {s}.audit_events FROM {EDITOR};
REVOKE TRUNCATE ON ALL TABLES IN SCHEMA {s} FROM {EDITOR};

-- Issuing turns a release 'issued': editors may only write drafts.
ALTER TABLE {s}.releases ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS balagh_read ON {s}.releases;
CREATE POLICY balagh_read ON {s}.releases FOR SELECT USING (true);
DROP POLICY IF EXISTS balagh_drafts ON {s}.releases;
CREATE POLICY balagh_drafts ON {s}.releases FOR ALL TO {EDITOR}
    USING (status = 'draft') WITH CHECK (status = 'draft');
DROP POLICY IF EXISTS balagh_issue ON {s}.releases;
CREATE POLICY balagh_issue ON {s}.releases FOR ALL TO {ISSUER}
    USING (true) WITH CHECK (true);

-- Staff log in with their own roles, e.g.:
--   CREATE ROLE ahmed LOGIN PASSWORD '…' IN ROLE {EDITOR};
--   CREATE ROLE salma LOGIN PASSWORD '…' IN ROLE {ISSUER};
"""


@dataclass(frozen=True)
class Capabilities:
    """What the connected role may do (everything, unless the database says otherwise)."""

    role: str | None = None
    can_issue: bool = True
    why_not: Localizable | str = ""

    @property
    def why_not_ar(self) -> str:
        """Why the role may not issue, in Arabic (empty when it may)."""
        return render(self.why_not, "ar")

    @property
    def why_not_fr(self) -> str:
        """The same in French."""
        return render(self.why_not, "fr")


def capabilities(store: Any) -> Capabilities:
    """The connected role's rights on a PostgreSQL database with Balagh's roles set up.

    SQLite, or PostgreSQL without the roles (no row-level security on ``releases``), or the
    tables' owner: everything. Otherwise a role that is not an issuer may not issue.
    """
    engine = store.engine
    if engine.dialect.name != "postgresql":
        return Capabilities()
    with engine.connect() as connection:
        row = connection.execute(text(
            "SELECT current_user, c.relrowsecurity, pg_get_userbyid(c.relowner) = current_user,"
            " EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :issuer)"
            " FROM pg_class c WHERE c.oid = to_regclass('releases')"), {"issuer": ISSUER}).first()
        if row is None:
            return Capabilities()
        role, secured, owner, has_issuers = row
        if not secured or owner or not has_issuers:
            return Capabilities(str(role))
        issuer = connection.execute(text("SELECT pg_has_role(current_user, :r, 'MEMBER')"),
                                    {"r": ISSUER}).scalar()
    if issuer:
        return Capabilities(str(role))
    return Capabilities(str(role), False, msg(
        "دورك في قاعدة البيانات ({role}) دور محرر: يمكنك تحرير الأرقام والمسودات، أما الإصدار "
        "والتصحيح فلمن له دور {issuer}", role=role, issuer=ISSUER))


