"""transcheck: find what a careful bilingual editor would find in a machine-translated article.

    >>> import checker
    >>> report = checker.audit(source_text, translation_text, source_lang="id", target_lang="fr")
    >>> for finding in report.findings: print(finding.code, finding.message)
"""

__version__ = "0.1.0"

from .align import Alignment, AlignParams, Link, align  # noqa: E402
from .api import audit, make_document  # noqa: E402
from .config import Settings  # noqa: E402
from .document import Document, Segment, Span  # noqa: E402
from .errors import InputError  # noqa: E402
from .io import read_text  # noqa: E402
from .report import Finding, Report  # noqa: E402

__all__ = ["AlignParams", "Alignment", "Document", "Finding", "InputError", "Link", "Report", "Segment", "Settings",
           "Span", "align", "audit", "make_document", "read_text", "__version__"]
