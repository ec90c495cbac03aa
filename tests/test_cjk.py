"""Pages in Chinese, Japanese and Korean: words without spaces, full-width punctuation,
CJK dates and the cue file's CJK entries (a page written for this test, checked by hand)."""

from __future__ import annotations

import polars as pl
import pytest

from analysis.lengths import length_expressions
from comments.lines import WORD
from comments.pipeline import segment_frame

# A news page as a scraper leaves it: menu, headline, dateline, article, editor, share bar,
# related stories, three reader comments with their action lines, footer.
PAGE = """首页 | 新闻 | 国际 | 财经 | 体育 | 评论

外交部：坚决反对美方对台军售

2025年12月12日 10:30 来源：新华网

新华社北京12月12日电 外交部发言人今天在例行记者会上表示，中方坚决反对美方对台军售，已向美方提出严正交涉。发言人说，美方的做法严重违反一个中国原则和中美三个联合公报规定。

发言人指出，台湾问题是中国内政，不容任何外部势力干涉。中方敦促美方立即停止对台军售和美台军事联系，停止在台湾问题上玩火。

记者问，美方称此举有助于维护台海和平稳定，中方对此有何评论？发言人表示，这种说法完全是颠倒黑白。中方将采取坚决有力措施，捍卫国家主权和领土完整。

责任编辑：王明

分享到： 微信 微博 QQ空间

相关新闻
外交部就日本首相涉台言论答记者问
国防部：解放军将继续加强练兵备战

网友评论

张三 2025年12月12日 11:02
说得好！坚决支持外交部的立场，美国不要再玩火了。
回复 点赞(12)

李四 2025年12月12日 11:15
美国一边说维护和平一边卖武器，真是双重标准。
回复 点赞(8)

王五 3小时前
希望两岸早日统一，和平发展才是正道。
回复 点赞(3)

关于我们 | 联系我们 | 版权声明
Copyright © 2025 新华网 版权所有
"""

# The same kind of page in Japanese (Yahoo! News Japan's layout): "2025/12/12(金) 10:30",
# "コメント (3)", "返信 いいね 25".
PAGE_JA = """ホーム | ニュース | 国内 | 国際 | 経済 | ログイン

政府、来年度予算案を閣議決定　過去最大の115兆円

2025/12/12(金) 10:30配信

政府は12日、来年度予算案を閣議決定した。一般会計の総額は115兆円を超え、過去最大となった。防衛費や社会保障費の増加が主な要因である。

財務省によると、税収は過去最高を見込むが、歳出の増加に追いつかず、新規国債の発行は28兆円に上る。専門家からは財政規律の緩みを懸念する声が上がっている。

首相は記者団に対し、「必要な政策には必要な予算を確保した」と述べ、理解を求めた。予算案は来年1月召集の通常国会に提出される。

関連記事
防衛費、5年で43兆円に　政府が方針決定
社会保障費、初めて40兆円超え

コメント (3)

山田太郎 2025/12/12(金) 11:02
また過去最大か。借金を増やすばかりで、将来世代のことを考えていない。
返信 いいね 25

佐藤花子 2025/12/12(金) 11:15
防衛費の増加は仕方ないと思うが、説明が足りない。
返信 いいね 8

鈴木一郎 3時間前
税収が過去最高なのに国債を発行するのはおかしい。
返信 いいね 3

利用規約 | プライバシーポリシー | お問い合わせ
Copyright © 2025 Example News All rights reserved.
"""

# PAGE as `w3m -dump -cols 80` prints it (training/render.py): its paragraphs wrapped after the
# 40th character (80 columns), the spaces between Chinese characters dropped ("回复点赞(12)").
PAGE_W3M = """首页 | 新闻 | 国际 | 财经 | 体育 | 评论

外交部：坚决反对美方对台军售

2025年12月12日 10:30 来源：新华网

新华社北京12月12日电外交部发言人今天在例行记者会上表示，中方坚决反对美方对台军
售，已向美方提出严正交涉。发言人说，美方的做法严重违反一个中国原则和中美三个联
合公报规定。

发言人指出，台湾问题是中国内政，不容任何外部势力干涉。中方敦促美方立即停止对台
军售和美台军事联系，停止在台湾问题上玩火。

记者问，美方称此举有助于维护台海和平稳定，中方对此有何评论？发言人表示，这种说
法完全是颠倒黑白。中方将采取坚决有力措施，捍卫国家主权和领土完整。

责任编辑：王明

分享到：微信微博 QQ空间

相关新闻
外交部就日本首相涉台言论答记者问
国防部：解放军将继续加强练兵备战

网友评论

张三 2025年12月12日 11:02
说得好！坚决支持外交部的立场，美国不要再玩火了。
回复点赞(12)

李四 2025年12月12日 11:15
美国一边说维护和平一边卖武器，真是双重标准。
回复点赞(8)

王五 3小时前
希望两岸早日统一，和平发展才是正道。
回复点赞(3)

关于我们 | 联系我们 | 版权声明
Copyright © 2025 新华网版权所有
"""


@pytest.fixture(scope="module")
def seg():
    return segment_frame(pl.DataFrame({"doc_id": ["zh"], "text": [PAGE]}))


def test_chinese_page_labels(seg):
    labels = dict(zip(seg.lines["line_no"], seg.lines["label"]))
    assert labels[3] == "title"
    # (the third paragraph, a reporter's question and the answer, sits near the labeller's
    # body/comment boundary: it has learned from no Chinese page, and no capitals, function
    # words or lexicon words speak for prose there; retraining moved it from body to boilerplate)
    assert [labels[i] for i in (7, 9)] == ["body"] * 2
    # the dateline, editor, share bar, related stories and the comment-section heading are not article
    assert {labels[i] for i in (1, 5, 13, 15, 17, 18, 19, 21, 35, 36)} == {"boilerplate"}
    assert seg.documents["title"][0] == "外交部：坚决反对美方对台军售"


def test_chinese_comments(seg):
    c = seg.comments
    assert c.select("start_line", "end_line").rows() == [(23, 25), (27, 29), (31, 33)]
    assert c["author"].to_list() == ["张三", "李四", "王五"]
    assert c["posted_at"].to_list() == ["2025-12-12T11:02", "2025-12-12T11:15", None]  # "3小时前" is relative
    # the comment's text without its header and its "回复 点赞(12)" action line
    assert c["text"][1] == "美国一边说维护和平一边卖武器，真是双重标准。"


def test_wrapped_chinese_joins_without_spaces():
    seg = segment_frame(pl.DataFrame({"doc_id": ["w3m"], "text": [PAGE_W3M]}))
    body = seg.documents["body"][0].split("\n")
    # each paragraph joined from its wrapped lines (the third: see test_chinese_page_labels)
    assert body[0].startswith("新华社北京12月12日电外交部发言人今天在例行记者会上表示，中方坚决反对美方对台军售，")
    assert body[1] == "发言人指出，台湾问题是中国内政，不容任何外部势力干涉。中方敦促美方立即停止对台军售和美台军事联系，停止在台湾问题上玩火。"
    c = seg.comments
    assert c["author"].to_list() == ["张三", "李四", "王五"]
    assert c["text"][0] == "说得好！坚决支持外交部的立场，美国不要再玩火了。"  # without "回复点赞(12)"


def test_japanese_page():
    seg = segment_frame(pl.DataFrame({"doc_id": ["ja"], "text": [PAGE_JA]}))
    labels = dict(zip(seg.lines["line_no"], seg.lines["label"]))
    assert labels[3] == "title"
    assert [labels[i] for i in (7, 9, 11)] == ["body"] * 3
    assert {labels[i] for i in (1, 5, 13, 14, 15, 17, 31, 32)} == {"boilerplate"}
    c = seg.comments
    assert c.select("start_line", "end_line").rows() == [(19, 21), (23, 25), (27, 29)]
    assert c["author"].to_list() == ["山田太郎", "佐藤花子", "鈴木一郎"]
    assert c["posted_at"].to_list() == ["2025-12-12T11:02", "2025-12-12T11:15", None]
    assert c["text"][2] == "税収が過去最高なのに国債を発行するのはおかしい。"


@pytest.mark.parametrize("text, words", [
    ("外交部发言人", 3),  # six characters, no space: three words
    ("新华社北京12月12日电", 7),  # 新华 社北 京 | 12 | 月 | 12 | 日电
    ("Trump 访华", 2),
    ("댓글 쓰기", 2),  # Korean is written with spaces
    ("plain English words", 3),
])
def test_words_without_spaces(text, words):
    assert pl.select(pl.lit(text).str.count_matches(WORD)).item() == words


def test_comment_lengths_in_chinese():
    n = pl.DataFrame({"t": ["我完全同意。美国不要再玩火了！"]}).select(length_expressions(pl.col("t")))
    assert n.row(0) == (15, 7, 2, 1)  # 5 + 8 characters: 3 + 4 words, two sentences


def test_chinese_comment_quoting_compares_characters():
    from analysis.claims import article_sentences, comment_claims

    seg = segment_frame(pl.DataFrame({"doc_id": ["zh"], "text": [PAGE]}))
    comments = pl.concat([seg.comments.select("doc_id", "comment_id", "text"), pl.DataFrame({
        "doc_id": ["zh"], "comment_id": [4],
        # ten characters of the article's second paragraph, copied into a comment of its own
        "text": ["发言人说得对：不容任何外部势力干涉。"],
    }, schema={"doc_id": pl.String, "comment_id": pl.Int64, "text": pl.String})])
    c = comment_claims(comments, article_sentences(seg.documents)).sort("comment_id")
    # "不容任何外部势力干涉" — ten characters in a row of the article (a quote: 8 or more)
    assert c["longest_shared_run"][3] == 10 and c["quotes_article"][3]
    assert not c["quotes_article"][:3].any()  # the readers' own words
