"""balagh.platform — the helpers every layer stands on: where files go (``paths``), the office's
settings (``settings``), the shipped resources (``assets``) and the one atomic file writer
(``files``). No Qt, no database."""
