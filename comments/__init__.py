"""comments: segment scraped news pages and profile their reader comments.

The public API, in the order data flows (documents → lines → comments):

reading
    scan_documents(paths, ...)   stream documents from .txt files, directories and tables
    read_documents(paths, ...)   the same, all in memory: (documents, errors)
segmenting
    segment(text)                one page → Segmented
    segment_frame(df)            a DataFrame of pages → Segmented
    segment_files(paths, ...)    read and segment → Segmented
    SegmentRun(paths, ...)       read and segment batch by batch (large corpora)
    Segmented                    .documents .comments .lines .errors DataFrames, .records()
    explain.explain(docs, doc_id)   why each line of a document got its label
scoring
    load_gold(path), evaluate(predicted, gold, texts)
knowledge
    load_cues(extra_files)       the cue lexicon (comments/data/cues.toml)
    labeller.load_labeller(path) the learned line labeller (comments/data/labeller.json)
errors
    CommentsError                every error raised on purpose; UsageError (arguments that cannot work) and
                                 InputError (input that cannot be used at all) are the two kinds

Profiles of the comment threads (documents → lines → comments → profiles → reports) are in ``analysis``
(``analysis.profile_files``), figures in ``figures``; the command line ``comments`` is ``comments.cli``.
"""

__version__ = "0.1.0"

from comments.cues import CueError, load_cues
from comments.errors import CommentsError, UsageError
from comments.evaluate import evaluate, load_gold
from comments.pipeline import SegmentRun, Segmented, segment, segment_files, segment_frame
from comments.readers import InputError, read_documents, scan_documents

__all__ = [
    "CommentsError", "CueError", "InputError", "SegmentRun", "UsageError", "Segmented", "evaluate", "load_cues", "load_gold",
    "read_documents", "scan_documents", "segment", "segment_files", "segment_frame", "__version__",
]
