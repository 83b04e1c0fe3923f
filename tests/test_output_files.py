"""Output files of the command line (``-o FILE``): a symbolic link is written at its target, a
FIFO or a socket is refused before anything is written, an existing file is replaced and the
output says so, a copy of an issued release never becomes a draft, the extension must be the
format's, the system's English never shows (``balagh.platform.files``, ``output_names``,
``os_errors``; ``balagh.cli.outputs``)."""

from __future__ import annotations

import errno
import os
import socket
from pathlib import Path

import pytest

from balagh.platform.files import FileWriteError, check_output_path, write_file_atomically
from balagh.platform.os_errors import os_reason
from cli_runs import Capsys, dump_digest, run


@pytest.fixture
def url(tmp_path: Path, capsys: Capsys) -> str:
    address = f"sqlite:///{(tmp_path / 'office.db').as_posix()}"
    assert run(capsys, "--db", address, "demo")[0] == 0
    return address


def test_a_fifo_is_refused_before_anything_is_written(
    url: str, tmp_path: Path, capsys: Capsys
) -> None:
    fifo = tmp_path / "pipe.pdf"
    os.mkfifo(fifo)
    before = dump_digest(tmp_path / "office.db")
    for command in (["release", "pdf", "2023"], ["release", "issue", "2023"],
                    ["summary", "pdf", "2023"], ["release", "docx", "2023"]):
        target = fifo if command[1] != "docx" else fifo.with_suffix(".docx")
        if command[1] == "docx":
            os.mkfifo(target)
        code, out, err = run(capsys, "--db", url, *command, "-o", str(target))
        assert (code, out) == (1, ""), command
        assert f"تعذر كتابة الملف {target}: هذا المسار أنبوب (FIFO) وليس ملفا عاديا" in err
        assert "tube nommé (FIFO), pas un fichier ordinaire" in err and "rien n'a été écrit" in err
        assert Path(target).is_fifo()  # still the FIFO, not replaced by a regular file
    assert dump_digest(tmp_path / "office.db") == before  # nothing issued, nothing stored
    assert sorted(p.name for p in tmp_path.iterdir()) == ["office.db", "pipe.docx", "pipe.pdf"]


def test_a_socket_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)  # a short relative name: socket paths are limited to ~100 bytes
    server = socket.socket(socket.AF_UNIX)
    try:
        server.bind("s.pdf")
        with pytest.raises(FileWriteError) as caught:
            write_file_atomically(Path("s.pdf"), b"%PDF")
        assert "مقبس (socket) وليس ملفا عاديا" in caught.value.message_ar
        assert "une socket, pas un fichier ordinaire" in caught.value.message_fr
        assert (tmp_path / "s.pdf").is_socket()
    finally:
        server.close()


def test_a_symbolic_link_is_written_at_its_target(
    url: str, tmp_path: Path, capsys: Capsys
) -> None:
    target = tmp_path / "shared" / "بلاغ.pdf"
    target.parent.mkdir()
    target.write_bytes(b"old")
    link = tmp_path / "link.pdf"
    link.symlink_to(target)
    code, out, _ = run(capsys, "--db", url, "release", "pdf", "2023", "-o", str(link))
    assert code == 0
    assert link.is_symlink() and link.resolve() == target  # the link stays a link
    assert target.read_bytes().startswith(b"%PDF")
    assert f"كتب في الملف الذي يشير إليه الرابط: {target}" in out
    assert f"écrit dans le fichier visé par le lien : {target}" in out
    dangling = tmp_path / "new-link.pdf"
    dangling.symlink_to(tmp_path / "shared" / "new.pdf")
    assert run(capsys, "--db", url, "release", "pdf", "2023", "-o", str(dangling))[0] == 0
    assert dangling.is_symlink() and (tmp_path / "shared" / "new.pdf").read_bytes()[:4] == b"%PDF"
    assert [p.name for p in (tmp_path / "shared").iterdir() if p.name.startswith(".")] == []


def test_a_loop_of_links_is_said_in_words(tmp_path: Path) -> None:
    (tmp_path / "a.pdf").symlink_to(tmp_path / "b.pdf")
    (tmp_path / "b.pdf").symlink_to(tmp_path / "a.pdf")
    with pytest.raises(FileWriteError) as caught:
        check_output_path(tmp_path / "a.pdf")
    assert "روابط رمزية يشير بعضها إلى بعض بلا نهاية" in caught.value.message_ar
    assert "symbolic" not in caught.value.message_fr


def test_replacing_an_existing_file_is_said(url: str, tmp_path: Path, capsys: Capsys) -> None:
    commands = {"keep.pdf": ["release", "pdf", "2023"], "keep.docx": ["release", "docx", "2023"],
                "keep.txt": ["release", "text", "2023"], "keep.png": ["summary", "card", "2023"],
                "keep.xlsx": ["summary", "pdf", "2023"], "keep.json": ["editions", "export", "4"]}
    for name, command in commands.items():
        path = tmp_path / name
        code, out, err = run(capsys, "--db", url, *command, "-o", str(path))
        assert code == 0 and "استبدل الملف الموجود" not in out + err, name
        path.write_text("precious")
        code, out, err = run(capsys, "--db", url, *command, "-o", str(path))
        said = out + err
        assert code == 0 and "(استبدل الملف الموجود)" in said, name
        assert "(fichier existant remplacé)" in said, name
        assert path.read_bytes() != b"precious"


def test_a_draft_never_replaces_an_issued_copy(url: str, tmp_path: Path, capsys: Capsys) -> None:
    issued = tmp_path / "بلاغ.pdf"
    assert run(capsys, "--db", url, "release", "issue", "2023", "-o", str(issued))[0] == 0
    copy = issued.read_bytes()
    before = dump_digest(tmp_path / "office.db")
    for command in (["release", "pdf", "2023"], ["summary", "pdf", "2023"],
                    ["summary", "all"], ["summary", "card", "2023"]):
        code, out, err = run(capsys, "--db", url, *command, "-o", str(issued))
        assert (code, out) == (1, ""), command
        assert f"الملف {issued} (الخيار -o) نسخة من البلاغ الصادر 2023/001" in err
        assert "copie du communiqué émis 2023/001" in err
        assert "balagh release export 2023/001 -o FILE" in err
    assert issued.read_bytes() == copy
    assert dump_digest(tmp_path / "office.db") == before
    # writing the issued release itself over it is allowed, and said
    code, out, _ = run(capsys, "--db", url, "release", "export", "2023/001", "-o", str(issued))
    assert code == 0 and "استبدل الملف الموجود، وكان نسخة البلاغ الصادر 2023/001" in out
    assert issued.read_bytes() == copy


@pytest.mark.parametrize(("command", "name"), [
    (["release", "pdf", "2023"], "n.docx"),
    (["release", "issue", "2023"], "n.txt"),
    (["release", "docx", "2023"], "n.pdf"),
    (["release", "text", "2023"], "n.docx"),
    (["release", "text", "2023", "--html"], "n.txt"),
    (["summary", "pdf", "2023"], "n.docx"),
    (["summary", "pdf", "2023", "--format", "xlsx"], "n.pdf"),
    (["summary", "all", "--format", "pdf"], "n.xlsx"),
    (["summary", "card", "2023"], "n.jpg"),
    (["editions", "export", "4"], "n.pdf"),
    (["release", "export", "2023/001"], "n.dat"),
])
def test_an_output_with_another_format_s_extension_is_refused(
    url: str, tmp_path: Path, capsys: Capsys, command: list[str], name: str
) -> None:
    before = dump_digest(tmp_path / "office.db")
    target = tmp_path / name
    code, out, err = run(capsys, "--db", url, *command, "-o", str(target))
    suffix = target.suffix
    assert (code, out) == (1, "")
    assert f"الملف «{name}» (الخيار -o): امتداده \u200e{suffix} لا يوافق الصيغة" in err
    assert f"son extension \u200e{suffix} ne correspond pas au format" in err
    assert not target.exists() and dump_digest(tmp_path / "office.db") == before


def test_the_right_extension_in_any_case_and_a_missing_one_added(
    url: str, tmp_path: Path, capsys: Capsys
) -> None:
    upper = tmp_path / "N.PDF"
    assert run(capsys, "--db", url, "release", "pdf", "2023", "-o", str(upper))[0] == 0
    assert upper.read_bytes()[:4] == b"%PDF"
    for command, typed, written in (
        (["release", "pdf", "2023"], "بلاغ", "بلاغ.pdf"),
        (["release", "docx", "2023"], "بلاغ 22.05.2023", "بلاغ 22.05.2023.docx"),
        (["summary", "all", "--format", "xlsx"], "حصيلة", "حصيلة.xlsx"),
    ):
        code, _, err = run(capsys, "--db", url, *command, "-o", str(tmp_path / typed))
        assert code == 0 and (tmp_path / written).is_file() and not (tmp_path / typed).exists()
        assert f"أضيف الامتداد {Path(written).suffix} إلى اسم الملف: {tmp_path / written}" in err
        assert f"Extension {Path(written).suffix} ajoutée au nom du fichier" in err


def test_an_empty_file_name_is_said_to_be_empty(url: str, capsys: Capsys) -> None:
    for command in (["release", "pdf", "2023"], ["summary", "all"], ["editions", "export", "4"]):
        code, out, err = run(capsys, "--db", url, *command, "-o", "")
        assert (code, out) == (1, "")
        assert "اسم الملف بعد -o فارغ" in err and "Le nom de fichier après -o est vide" in err
        assert "«.»" not in err and " . " not in err


def test_system_folders_and_long_names_in_words(url: str, tmp_path: Path, capsys: Capsys) -> None:
    long_name = "ب" * 140 + ".pdf"  # 284 bytes in UTF-8: over the usual 255
    code, _, err = run(capsys, "--db", url, "release", "pdf", "2023", "-o",
                       str(tmp_path / long_name))
    assert code == 1 and "اسم الملف أطول مما يقبله النظام (284 بايت، والحد 255)" in err
    assert "File name too long" not in err
    near_limit = "ب" * 120 + ".pdf"  # 244 bytes: taken, though its temporary name is longer
    assert run(capsys, "--db", url, "release", "pdf", "2023", "-o",
               str(tmp_path / near_limit))[0] == 0
    assert (tmp_path / near_limit).read_bytes()[:4] == b"%PDF"


@pytest.mark.parametrize(("number", "arabic", "french"), [
    (errno.ENOENT, "الملف أو المجلد غير موجود", "fichier ou dossier introuvable"),
    (errno.EACCES, "صلاحيات غير كافية", "droits insuffisants"),
    (errno.EPERM, "صلاحيات غير كافية", "droits insuffisants"),
    (errno.ENAMETOOLONG, "أطول مما يقبله النظام", "trop long"),
    (errno.ENOSPC, "القرص ممتلئ", "disque plein"),
    (errno.EROFS, "للقراءة فقط", "lecture seule"),
    (errno.EISDIR, "مجلد وليس ملفا", "dossier"),
    (errno.ENOTDIR, "ليس مجلدا", "n'est pas un dossier"),
    (errno.EEXIST, "يوجد ملف بهذا الاسم", "existe déjà"),
])
def test_system_errors_are_catalogue_sentences(number: int, arabic: str, french: str) -> None:
    reason = os_reason(OSError(number, os.strerror(number)))
    assert arabic in reason.ar and french in reason.fr
    assert os.strerror(number) not in reason.ar + reason.fr


def test_an_unknown_system_error_keeps_its_detail_in_brackets() -> None:
    reason = os_reason(OSError(errno.ECHILD, os.strerror(errno.ECHILD)))
    assert reason.ar == f"خطأ من النظام ({os.strerror(errno.ECHILD)})"
    assert reason.fr == f"erreur du système ({os.strerror(errno.ECHILD)})"


def test_a_failed_write_in_a_folder_that_takes_no_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import tempfile

    def refuse(*_args: object, **_kwargs: object) -> tuple[int, str]:
        raise FileNotFoundError(errno.ENOENT, os.strerror(errno.ENOENT))

    monkeypatch.setattr(tempfile, "mkstemp", refuse)  # what /proc answers
    with pytest.raises(FileWriteError) as caught:
        write_file_atomically(tmp_path / "x.pdf", b"%PDF")
    assert caught.value.message_ar.endswith(f"المجلد {tmp_path} لا يقبل إنشاء ملفات فيه")
    assert "No such file" not in caught.value.message_fr


def test_a_backup_follows_the_same_rules(url: str, tmp_path: Path, capsys: Capsys) -> None:
    fifo = tmp_path / "copy.db"
    os.mkfifo(fifo)
    code, out, err = run(capsys, "--db", url, "db", "backup", "-o", str(fifo))
    assert (code, out) == (1, "") and "أنبوب (FIFO) وليس ملفا عاديا" in err and fifo.is_fifo()
    fifo.unlink()
    fifo.write_text("old")
    code, out, _ = run(capsys, "--db", url, "db", "backup", "-o", str(fifo))
    assert code == 0 and "(استبدل الملف الموجود / fichier existant remplacé)" in out
    code, _, err = run(capsys, "--db", url, "db", "backup", "-o", str(tmp_path / "copy.pdf"))
    assert code == 1 and "امتداده \u200e.pdf لا يوافق" in err
