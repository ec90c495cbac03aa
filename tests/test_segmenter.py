"""Segmentation behaviour on small hand-written pages, one layout per test.

Each page imitates what a converter (w3m, lynx, html2text) leaves of a real comment
system; the expected labels were checked by hand against LABELS.md.
"""

from __future__ import annotations

import textwrap

import polars as pl
import pytest

from comments import segment

ARTICLE = """\
Council Approves New Budget for City Parks

By Jane Reporter | March 3, 2017

The city council voted on Tuesday to approve a new budget for the parks department, adding money for repairs.
The vote was seven to two, with the two dissenting members arguing the money should go to roads instead.

Officials said the repairs would begin in the spring and last about six months, according to the plan.
"""


def labels(seg) -> dict[int, str]:
    return {r["line_no"]: r["label"] for r in seg.lines.iter_rows(named=True) if r["label"]}


def comment_rows(seg) -> list[dict]:
    return seg.comments.to_dicts()


def page(*parts: str) -> str:
    """The parts, dedented, one after the other (a part opening with a blank line adds one);
    the newline that opens the first part's triple quote is dropped."""
    text = "".join(textwrap.dedent(p) for p in parts)
    return text[1:] if text.startswith("\n") else text


def lenient_labeller():
    """The shipped models with a thread check that keeps every thread it judges: what a test of a finder
    or thread rule then sees is the rule, not the learned weights."""
    import dataclasses

    from comments.labeller import load_labeller
    from comments.thread_check import load_thread_check

    return dataclasses.replace(load_labeller(None), thread_check=dataclasses.replace(load_thread_check(), threshold=0.0))


def test_wordpress_says_headers_with_nested_reply():
    text = page(ARTICLE, """

        3 Responses to "Council Approves New Budget for City Parks"

          1. Mary Smith says:
             March 3, 2017 at 4:36 pm
             About time. The swings at Elm Park have been broken for two years now.
             Reply
               1. Tom Brown says:
                  March 3, 2017 at 5:01 pm
                  Agreed, my kids stopped going there last summer because of it.
                  Reply
          2. Dave says:
             March 4, 2017 at 9:12 am
             Roads are in worse shape than the parks, the two members were right.
             Reply

        Leave a Reply

        Your email address will not be published. Required fields are marked *
        """)
    seg = segment(text)
    rows = comment_rows(seg)
    assert [r["author"] for r in rows] == ["Mary Smith", "Tom Brown", "Dave"]
    assert [r["depth"] for r in rows] == [0, 1, 0]
    assert [r["parent_id"] for r in rows] == [None, 1, None]
    assert rows[0]["posted_at"] == "2017-03-03T16:36"
    assert rows[2]["posted_at"] == "2017-03-04T09:12"
    # text without the header, date and Reply lines
    assert rows[1]["text"] == "Agreed, my kids stopped going there last summer because of it."
    lab = labels(seg)
    assert lab[1] == "title"
    assert lab[5] == "body"
    assert lab[11] == "boilerplate"  # "3 Responses to …"
    assert all(lab[i] == "comment" for i in range(13, 25))
    assert [r["start_line"] for r in rows] == [13, 17, 21]
    assert lab[26] == "boilerplate" and lab[28] == "boilerplate"


def test_disqus_relative_dates_and_action_lines():
    text = page(ARTICLE, """

        12 Comments

        Sort by Newest

        Kevin M. • 3 years ago
        Seven to two is not even close. The council clearly wanted this.
        Reply • Share ›

        Lisa_R • 3 years ago
        Spring? They said spring last year too.
        2 • Reply • Share ›

        Powered by Disqus
        """)
    seg = segment(text)
    rows = comment_rows(seg)
    assert [r["author"] for r in rows] == ["Kevin M.", "Lisa_R"]
    assert [r["posted_at"] for r in rows] == [None, None]  # relative dates cannot be read
    assert rows[1]["text"] == "Spring? They said spring last year too."
    lab = labels(seg)
    assert lab[11] == "boilerplate" and lab[13] == "boilerplate"  # "12 Comments", "Sort by Newest"
    assert [lab[i] for i in (15, 16, 17)] == ["comment"] * 3  # header, text, action line
    assert lab[23] == "boilerplate"


def test_typepad_footer_closes_each_comment():
    text = page(ARTICLE, """

        Comments

        The parks needed this badly, good for the council.

        Posted by: Ann Lee | March 03, 2017 at 06:10 PM

        I would rather see the roads fixed first, honestly.

        Posted by: Bob K | March 04, 2017 at 08:45 AM

        Verify your Comment
        """)
    seg = segment(text)
    rows = comment_rows(seg)
    assert [(r["start_line"], r["end_line"]) for r in rows] == [(13, 15), (17, 19)]
    assert [r["author"] for r in rows] == ["Ann Lee", "Bob K"]
    assert rows[0]["text"] == "The parks needed this badly, good for the council."
    assert rows[1]["posted_at"] == "2017-03-04T08:45"


def test_numbered_comments_after_author_box_like_seed_style():
    text = page(ARTICLE, """


        About the Author
        Jane Reporter covers city hall for the paper. She has won several awards for her work.


          1. This is a waste of money when half the streetlights in my neighbourhood are out and the council says there is nothing left in the budget. I have written to them three times and nobody answers. Fix the basics first, then buy the fancy benches.

          2. Finally some good news. The parks are the only free thing left for families here, and my kids are there every weekend whatever the weather. You can say what you like about the council, but this time they listened to us.
            I hope they fix the fountain too, it has been dry for ages.

        Comments are closed.
        """)
    seg = segment(text)
    rows = comment_rows(seg)
    assert len(rows) == 2
    assert rows[1]["text"].endswith("dry for ages.")
    lab = labels(seg)
    assert lab[12] == "boilerplate" and lab[13] == "boilerplate"  # author box
    assert [r["start_line"] for r in rows] == [16, 18]
    assert lab[19] == "comment"
    assert lab[21] == "boilerplate"


def test_related_story_list_after_author_box_is_not_a_thread():
    # The same place on the page, but the list items are headlines of other stories: the
    # thread check (comments.thread_check) does not take them for comments.
    text = page(ARTICLE, """


        About the Author
        Jane Reporter covers city hall for the paper. She has won several awards for her work.


          1. Council Approves New Budget For Road Repairs In The North District

          2. Five Things To Know About The New Recycling Rules Starting In March

          3. Local Library Extends Weekend Opening Hours After Record Visitor Numbers

        Comments are closed.
        """)
    seg = segment(text)
    assert comment_rows(seg) == []
    assert "comment" not in labels(seg).values()


def test_header_comments_below_a_list_the_check_drops():
    # A list outranks header lines in the comment finder; when the thread check drops the
    # list (other stories' headlines), the page is read again without it, and the comments
    # under their name/date headers below it are found (at least RETRY_MIN_COMMENTS).
    text = page(ARTICLE, """


        Related stories


          1. Council Approves New Budget For Road Repairs In The North District

          2. Five Things To Know About The New Recycling Rules Starting In March

          3. Local Library Extends Weekend Opening Hours After Record Visitor Numbers

        3 Responses

        Martin Keller
        March 3, 2017 at 6:06 am

        About time. The playground near the school has been fenced off since last summer.

        Sofia
        March 4, 2017 at 8:03 pm

        Roads first would have been my choice, but the parks do need the repairs.

        Tom B.
        March 5, 2017 at 9:12 am

        Will the tennis courts be part of the repairs, or only the playgrounds?
        """)
    seg = segment(text)
    rows = comment_rows(seg)
    assert [(r["author"], r["start_line"], r["end_line"]) for r in rows] == [
        ("Martin Keller", 23, 26), ("Sofia", 28, 31), ("Tom B.", 33, 36)]
    assert rows[1]["text"] == "Roads first would have been my choice, but the parks do need the repairs."
    # (a name ending with an initial is the author, not the comment's first line)
    assert rows[2]["text"] == "Will the tennis courts be part of the repairs, or only the playgrounds?"
    lab = labels(seg)
    assert [lab[n] for n in (15, 17, 19, 21)] == ["boilerplate"] * 4  # the list and "3 Responses"


def test_two_header_comments_above_a_list_the_check_drops():
    # The same with a thread of two: a "Trending" teaser list in the sidebar below the comments
    # outranks their headers, the check drops it, and the page read again finds the two
    # comments (RETRY_MIN_COMMENTS = 2, as MIN_ANCHORS: a thread of two found on the first
    # reading is not held to more).  Before, a retry needed three: no comment at all.
    text = page(ARTICLE, """

        2 Responses to "Council approves parks budget"

        Martin Keller
        March 3, 2017 at 6:06 am

        About time. The playground near the school has been fenced off since last summer.

        Reply

        Sofia
        March 4, 2017 at 8:03 pm

        Roads first would have been my choice, but the parks do need the repairs.

        Reply

        Trending

          • Ten Parks That Reopened This Spring After Long Repairs

            Lists, Highlights

            Ten Parks That Reopened This Spring After Long Repairs

            Anna Weber
          • Council Approves New Budget For Road Repairs In The North District

            News, Featured

            Council Approves New Budget For Road Repairs In The North District

            Anna Weber
          • Five Things To Know About The New Recycling Rules Starting In March

            Lists, News

            Five Things To Know About The New Recycling Rules Starting In March

            Anna Weber
        """)
    seg = segment(text)
    rows = comment_rows(seg)
    assert [(r["author"], r["start_line"], r["end_line"]) for r in rows] == [
        ("Martin Keller", 13, 18), ("Sofia", 20, 25)]
    assert rows[1]["text"] == "Roads first would have been my choice, but the parks do need the repairs."
    lab = labels(seg)
    assert {lab[n] for n in range(27, 50) if n in lab} == {"boilerplate"}  # "Trending" and its teasers


def test_a_vote_count_closes_the_comment_above_it():
    # wpDiscuz prints each comment's vote count under its text, right above the next
    # commenter's name: the count is the end of one comment, not the start of the next.
    text = page(ARTICLE, """

        Newest Most Voted
        Inline Feedbacks
        View all comments
        MK
        1 year ago

        So helpful, thank you for the plan!

        10
        Sara
        1 year ago

        Will the new benches be made of wood or of metal?

        47
        Tom
        1 year ago
        Reply to  Sara

        Metal, according to the council minutes I read last week.

        9
        """)
    rows = comment_rows(segment(text))
    assert [(r["author"], r["start_line"], r["end_line"], r["parent_id"]) for r in rows] == [
        ("MK", 14, 19, None), ("Sara", 20, 25, None), ("Tom", 26, 32, 2)]


def test_numbered_comments_with_the_number_on_its_own_line():
    # "2." on a line of its own opens comment 2: the short line above it ("(please)") ends
    # comment 1; the number is no text, the bare name under it is the author.
    text = page(ARTICLE, """

        3 Comments on “Council Approves New Budget for City Parks”

            1.
            Ann Lee
               March 3, 2017, 9:46 pm
               Good news for the playground, at last. Now fix the fountain.
               (please)
            2.
            Bob
               March 3, 2017, 9:59 pm
               Roads first, I say, but fine. The parks matter too.
               (sigh)
            3.
            Carla M
               March 3, 2017, 10:00 pm
               Will there be a public meeting about the plan before the spring?
        """)
    rows = comment_rows(segment(text))
    assert [(r["author"], r["start_line"], r["end_line"]) for r in rows] == [
        ("Ann Lee", 13, 17), ("Bob", 18, 22), ("Carla M", 23, 26)]
    assert rows[0]["text"] == "Good news for the playground, at last. Now fix the fountain.\n(please)"


def test_bulleted_parts_of_one_comment_header_open_one_comment():
    # w3m bullets each part of a comment's header ("1. Diana Lopez says" / "□ March 4, 2017"):
    # one comment, not a header-only comment and a headerless one.
    text = page(ARTICLE, """

        2 Comments

         1. Diana Lopez says
              □ March 4, 2017

            Will the fountain be repaired as well? It has been dry for two summers.

            Reply
         2. Jon Park says
              □ March 5, 2017

            The council should publish the list of parks in the plan.

            Reply
        """)
    rows = comment_rows(segment(text))
    assert [(r["author"], r["start_line"], r["end_line"], r["posted_at"]) for r in rows] == [
        ("Diana Lopez", 13, 18, "2017-03-04"), ("Jon Park", 19, 24, "2017-03-05")]


def test_a_linked_date_under_the_name_is_no_name():
    # html2text links each comment's date to its permalink: the link's target is no name,
    # so the avatar-and-name line above the date opens the comment (and the numbered item
    # opens it: the heading's wrapped tail above is not part of it).
    text = page(ARTICLE, """

        ### 2 Comments on “Council Approves New Budget for City
        Parks”

          1. ![](https://example.org/avatar/1a2b.png?s=48)[Ann Lee](http://example.org/ann)
        [March 3, 2017, 9:46 pm](https://example.org/2017/03/03/parks-
        budget/#comment-101)

        Good news for the playground, at last.

          2. ![](https://example.org/avatar/3c4d.png?s=48)[Bob](http://example.org/bob)
        [March 3, 2017, 9:59 pm](https://example.org/2017/03/03/parks-
        budget/#comment-102)

        Roads first, I say, but fine. The parks matter too.
        """)
    rows = comment_rows(segment(text))
    assert [(r["author"], r["start_line"], r["end_line"]) for r in rows] == [("Ann Lee", 14, 18), ("Bob", 20, 24)]
    assert rows[1]["text"] == "Roads first, I say, but fine. The parks matter too."


def test_jetpack_like_placeholder_stays_in_its_comment():
    # WordPress.com prints "Loading..." under each comment (its like button before the
    # script runs): the end of the comment, not its text, and no stop to the thread.
    text = page(ARTICLE, """

        2 Comments

         1. Nina Park says:
            March 3, 2017 at 4:36 pm

            The playground by the river needs it most, the swings have been broken for a year.

            Loading...
         2. Omar says:
            March 3, 2017 at 5:02 pm

            Good decision, but where does the money for the roads come from now?

            Loading...
        """)
    rows = comment_rows(segment(text))
    assert [(r["author"], r["start_line"], r["end_line"]) for r in rows] == [("Nina Park", 13, 18), ("Omar", 19, 24)]
    assert rows[0]["text"] == "The playground by the river needs it most, the swings have been broken for a year."


def test_author_under_an_avatar_and_above_a_reply_to_line():
    # w3m prints an avatar as "[svg]" on the numbered line above the name; wpDiscuz puts
    # "Reply to Jane" between a reply's name and its date: the names are still the authors.
    svg = page(ARTICLE, """

        Older Comments

         1. [svg]
            Jess Jones
            November 15, 2022 at 7:03 am

            Great news for the park by the school, it really needed the repairs.
         2. [svg]
            Arbaz
            October 27, 2022 at 7:03 am

            Will the council publish the full list of parks in the plan?
        """)
    rows = comment_rows(segment(svg))
    assert [(r["author"], r["text"]) for r in rows] == [
        ("Jess Jones", "Great news for the park by the school, it really needed the repairs."),
        ("Arbaz", "Will the council publish the full list of parks in the plan?")]
    wpdiscuz = page(ARTICLE, """

        3 Comments
        Inline Feedback
        View all comments
        TMS
        6 months ago

        Did the roads get anything at all in this budget?

        0
        Reply
        Chuck Patterson
        Reply to  TMS
        6 months ago

        Good question: the roads have their own budget, voted on next month.

        2
        Reply
        Ana
        5 months ago

        Thanks for covering this.
        """)
    rows = comment_rows(segment(wpdiscuz))
    assert [(r["author"], r["parent_id"]) for r in rows] == [("TMS", None), ("Chuck Patterson", 1), ("Ana", None)]


def test_widget_without_comments_gives_zero_comments():
    text = page(ARTICLE, """

        What do you think?

        Notify of
        Inline Feedbacks
        View all comments
        """)
    seg = segment(text)
    assert seg.comments.height == 0
    assert seg.documents["has_comment_section"][0] is True
    assert seg.documents["n_comments"][0] == 0


def test_page_without_comment_section():
    seg = segment(ARTICLE)
    assert seg.comments.height == 0
    assert seg.documents["has_comment_section"][0] is False
    assert set(labels(seg).values()) == {"title", "body", "boilerplate"}


def test_community_rules_are_not_comments():
    text = page(ARTICLE, """

        Community standards

        A user comment will be deleted if it:

            • does not correspond with the subject of the post and wanders off into other topics entirely;
            • contains insults, threats to other users, individuals or specific organizations in any form;
            • promotes the use of narcotic substances or provides information on their production and use;

        The administration has the right to block a user's access to the page without any notice at all.
        """)
    seg = segment(text)
    assert seg.comments.height == 0
    lab = labels(seg)
    assert lab[11] == "boilerplate"  # the "Community standards" block cue
    # (whether the rules themselves are body or boilerplate is the labeller's call on a page
    # this short, where they have more words than the article; on the Sputnik seed page,
    # a real one, they are boilerplate: tests/test_seeds.py)
    assert all(lab[i] != "comment" for i in (13, 15, 16, 17, 19))


def test_listicle_inside_article_is_body():
    text = page("""
        Five Ways to Save on Groceries

        Food prices keep climbing, but there are simple ways to spend less every week at the store.
        Here are five that our readers recommended to us this month:

          1. Plan your meals for the whole week before you go shopping, and stick to the list you made.
          2. Buy store brands, which are often made in the same factories as the famous names.
          3. Shop the outer aisles first, where the fresh and cheaper staples are usually kept.

        With a bit of planning, most families can cut their weekly bill by a tenth or more, experts say.
        """)
    seg = segment(text)
    assert seg.comments.height == 0
    lab = labels(seg)
    assert lab[1] == "title"
    assert [lab[i] for i in (6, 7, 8, 10)] == ["body"] * 4


def test_related_list_and_tags_are_boilerplate():
    text = page(ARTICLE, """

        Related:

        City Council Delays Vote on Road Repairs Until Next Month
        Parks Department Names New Director After Long Search
        Tags:
        city council, parks, budget
        """)
    seg = segment(text)
    assert seg.comments.height == 0
    lab = labels(seg)
    assert all(lab[i] == "boilerplate" for i in (11, 13, 14, 15, 16))


def test_title_after_navigation_and_photo_credit_caption():
    text = page("""
        Home | News | Politics | Sport
        Search

        Council Approves New Budget for City Parks

        Children play at Elm Park in the city centre on a sunny afternoon.
        © REUTERS/ John Photographer

        The city council voted on Tuesday to approve a new budget for the parks department, adding money for repairs.
        The vote was seven to two, with the two dissenting members arguing the money should go to roads instead.
        """)
    seg = segment(text)
    lab = labels(seg)
    assert lab[1] == "boilerplate" and lab[2] == "boilerplate"
    assert lab[4] == "title"
    assert lab[6] == "caption" and lab[7] == "caption"
    assert lab[9] == "body" and lab[10] == "body"


def test_pingbacks_are_boilerplate_and_not_numbered():
    text = page(ARTICLE, """

        2 Responses

          1. Pingback: Weekly links roundup | Some Other Blog
          2. Mary Smith says:
             March 3, 2017 at 4:36 pm
             The council finally did something right for once, I am pleased.
             Reply

        Leave a Reply
        """)
    seg = segment(text)
    rows = comment_rows(seg)
    assert [r["comment_id"] for r in rows] == [1]
    assert rows[0]["author"] == "Mary Smith"
    assert labels(seg)[13] == "boilerplate"
    assert rows[0]["start_line"] == 14


def test_blogger_said_with_time_footer():
    text = page(ARTICLE, """

        2 comments:

        martine said...

            What a lovely idea, I hope our town does the same thing soon.
            7:28 PM

        Colette said...

            I love the parks here, they are the best part of the city.
            12:43 PM

        Post a Comment
        """)
    seg = segment(text)
    rows = comment_rows(seg)
    assert [r["author"] for r in rows] == ["martine", "Colette"]
    assert rows[0]["text"] == "What a lovely idea, I hope our town does the same thing soon."
    assert [(r["start_line"], r["end_line"]) for r in rows] == [(13, 16), (18, 21)]


def test_crlf_line_endings_number_like_lf():
    lf = segment(ARTICLE)
    crlf = segment(ARTICLE.replace("\n", "\r\n"))
    assert lf.lines.drop("doc_id").equals(crlf.lines.drop("doc_id"))


def test_empty_and_blank_text_give_no_spans():
    seg = segment("   \n\n  \n")
    assert seg.lines["label"].null_count() == 4  # "   ", "", "  " and the empty last line
    assert list(seg.records())[0]["spans"] == []


def test_spans_cover_every_non_blank_line():
    text = page(ARTICLE, "\n\nLeave a Reply\n")
    seg = segment(text)
    rec = list(seg.records())[0]
    covered = {i for s in rec["spans"] for i in range(s["start"], s["end"] + 1)}
    non_blank = {i for i, line in enumerate(text.split("\n"), 1) if line.strip()}
    assert non_blank <= covered
    starts = [s["start"] for s in rec["spans"]]
    assert starts == sorted(starts)


def test_documents_table_columns():
    seg = segment(ARTICLE, doc_id="a1", site="example.com")
    doc = seg.documents.row(0, named=True)
    assert doc["doc_id"] == "a1" and doc["site"] == "example.com"
    assert doc["title"] == "Council Approves New Budget for City Parks"
    assert doc["body"].startswith("The city council voted on Tuesday")
    assert doc["n_comments"] == 0


def test_metadata_title_wins():
    text = page("""
        Most Read
        Council Approves New Budget for City Parks
        Other Story About Something Else Entirely Here

        The city council voted on Tuesday to approve a new budget for the parks department, adding money for repairs.
        The vote was seven to two, with the two dissenting members arguing the money should go to roads instead.
        """)
    seg = segment(text, title="Council Approves New Budget for City Parks")
    lab = labels(seg)
    assert lab[2] == "title"
    assert lab[1] != "title" and lab[3] != "title"


def test_a_title_below_the_article_does_not_make_the_article_boilerplate():
    # A page whose headline the converter ran into the share bar, and whose "title" (a
    # metadata title here; on real pages the title ranker's pick) is an item of the footer
    # menu: the article above that title stays body.  (Before, the paragraphs above the
    # title the labeller was less than sure of became boilerplate: lines 20 and 21.)
    text = page("""
        Skip to Main Content

          * Careers
          * Investors
          * Contact

        Blog Filter By Topic Subscribe Topic Compensation and Benefits Compliance
        Workforce Management June 9, 2025 21 Minutes to Read Share LinkedIn Twitter

        Paid time off is an expected benefit that helps employees look after their
        well-being and helps employers engage their workforce. In order to get the most
        from it, organisations should make sure their policy suits the people they hire.

        A policy is a written description of an employer's paid leave. It should cover
        the different types of leave, who may take it, and how it is approved.

        Some employers give every worker the same number of days each year, while others
        let the days build up with each pay period, so that new hires earn their leave.

        Accrued leave also helps employees, who can see how much time they have and plan
        their holidays around the needs of their team and their family.

        Solutions

          * Payroll
          * Talent Acquisition
          * Talent Management
          * HR Management

        Copyright 2025 Paycom. All rights reserved.
        """)
    lab = labels(segment(text, title="Talent Management"))
    assert lab[27] == "title"
    assert [n for n, label in lab.items() if label == "body"] == [10, 11, 12, 14, 15, 17, 18, 20, 21]


def test_the_picture_lynx_prints_before_a_headline_is_not_in_the_title():
    text = page("""
        Home | Blog | Courses | Contact

        [blog.png] 10 Tips to Successfully Complete Online Courses

        By Jane Smith | March 3, 2024

        Online courses give you the freedom to learn at your own pace, but that freedom
        can make it hard to finish what you start. These ten tips will help you stay on track.

        First, set a schedule and keep to it, as you would for a class on campus. Put the
        hours in your calendar and treat them as appointments you cannot miss.
        """)
    seg = segment(text)
    assert labels(seg)[3] == "title"
    assert seg.documents["title"][0] == "10 Tips to Successfully Complete Online Courses"


def test_segment_frame_keeps_input_order_and_duplicate_ids():
    from comments import segment_frame

    docs = pl.DataFrame({"doc_id": ["b", "a", "b"], "text": [ARTICLE, "Short page\n", ARTICLE]})
    seg = segment_frame(docs)
    assert seg.documents["doc_id"].to_list() == ["b", "a", "b"]
    assert [r["doc_id"] for r in seg.records()] == ["b", "a", "b"]


def test_posted_by_headers_give_their_authors():
    text = page(ARTICLE, """

        3 comments:

        Posted by Mary Smith at 5:00 AM
        About time. The swings at Elm Park have been broken for two years now.

        Posted by Tom Brown at 6:12 AM
        Agreed, my kids stopped going there last summer because of it.

        Posted by Dave Jones at 9:30 PM
        Roads are in worse shape than the parks, the two members were right.

        Post a Comment
        """)
    rows = comment_rows(segment(text))
    assert [r["author"] for r in rows] == ["Mary Smith", "Tom Brown", "Dave Jones"]
    assert rows[1]["text"] == "Agreed, my kids stopped going there last summer because of it."


def test_profile_link_headers_give_their_authors():
    text = page(ARTICLE, """

        2 comments

        http://twitter.com/msmith Mary Smith
        About time. The swings at Elm Park have been broken for two years now.

        http://disqus.com/tbrown/ Tom Brown
        Agreed, my kids stopped going there last summer because of it.
        """)
    assert [r["author"] for r in comment_rows(segment(text))] == ["Mary Smith", "Tom Brown"]


def test_every_header_kind_with_an_author_has_an_author_pattern(tmp_path):
    from comments.cues import CueError, load_cues

    assert all(h.author for h in load_cues().headers if h.has_author)
    bad = tmp_path / "bad.toml"
    bad.write_text('[[header]]\nid = "x"\nsource = "test"\nhas_author = true\npatterns = ["x .*"]\n')
    with pytest.raises(CueError, match="needs an 'author' pattern"):
        load_cues((str(bad),))


def test_ends_thread_is_a_setting_of_related_cues_only(tmp_path):
    from comments.cues import CueError, load_cues

    assert load_cues().regex["ends_thread"] != "(?i)^(?:[^\\s\\S])"  # (the built-in file has some)
    bad = tmp_path / "bad.toml"
    bad.write_text('[[cue]]\nid = "x"\nkind = "ui"\nends_thread = true\nsource = "test"\npatterns = ["x"]\n')
    with pytest.raises(CueError, match="'ends_thread' is a true/false setting of kind 'related' only"):
        load_cues((str(bad),))
    mine = tmp_path / "mine.toml"
    mine.write_text('[[cue]]\nid = "x"\nkind = "related"\nends_thread = true\nsource = "test"\npatterns = ["elsewhere on the site"]\n')
    import polars as pl
    assert pl.Series(["Elsewhere on the site"]).str.contains(load_cues((str(mine),)).regex["ends_thread"]).item()


def test_a_comment_without_text_is_flagged_and_not_counted():
    text = page(ARTICLE, """

        Leave a Reply

          1. Mary Smith says:
             March 3, 2017 at 4:36 pm
             About time. The swings at Elm Park have been broken for two years now.
          2. Tom Brown says:
             March 3, 2017 at 5:01 pm
          3. Dave says:
             March 4, 2017 at 9:12 am
             Roads are in worse shape than the parks, the two members were right.
        """)
    seg = segment(text)
    assert seg.comments["has_text"].to_list() == [True, False, True]
    assert seg.documents["n_comments"].item() == 2
    from analysis import profile

    result = profile(seg.documents, seg.comments)
    assert result.comments["comment_id"].to_list() == [1, 3]
    assert result.run["counts"]["comments_without_text"] == 1


def test_forum_profile_blocks_open_posts():
    # Each post opens with the poster's profile block (name, rank, join date, post count);
    # the join date is not a post header, and the post date under the block stays in it.
    post = """
        {name}

        Senior Member

        Joined: Aug 24, 2006
        Messages: 2,287

        Sep 21, 2024 #{n}

        {text}

        Reply
        """
    replies = [("ann_k", 2, "Bang on the money except the asking price, which is far too high for me."),
               ("bobby", 3, "Great tablet. I bought the keyboard elsewhere and it works well enough."),
               ("carol", 4, "Mine arrived yesterday and the screen is superb, no complaints at all.")]
    text = page(ARTICLE, *[post.format(name=a, n=n, text=t) for a, n, t in replies])
    rows = comment_rows(segment(text))
    assert [r["author"] for r in rows] == ["ann_k", "bobby", "carol"]
    lines = text.split("\n")
    assert [lines[r["start_line"] - 1].strip() for r in rows] == ["ann_k", "bobby", "carol"]
    assert [r["text"] for r in rows][0].startswith("Bang on the money")
    # A poster without an avatar image gets their initial in its place ("A" over "ann_k"):
    # the name under it is the author.
    lettered = page(ARTICLE, *["\n        " + a[0].upper() + "\n" + post.format(name=a, n=n, text=t)
                               for a, n, t in replies])
    assert [r["author"] for r in comment_rows(segment(lettered))] == ["ann_k", "bobby", "carol"]


def test_author_names_lose_avatar_text_and_markup():
    # w3m prints an avatar's file name before the name ("[4b2079a]Sharon says"); html2text
    # puts the name in bold on a line of its own under the avatar image.
    text = page(ARTICLE, """

        2 Comments

        [4b2079a]Sharon says
        July 14, 2015 at 3:53 pm
        Goodness, is that your cabbage in the picture? It is the most beautiful one I have seen.

        [9f1c2d0]Jill Winger says
        July 17, 2015 at 8:28 am
        Yes, for some reason my cabbages are doing beautifully this year, thank you!
        """)
    assert [r["author"] for r in comment_rows(segment(text))] == ["Sharon", "Jill Winger"]
    text = page(ARTICLE, """

        2 Comments

          1. ![](https://secure.gravatar.com/avatar/4b2079a9940d.png)

        **Jess Jones**

        [November 15, 2022 at 7:03 am](https://example.com/p/#comment-410402)

        Great list! I am kind of surprised that you did not add my favourite platform.

          2. ![](https://secure.gravatar.com/avatar/5454eba111b6.png)

        **arbaz**

        [October 27, 2022 at 7:03 am](https://example.com/p/#comment-408463)

        Hi. Would you add LinkedIn Learning to this list now? Thanks for the info!
        """)
    assert [r["author"] for r in comment_rows(segment(text))] == ["Jess Jones", "arbaz"]


def _authored_kinds():
    from comments.cues import load_cues

    return [h for h in load_cues().headers if h.has_author]


@pytest.mark.parametrize("kind", _authored_kinds(), ids=lambda h: h.id)
def test_every_header_kind_with_an_author_yields_it(kind):
    # Three comments delimited by the kind's own example line (cue file: examples), with the
    # author swapped for three others of the same shape; a footer kind closes its comment.
    assert kind.examples, f"header kind {kind.id} has an author but no example"
    line, author = kind.examples[0]
    others = ["annlee", "bobking", "catmoss"] if " " not in author else ["Ann Lee", "Bob King", "Cat Moss"]
    texts = ["I think the council got this one right, the parks badly needed the money.",
             "Roads first. The potholes on my street have been there for three winters now.",
             "Both matter, and the budget covers both if you read the second page of it."]
    blocks = []
    for name, text in zip(others, texts):
        header = line.replace(author, name)
        blocks.append(f"{text}\n{header}\n\n" if kind.position == "footer" else f"{header}\n{text}\n\n")
    seg = segment(page(ARTICLE, "\n\n3 Comments\n\n", *blocks))
    rows = comment_rows(seg)
    assert [r["author"] for r in rows] == others
    assert [r["text"] for r in rows] == texts


def test_a_header_example_that_gives_another_author_is_refused(tmp_path):
    from comments.cues import CueError, load_cues

    path = tmp_path / "cues.toml"
    path.write_text('''format = "comments-cues"
[[header]]
id = "speech"
source = "test"
has_author = true
author = "^(\\\\S+)"
examples = [["Jane Doe says:", "Jane Doe"]]
patterns = [".{1,60}?\\\\s+says:"]
''', encoding="utf-8")
    with pytest.raises(CueError, match="gives the author 'Jane', not 'Jane Doe'"):
        load_cues((str(path),))


def test_lynx_button_lines_are_a_comments_actions_not_its_text():
    # lynx prints each <button> as "(BUTTON) label": a line of them under a comment is its
    # action line (part of the comment, not its text, not a headline of a teaser list).
    text = page(ARTICLE, """

        Reader comments (2)

           Beth O'Connor
           19 hrs ago

           My kids would be on a bus for 40 minutes each way. That's not a small
           thing for a 6 year old.
           (BUTTON) Reply (BUTTON) Report (BUTTON) ▲ 3 (BUTTON) ▼ 0
           Tony Alvarez
           5 hrs ago

           Beth, the report says 25 minutes. Not saying that's nothing but let's
           use the right numbers.
           (BUTTON) Reply (BUTTON) Report (BUTTON) ▲ 0 (BUTTON) ▼ 4
        """)
    seg = segment(text)
    rows = comment_rows(seg)
    assert [r["author"] for r in rows] == ["Beth O'Connor", "Tony Alvarez"]
    assert all("BUTTON" not in r["text"] for r in rows)
    assert rows[0]["text"].startswith("My kids") and rows[1]["text"].endswith("right numbers.")
    lab = labels(seg)
    assert lab[17] == lab[23] == "comment"  # the button lines


def test_thread_check_reads_clock_times_in_comment_headers():
    # Comment widgets stamp the time ("at 3:37 pm"); dated teaser lists give the date alone.
    from comments.cues import load_cues
    from comments.labeller import load_labeller, score
    from comments.lines import D, features, split_lines, unwrap
    from comments.segmenter import find_comments
    from comments.thread_check import thread_features

    stamped = page(ARTICLE, """

        Rachel
        August 6, 2012 at 3:37 pm

        I spent a few days in Melaka in 2008 and have to say that I felt very safe there.

        Anton
        August 6, 2012 at 4:31 pm

        We had a great time in Melaka as well. The bus from the airport was easy.
        """)
    dated = stamped.replace(" at 3:37 pm", "").replace(" at 4:31 pm", "")
    docs = pl.DataFrame({"doc_id": ["stamped", "dated"], "text": [stamped, dated]}).with_columns(
        pl.int_range(pl.len()).cast(pl.Int64).alias(D))
    cues = load_cues()
    f = score(find_comments(features(unwrap(split_lines(docs))[0], cues), cues), load_labeller(None), None)
    t = thread_features(f).sort(D)
    assert t.height == 2  # one thread per page
    assert t["clock_share"].to_list() == [1.0, 0.0] and t["age_share"].to_list() == [0.0, 0.0]
    assert t["reply_share"].to_list() == [0.0, 0.0]


def test_thread_check_reads_each_comments_own_reply_button():
    # A comment widget gives each comment its Reply button; a list of dated teasers has
    # none.  reply_share: the share of a thread's comments with one ("3 replies", a count
    # of answers, is no button).
    from comments.cues import load_cues
    from comments.labeller import load_labeller, score
    from comments.lines import D, features, split_lines, unwrap
    from comments.segmenter import find_comments
    from comments.thread_check import thread_features

    buttons = page(ARTICLE, """

        Rachel
        August 6, 2012

        I spent a few days in Melaka in 2008 and have to say that I felt very safe there.

        Reply
        3 replies

        Anton
        August 7, 2012

        We had a great time in Melaka as well. The bus from the airport was easy.

        Reply
        """)
    counts = buttons.replace("\nReply\n", "\n")
    docs = pl.DataFrame({"doc_id": ["buttons", "counts"], "text": [buttons, counts]}).with_columns(
        pl.int_range(pl.len()).cast(pl.Int64).alias(D))
    cues = load_cues()
    f = score(find_comments(features(unwrap(split_lines(docs))[0], cues), cues), load_labeller(None), None)
    t = thread_features(f).sort(D)
    assert t["comment_kind"].to_list() == ["date_only", "date_only"]
    assert t["reply_share"].to_list() == [1.0, 0.0]


def test_opening_hours_and_dated_table_rows_are_no_comment_headers():
    # A span of time ("8:00 am – 7:00 pm") is opening hours or an event's times, and a date
    # beside a percentage is a row of a data table: neither stamps a comment
    # (cues.toml: the time_range and dated_value look-alikes).
    text = page(ARTICLE, """

        Office Hours

        Monday 8:00 am – 7:00 pm
        Tuesday 9:00 am – 6:00 pm
        Wednesday 8:00 am – 7:00 pm
        Thursday 8:00 am – 7:00 pm
        Friday By Appointment Only

        Upcoming webinars

        Thu., January 08, 2026, 2:00 p.m. - 3:00 p.m. ET
        Supporting Older Struggling Readers: Tips From Research

        Thu., January 15, 2026, 2:00 p.m. - 3:00 p.m. ET
        How Schools Can Keep Teachers: What the Data Show

        Median home sale price, change from a year before

        1/1/2013  +13.1%
        2/1/2013  +13.1%
        3/1/2013  +12.6%
        4/1/2013  +11.9%
        """)
    seg = segment(text)
    assert comment_rows(seg) == []
    assert "comment" not in labels(seg).values()


def test_page_last_modified_line_is_no_lone_comment():
    # "Page last modified <date>" (and "Last published", "Page last updated") is page meta
    # (the article_meta cue), not the header of a lone comment at the foot of the page.
    text = page(ARTICLE, """

        Officials will present the final plan to residents at a public meeting in the library next month.

        Page last modified Jan. 17, 2025 @ 01:39 PM EST

        View older versions of this page at our public archive.
        """)
    seg = segment(text)
    assert comment_rows(seg) == []


def profile_posts(posts: list[tuple[str, int, str]], after: str = "") -> str:
    """Forum posts as XenForo prints them through w3m: the poster's name, the profile fields,
    the post's text, then ``after`` (written at the posts' indentation)."""
    return "".join(f"""
        {name}

        Joined
            Feb 8, 2023
        Posts
            {n}

        {body}
        {after}""" for name, n, body in posts)


def test_forum_thread_ends_at_the_sign_in_prompt_and_similar_threads():
    # The last post stops at the forum's closing UI ("You must log in or register to reply
    # here.", "Similar threads"), which is boilerplate, not part of the post.  (The first
    # post is the thread's article; the replies are its comments.)
    posts = profile_posts([
        ("FutureBSD", 5, "I do have a pair of open headphones but I never heard of one with a wide soundstage."),
        ("ElvisX3K", 812, "Have you considered the newer models? They are lighter and the cable is detachable."),
        ("PinkyPowers", 64, "I have owned both and the second one is far more comfortable for long sessions."),
    ])
    text = page("""
        Headphones with a wide soundstage?

        Help and Getting Started
        """, posts, """
        You must log in or register to reply here.

        Similar threads

        Best closed-back headphones under 200?
        Started by audiofan · Replies: 12
        """)
    seg = segment(text)
    rows = comment_rows(seg)
    assert [r["author"] for r in rows] == ["ElvisX3K", "PinkyPowers"]
    assert rows[-1]["text"] == "I have owned both and the second one is far more comfortable for long sessions."
    lab = labels(seg)
    last = max(r["end_line"] for r in rows)
    sign_in = text.split("\n").index("You must log in or register to reply here.") + 1
    assert last < sign_in and lab[sign_in] == "boilerplate"


def test_forum_thread_ends_at_its_page_navigation():
    # XenForo through w3m: the thread's page navigation under the last post — the page
    # numbers, which read as counters, "Next", "1 of 3", "Go to page", "Next Last" — is
    # not part of that post; a reply saying just "First!" is a reply, not navigation.
    posts = profile_posts([
        ("FutureBSD", 5, "I do have a pair of open headphones but I never heard of one with a wide soundstage."),
        ("ElvisX3K", 812, "First!"),
        ("PinkyPowers", 64, "I have owned both and the second one is far more comfortable for long sessions."),
    ], after="\n          • Like\n\n")
    text = page("""
        Headphones with a wide soundstage?

        Help and Getting Started
        """, posts, """
          • 1
          • 2
          • 3

        Next
        1 of 3

        Go to page

        Next Last
        You must log in or register to reply here.
        """)
    seg = segment(text)
    rows = comment_rows(seg)
    assert [r["author"] for r in rows] == ["ElvisX3K", "PinkyPowers"]
    assert rows[0]["text"] == "First!"
    lines = text.split("\n")
    like = max(i for i, line in enumerate(lines, 1) if line.strip() == "• Like")
    assert rows[-1]["end_line"] == like
    lab = labels(seg)
    for item in ("• 1", "Next", "1 of 3", "Go to page", "Next Last"):
        assert lab[lines.index("  " + item if item.startswith("•") else item) + 1] == "boilerplate", item
    # (segment --explain names the cue)
    from comments.explain import explain
    cues = dict(explain(text).select("text", "cues").iter_rows())
    assert cues["Go to page"] == cues["1 of 3"] == "pagination"


def test_no_comment_under_a_similar_threads_heading_below_the_thread():
    # XenForo through w3m: under the thread, "Similar threads" lists other threads, each with
    # its starter and date ("• Diddy" / "• Jun 16, 2025" / "• Headphone Discussion"), which
    # read like more posts; below a thread of two or more comments, no comment opens under
    # such a heading (the cue file's ends_thread entries).
    def post(name: str, date: str, k: int, body: str) -> str:
        return f"""
            {name[0]}

            {name}

            Well-known Member

                Oct 26, 2023

                1,510

              • {date}

              • #{k}

            {body}

              • Like

            Reactions: someone

            """
    def teaser(name: str, date: str, title: str, n: int) -> str:
        return f"""
            {name}

              •
                  □ Like
                  □ Insightful

            {title}

              • {name}
              • {date}
              • Headphone Discussion

            4 5 6

            Replies
                {n}
            """
    text = page("""
        Headphones with a wide soundstage?

        Help and Getting Started
        """, *(post(*a) for a in [
        ("FutureBSD", "Dec 31, 2023", 1, "I do have a pair of open headphones but I never heard of one with a wide soundstage."),
        ("ElvisX3K", "Jan 2, 2024", 2, "Have you considered the newer models? They are lighter and the cable is detachable."),
        ("PinkyPowers", "Jan 3, 2024", 3, "I have owned both and the second one is far more comfortable for long sessions."),
    ]), """
        You must log in or register to reply here.

        Similar threads
        """, *(teaser(*a) for a in [
        ("Diddy", "Jun 16, 2025", "Is the headphone game leaving the middle class behind?", 118),
        ("Karen", "May 2, 2025", "Which closed-back headphones do you wear on long flights?", 40),
        ("Mo", "Apr 9, 2025", "The best cheap headphones for a first purchase", 12),
    ]))
    rows = comment_rows(segment(text))
    heading = text.split("\n").index("Similar threads") + 1
    assert len(rows) >= 2  # (the thread above is found)
    assert max(r["end_line"] for r in rows) < heading  # (without the rule, two teasers were comments)


def test_one_comment_above_a_related_heading_does_not_end_the_thread():
    # One "comment" above a related-articles heading (here the author's box, written like a
    # comment) is no thread yet: the comments under the heading stay comments.
    text = page(ARTICLE, """
        Jane Reporter says:
        March 3, 2017 at 8:00 am
        Jane covers city hall and the parks department for the paper, and writes the weekly column.

        Related Articles

        2 thoughts on "Council Approves New Budget for City Parks"

        Mark Stevens says:
        March 3, 2017 at 9:14 am
        Finally some money for the parks. The playground on Elm Street has been broken for years.

        Reply

        Lucy Grant says:
        March 4, 2017 at 11:02 am
        Roads need the money more than parks do, in my opinion. Potholes everywhere this spring.

        Reply
        """)
    rows = comment_rows(segment(text))
    assert [r["author"] for r in rows] == ["Jane Reporter", "Mark Stevens", "Lucy Grant"]


def test_list_of_teasers_under_related_posts_is_not_a_thread():
    # A list right under a related-stories heading ("Related Posts", "Popular Posts") is
    # other stories (thread_check.RELATED_LINES), even when its items are long and dated;
    # the page is then read again, and the real comments below are found.
    teasers = "".join(f"""
          • {title}

            {title}

            {blurb}

            Read more
        """ for title, blurb in [
        ("Automatically index articles in the directory: an interview with the editor",
         "Now if you use our publishing tools, and your journal is listed in the directory, you can have your articles deposited - get the details!"),
        ("A better peer review experience: how one press improved its operations",
         "The publishing editor discusses how the press improved its peer review experience for editors, authors, and reviewers this year."),
        ("How to get journals indexed: an updated guide for editors",
         "What are the latest indexing criteria? And how can you apply to add one or more journals? We break down everything you need to know."),
    ])
    text = page(ARTICLE, """

        Related Posts
        """, teasers, """
        3 Responses

        Mary Smith says:
        March 4, 2017 at 9:12 am

        Finally some money for the parks. The playground near us has been broken for two years.

        Tom Jones says:
        March 4, 2017 at 11:40 am

        Roads matter more than parks, and the council should have listened to the two members.

        Ann Lee says:
        March 5, 2017 at 8:03 am

        Both need the money. I hope the spring repairs really do finish in six months this time.
        """)
    seg = segment(text)
    assert [r["author"] for r in comment_rows(seg)] == ["Mary Smith", "Tom Jones", "Ann Lee"]


def test_breadcrumb_item_repeating_the_headline_is_not_the_title():
    # w3m numbers a breadcrumb like a list; its last crumb repeats the headline.  The title
    # is the headline's own line, not the crumb above it.
    text = page("""
         1. Home
         2. City Hall
         3. Council Approves New Budget for City Parks

        """, ARTICLE)
    seg = segment(text)
    lab = labels(seg)
    assert lab[5] == "title"
    assert lab[3] != "title"


def test_substack_comments_with_compact_ages():
    # Substack (w3m): the avatar's alt text, the name, a compact age ("6d", "6dEdited"),
    # then the text and the comment's buttons.  The age is the header (compact_age); the
    # name above it is the author, the alt text is no text; "147 more comments..." ends it.
    text = page(ARTICLE, """

        Discussion about this post

        CommentsRestacks
        User's avatar
        [                    ]

        A Thornton's avatar
        A Thornton
        6d
        Liked by Jane Reporter

        tl;dr: the council chose parks over roads and that is the right call.

        Expand full comment
        Reply
        Share
        3 replies

        Saty Chary's avatar
        Saty Chary
        6dEdited
        Liked by Jane Reporter

        The vote was never in doubt. The roads will still be broken next winter, mark my words.

        Expand full comment
        Reply
        Share
        2 replies
        147 more comments...
        TopLatestDiscussions
        """)
    seg = segment(text)
    rows = comment_rows(seg)
    assert [r["author"] for r in rows] == ["A Thornton", "Saty Chary"]
    lines = text.split("\n")
    assert [r["start_line"] for r in rows] == [lines.index("A Thornton's avatar") + 1, lines.index("Saty Chary's avatar") + 1]
    assert rows[1]["end_line"] == lines.index("2 replies") + 1
    assert "avatar" not in rows[0]["text"] and "tl;dr" in rows[0]["text"]


def test_substack_absolute_dates_with_edited_mark_and_reply_counts():
    # Older Substack comments show a date ("Aug 9, 2025Edited", the mark glued on) instead
    # of an age; "1 reply by Karen Spinner" under a comment counts its answers: it is the
    # comment's own line, not the next comment's lead-in nor a Reply button.
    text = page(ARTICLE, """

        Discussion about this post

        Orel's avatar
        Orel
        Aug 9, 2025Edited
        Liked by Jane Reporter

        Great job on the parks. I am ready to help with the spring clean-up myself.

        Reply
        Share
        1 reply by Jane Reporter

        Mark Williams's avatar
        Mark Williams
        Aug 13, 2025
        Liked by Jane Reporter

        Out of interest, what will the repairs cost per park? The article does not say.

        Reply
        Share

        Tom Lee's avatar
        Tom Lee
        Aug 14, 2025

        Roads first, parks later. Two council members had it right and I hope they say so again.

        Reply
        Share
        """)
    seg = segment(text)
    rows = comment_rows(seg)
    lines = text.split("\n")
    assert [r["author"] for r in rows] == ["Orel", "Mark Williams", "Tom Lee"]
    assert rows[0]["end_line"] == lines.index("1 reply by Jane Reporter") + 1
    assert rows[1]["start_line"] == lines.index("Mark Williams's avatar") + 1
    assert rows[0]["posted_at"].startswith("2025-08-09")


def test_article_meta_dates_are_no_comment_headers():
    # A blog's own dates: Medium's byline ("7 min read · Dec 30, 2013") and its footer
    # ("·Last published Apr 8, 2024"), dates under bare meta labels ("Posted on" / "Nov 21,
    # 2018", "Updated at" / …): none of them opens a comment.
    text = page("""
        Startup lessons learned from my failed startup

        Here are the lessons learned from Teamometer, a startup that lived two years and had about 300 users.

        Jane Writer
        7 min read
        ·
        Dec 30, 2013

        """, ARTICLE, """

        Posted on

        Nov 21, 2018

        Updated at

        Dec 10, 2025

        Reading time

        Written by Jane Writer
        ·Last published Apr 8, 2024
        About products, startups, growth and marketing.
        """)
    seg = segment(text)
    assert comment_rows(seg) == []


def test_links_with_a_note_in_brackets_are_no_commenter_links():
    # "https://ipleak.net/ (no leaks detected)": a link and a note, not a commenter's
    # profile link and name (profile_link).
    links = "".join(f"  • https://{site}/ (no leaks detected)\n" for site in
                    ("ipleak.net", "dnsleak.com", "browserleaks.com/webrtc", "ipx.ac/run", "example.org/check"))
    text = page(ARTICLE, "\nWe checked the connection with several independent tools:\n\n", links, """
        The results were clean in every case, and the speed stayed the same with and without the tunnel.
        """)
    seg = segment(text)
    assert all(r["author"] != "no leaks detected" for r in comment_rows(seg))
    assert comment_rows(seg) == []


def test_how_to_list_addressing_the_reader_is_not_a_thread():
    # Long list items that say "you" and "your" are a how-to article's steps, not readers'
    # comments: a headerless list is kept as comments on its prose only when its items
    # speak in the first person ("I", "my", "we": thread_check.FIRST_PERSON).
    steps = "".join(f"""
          * {step}
        """ for step in [
        "Evaluate your home's solar potential. Your roof may not be suitable for panels if it is shaded for much of the day, so check how much sun it gets in summer and in winter before you go any further with your plans. Your neighbours who have done it can tell you what they would do differently next time.",
        "Assess your energy needs. Begin by looking at your electricity bills for the past year to see how much power you use in each season, and note the months when your use is highest so you can size the system. Your neighbours who have done it can tell you what they would do differently next time.",
        "Get quotes from several installers. Ask each of them how long the work will take, what the warranty covers and whether they will handle the permits for you, and compare the prices you are given carefully. Your neighbours who have done it can tell you what they would do differently next time.",
        "Check your financing options. You can buy the system outright, take out a loan or lease it, and each choice changes how soon the panels pay for themselves, so work out your numbers before you sign. Your neighbours who have done it can tell you what they would do differently next time.",
    ])
    text = page(ARTICLE, "\n\n", steps, """
        Share this article
        """)
    seg = segment(text)
    assert comment_rows(seg) == []


def test_sentence_ending_before_said_and_dates_in_link_targets_open_no_comment():
    # "… the more I use these. That said," is a wrapped paragraph, not "Jane said,"
    # (prose_speech: a name holds no sentence end); the date in a link's target
    # ("[Next Post](https://…/2025/12/14/…)", html2text) is the URL's, not a header's.
    text = page(ARTICLE, """

        Things I sometimes bring backpacking:

          * Trekking Poles. The older I get, the more I use these. That said,
            if I am flying to get to a backpacking destination, I pretty much never bring them along.
          * Sleeping Bag Liner. Personally, I almost never feel like they actually add warmth.

        «[Previous Post](https://example.blog/2025/12/12/critique-of-the-budget/)
        [Next Post](https://example.blog/2025/12/14/the-roads-question/)»
        """)
    seg = segment(text)
    assert comment_rows(seg) == []


def test_entries_under_a_trackbacks_heading_are_no_comments():
    # WordPress lists trackbacks under the comments ("### Trackbacks", html2text); their date
    # lines are not comments (and so do not make the real comments one level deeper).
    comments = "".join(f"""
          {n}. {name} says

        [July {n}, 2018 at 2:41 pm](https://example.blog/wood-projects/#comment-{n})

        {body}

        Reply
        """ for n, name, body in [
        (1, "Sheri", "Thanks for sharing at the Wednesday link party! Pinned and featured tomorrow."),
        (2, "Jenny", "Great wood projects to make. I will be featuring this tonight, see you there."),
        (3, "Agnes", "These are really great. I love that bench and will try making it this summer."),
    ])
    text = page(ARTICLE, "\n### Comments\n", comments, """
        ### Trackbacks

          1. **[Link Party #98 - Hazel and Gold](https://hazel.example/party-98/)** says:

        [August 1, 2018 at 2:00 am](https://example.blog/wood-projects/#comment-159394)

        […] 10 Easy DIY Wood Projects by Create and Babble […]

        Reply

          2. **[15 DIY Wood Projects - Merry Monday](https://cookies.example/merry-monday/)** says:

        [August 10, 2018 at 6:09 pm](https://example.blog/wood-projects/#comment-159583)

        […] 10 Easy DIY Wood Projects to Make via Create and Babble […]

        Reply

        ### Leave a Reply
        """)
    seg = segment(text)
    rows = comment_rows(seg)
    assert [r["author"] for r in rows] == ["Sheri", "Jenny", "Agnes"]
    assert [r["depth"] for r in rows] == [0, 0, 0]
    lab = labels(seg)
    trackbacks = text.split("\n").index("### Trackbacks") + 1
    assert all(v != "comment" for k, v in lab.items() if k > trackbacks)


def test_w3m_nested_bullets_give_depth():
    # w3m marks nested lists "1.", "□", "☆", "○"; every level is a depth.
    text = page(ARTICLE, """

         1. [4b2079a]Sharon says

            July 14, 2015 at 3:53 pm

            Goodness, is that your cabbage in the picture? Mine are rather lacey this year.

            reply to comment
              □ [5454eba]Jill Winger says

                July 17, 2015 at 8:28 am

                Yes, my cabbages are doing beautifully this year! Mine were lacey last year.

                reply to comment
                  ☆ [a2da402]Amy says

                    November 24, 2016 at 4:32 pm

                    Mine too, cabbage and cauliflower are ENORMOUS this year, I am amazed.

                    reply to comment
                      ○ [a3b5bd6]Tammy says

                        May 14, 2022 at 10:54 am

                        Does the flour trick work for all bugs, or only for the beetles?

                        reply to comment
         2. [81f8253]Tim says

            June 2, 2016 at 9:15 pm

            Best to spray in the evening before or after watering, the heat is hard on plants.

            reply to comment
        """)
    seg = segment(text)
    rows = comment_rows(seg)
    assert [r["author"] for r in rows] == ["Sharon", "Jill Winger", "Amy", "Tammy", "Tim"]
    assert [r["depth"] for r in rows] == [0, 1, 2, 3, 0]
    assert [r["parent_id"] for r in rows] == [None, 1, 2, 3, None]


def test_a_comment_opened_another_way_adds_no_depth_level():
    # Levels come from the comments of the page's most common header kind; a comment opened
    # another way (a stray date line, a Reply line) at another column takes the level at
    # its left instead of adding one, which would push every comment below it one deeper.
    from comments.threads import _depth_levels

    starts = pl.DataFrame({
        "doc_idx": [0] * 6,
        "indent": [1, 6, 4, 10, 14, 20],
        "_kind": ["speech", "speech", "reply_action", "speech", "speech", "dated"],
    })
    assert _depth_levels(starts)["depth"].to_list() == [0, 1, 0, 2, 3, 3]
    # without header kinds, every start indent is a level ("9." and "10." one column apart are one)
    flat = pl.DataFrame({"doc_idx": [0, 0, 0, 1], "indent": [1, 0, 5, 3], "_kind": [None] * 4},
                        schema_overrides={"_kind": pl.String})
    assert _depth_levels(flat)["depth"].to_list() == [0, 0, 1, 0]


def test_list_of_short_headerless_items_is_not_a_thread():
    # Category tags in a list ("Retail", "Social Media Marketing") with the author box
    # indented under the last (inscriptis): each item opens with a line of at most three
    # words and none has a comment header (thread_check.TAG_WORDS), so the list is no
    # thread, however much first-person text follows it.
    text = page(ARTICLE, """


          * Retail
          * Social Media Marketing

            Rebecca MacFarlane

            Rebecca is a seasoned copywriter and content specialist. I have written for retail brands for ten years and I love helping small shops tell their story to the people who buy from them, and my clients say I make their products sound as good as they are. Before that I ran a small shop of my own for six years, so I know what it takes to get a customer through the door, and I still write every piece as if my own rent depended on it.

        Share this article
        """)
    seg = segment(text)
    assert comment_rows(seg) == []


def test_a_wrapped_title_heading_keeps_its_tail():
    # html2text wraps a long headline at 78 columns and ends every heading with a blank
    # line: the line right under "# ..." is the headline's tail, not the article's text
    text = (
        "[Home](/) [News](/news) [Schools](/schools)\n\n"
        "# Council Approves a New Budget for the City's Schools After a Long Night of\n"
        "Debate and Protest\n\n"
        "By Jane Doe, March 3, 2025\n\n"
        "The city council approved a new budget for the city's schools on Tuesday after a debate that\n"
        "lasted until two in the morning, with parents and teachers filling the public gallery.\n\n"
        "The budget adds money for teaching assistants and school buildings, and it cuts the\n"
        "administration's costs by a tenth over the next three years, the mayor's office said.\n\n"
        "Several council members said they had voted for it with reservations, and asked that the\n"
        "spending be reviewed in a year's time.\n"
    )
    seg = segment(text)
    labels = seg.lines["label"].to_list()
    assert labels[2:4] == ["title", "title"]
    assert "body" not in labels[:4]
    assert seg.documents["title"][0] == (
        "Council Approves a New Budget for the City's Schools After a Long Night of Debate and Protest"
    )


def test_a_linked_title_heading_broken_over_lines_gives_its_plain_words():
    # html2text breaks a long link target inside it; the title keeps the words, not the URL
    text = (
        "[Home](/) [News](/news) [Schools](/schools)\n\n"
        "# [Council Approves a New Budget for the City's Schools After a Long Night of\n"
        "Debate](/news/2025/03/council-approves-a-new-budget-for-the-citys-schools-after-\n"
        "a-long-night-of-debate)\n\n"
        "By Jane Doe, March 3, 2025\n\n"
        "The city council approved a new budget for the city's schools on Tuesday after a debate that\n"
        "lasted until two in the morning, with parents and teachers filling the public gallery.\n\n"
        "The budget adds money for teaching assistants and school buildings, and it cuts the\n"
        "administration's costs by a tenth over the next three years, the mayor's office said.\n"
    )
    seg = segment(text)
    assert seg.lines["label"].to_list()[2:5] == ["title", "title", "title"]
    assert seg.documents["title"][0] == (
        "Council Approves a New Budget for the City's Schools After a Long Night of Debate"
    )


def test_authors_lose_the_link_pieces_ids_and_scores_a_converter_left_in_them():
    # Slashdot's "by name ( 12345 ) writes:", a name whose link target html2text broke
    # over lines, a WooCommerce badge in html2text's emphasis, a forum post count
    text = page(ARTICLE, """

        3 Comments

        by david.emery ( 127135 ) writes: on Friday January 12, 2024 @11:51AM

        Rust would be the better choice for new drivers, and it is already in the tree.

        by [BytePusher](//slashdot.org/~BytePusher) ( 209961 ) writes: on Friday January 12, 2024 @12:02PM

        I doubt the kernel people will ever agree to C++ after the last time it was tried.

        by [Jane Q.](https://example.com/users/jane-q?ref=comment) writes: on Friday January 12, 2024 @12:30PM

        Both of you miss the point: the question is who maintains the bindings afterwards.
        """)
    assert [r["author"] for r in comment_rows(segment(text))] == ["david.emery", "BytePusher", "Jane Q."]


def test_plain_name_keeps_names_and_drops_what_is_not_one():
    from comments.cues import load_cues
    from comments.threads import _plain_name

    cases = {
        "Xavier _(verified owner)_": "Xavier (verified owner)",
        "meyay (Metin Y.)": "meyay (Metin Y.)",
        "slashdot.org/~couchslug) writes": None,
        "https://www.example.com/restaurants-in-oklahoma- city/?replytocom=854": None,
        "./memberlist.php?mode=viewprofile&u=1654883": None,
        "*  12.9k": None,
        "2 points3 points4 points": None,
        "R": "R",
        "Hank_Dogs": "Hank_Dogs",
        "**Jane Doe**": "Jane Doe",
        "J. R. Smith": "J. R. Smith",
    }
    got = pl.DataFrame({"a": list(cases)}).select(
        _plain_name(pl.col("a"), load_cues().whole_words("SPEECH")))["a"].to_list()
    assert dict(zip(cases, got)) == cases


def test_comment_text_is_plain_text_without_the_tail_of_a_broken_header_link():
    # html2text broke the date link of each header inside its text ("… at 12:03" /
    # "pm](https://…#comment-1)"), and put a share icon's link in the comment
    text = page(ARTICLE, """

        2 Comments

        Jane Smith says:

        [July 7, 2015 at 12:03
        pm](https://example.com/2015/07/organic-pest-control-garden-spray/#comment-1)

        Do you know if this will work with [squash bugs](https://example.com/squash-bugs/)? I have
        tried everything else and nothing natural seems to work.

        [](https://twitter.com/intent/tweet?text=Do%20you%20know "Share On X")

        Reply

        Tom Brown says:

        [July 8, 2015 at 9:15
        am](https://example.com/2015/07/organic-pest-control-garden-spray/#comment-2)

        Neem oil worked for me last summer, sprayed every few days in the evening.

        Reply
        """)
    rows = comment_rows(segment(text))
    assert [r["author"] for r in rows] == ["Jane Smith", "Tom Brown"]
    assert [r["text"] for r in rows] == [
        "Do you know if this will work with squash bugs? I have\n"
        "tried everything else and nothing natural seems to work.",
        "Neem oil worked for me last summer, sprayed every few days in the evening.",
    ]


def test_a_forum_posts_meta_lines_are_not_its_text():
    # XenForo prints the post's number, a custom rank and the thread starter's badge
    # inside each post: not the poster's words
    post = """
        {name}

        {rank}

        Joined: Aug 24, 2006
        Messages: 2,287

        Sep 21, 2024

        #{n}

        {badge}
        {text}

        Reply
        """
    replies = [("ann_k", "Prominent Member", 2, "Thread starter", "I upgraded from the old model last week and the screen is far better."),
               ("bobby", "Novice Member", 3, "", "Great tablet. I bought the keyboard elsewhere and it works well enough."),
               ("carol", "Editorial Contributor", 4, "", "Mine arrived yesterday and the screen is superb, no complaints at all.")]
    text = page(ARTICLE, *[post.format(name=a, rank=r, n=n, badge=b, text=t) for a, r, n, b, t in replies])
    rows = comment_rows(segment(text))
    assert [r["author"] for r in rows] == ["ann_k", "bobby", "carol"]
    assert [r["text"] for r in rows] == [t for *_, t in replies]


# A XenForo post's head, as a converter prints it: name, rank, join date and message count, post date.
XENFORO_POST_HEAD = """
        {name}

        Senior Member

        Joined: Aug 24, 2006
        Messages: 2,287

        Sep 21, 2024
"""


def test_a_forum_posts_edit_note_heads_no_post_of_its_own():
    # XenForo's "Last edited: …", Invision's "Edited … by …" and vBulletin's "Last edited by …;
    # …" hold a date, but they close the post they stand in: read as a post header, the note
    # opened a "post" that swallowed the next one (WCXB forum pages)
    post = XENFORO_POST_HEAD + """
        {text}

        {note}
          * Like

        """
    replies = [("ann_k", "I upgraded from the old model last week and the screen is far better.",
                "Last edited: Sep 22, 2024"),
               ("bobby", "Great tablet. I bought the keyboard elsewhere and it works well enough.",
                "Edited September 23, 2024 by bobby"),
               ("carol", "Mine arrived yesterday and the screen is superb, no complaints at all.",
                "Last edited by carol; 09-24-2024 at 05:12 PM."),
               ("dave_m", "Same here, the battery lasts two days with the brightness turned down.", "")]
    text = page(ARTICLE, *[post.format(name=a, text=t, note=n) for a, t, n in replies])
    rows = comment_rows(segment(text))
    assert [r["author"] for r in rows] == ["ann_k", "bobby", "carol", "dave_m"]
    # (the note is the forum's, not the poster's words)
    assert [r["text"] for r in rows] == [t for _, t, _ in replies]


def test_a_byline_cue_needs_a_capitalised_name():
    # the cue file matches case-blind, but a byline names someone: Invision's "Author stats"
    # button under each poster's name is no byline (as one, it ended the post above it)
    import polars as pl
    from comments.cues import load_cues

    prefix = load_cues().regex["prefix"]
    lines = pl.Series(["By John Smith", "BY JOHN SMITH", "Author: Jane Doe", "Posted by Mary Ann",
                       "Author stats", "by the way", "written by hand"])
    assert lines.str.contains(prefix).to_list() == [True, True, True, True, False, False, False]


def test_a_forum_posts_head_down_to_its_date_is_not_its_text():
    # the poster's name, flair and location above the post date, however many lines
    post = """
        {name}

        Senior Member

        Joined: Aug 24, 2006
        Messages: 2,287

        {flair}
        Location
        {place}

        Sep 21, 2024

        {text}

        Reply
        """
    replies = [("ann_k", "Qantas Gold", "Sydney", "I upgraded from the old model last week and the screen is far better."),
               ("bobby", "macrumors 6502a", "Leeds", "Great tablet. I bought the keyboard elsewhere and it works well enough."),
               ("carol", "Oneworld Sapphire", "Boston", "Mine arrived yesterday and the screen is superb, no complaints at all.")]
    text = page(ARTICLE, *[post.format(name=a, flair=f, place=p, text=t) for a, f, p, t in replies])
    rows = comment_rows(segment(text))
    assert [r["author"] for r in rows] == ["ann_k", "bobby", "carol"]
    assert [r["text"] for r in rows] == [t for *_, t in replies]


def test_a_comment_widgets_buttons_are_not_its_text():
    # a quote expander, a share link with a title (html2text), lynx's "(BUTTON)", an
    # avatar's initial, XenForo's reactions bar, GitHub's load error and Invision's share
    # link inside comments: none of them is the commenter's words
    text = page(ARTICLE, """

        2 Comments

        Jane Smith says:

        July 7, 2015 at 12:03 pm

        J

        Do you know if this spray will work on squash bugs? Nothing else has so far.

        Reactions: Ann Lee, Bob and 2 others

        Click to expand...

        [Share](/a/979 "Short permalink to this answer")

        (BUTTON) More sharing options...

        Tom Brown says:

        July 8, 2015 at 9:15 am

        Neem oil worked for me last summer, sprayed every few days in the evening.

        Sorry, something went wrong.

        Uh oh!

        There was an error while loading. Please reload this page.

        [Reply](/a/980 "Reply to this comment")

        Share on other sites
        """)
    rows = comment_rows(segment(text))
    assert [r["author"] for r in rows] == ["Jane Smith", "Tom Brown"]
    assert [r["text"] for r in rows] == [
        "Do you know if this spray will work on squash bugs? Nothing else has so far.",
        "Neem oil worked for me last summer, sprayed every few days in the evening.",
    ]


def test_a_short_comment_over_its_date_keeps_its_text():
    # the date under the text is the comment's footer, not the end of a forum post's head
    text = page(ARTICLE, """

        3 Comments

        Jane Smith says:
        Great post
        July 7, 2015 at 12:03 pm

        Tom Brown says:
        Nice one
        July 8, 2015 at 9:15 am

        Ann Lee says:
        Loved the photos
        July 9, 2015 at 10:15 am
        """)
    rows = comment_rows(segment(text))
    assert [(r["author"], r["text"]) for r in rows] == [
        ("Jane Smith", "Great post"), ("Tom Brown", "Nice one"), ("Ann Lee", "Loved the photos")]


def test_an_earlier_post_quoted_in_a_reply_is_not_the_replys_text():
    # XenForo prints a quoted post between "Jane said:" and "Click to expand..."
    post = XENFORO_POST_HEAD + """
        {text}

        Reply
        """
    quote = ("ann_k said:\n"
             "        I upgraded from the old model last week and the screen is far better.\n"
             "        Click to expand...\n\n        ")
    replies = [("ann_k", "I upgraded from the old model last week and the screen is far better."),
               ("bobby", quote + "Which model did you have before? Mine is the one from 2019."),
               ("carol", "Mine arrived yesterday and the screen is superb, no complaints at all.")]
    text = page(ARTICLE, *[post.format(name=a, text=t) for a, t in replies])
    rows = comment_rows(segment(text))
    assert [r["author"] for r in rows] == ["ann_k", "bobby", "carol"]
    assert [r["text"] for r in rows] == [
        "I upgraded from the old model last week and the screen is far better.",
        "Which model did you have before? Mine is the one from 2019.",
        "Mine arrived yesterday and the screen is superb, no complaints at all.",
    ]


READER_ITEMS = [
    "I have lived next to that park for twenty years and I never once saw the council clean the pond, so I will believe in the new budget when I see the work done and not before, whatever my neighbours say about it. I have heard these promises before.",
    "My kids play football there every weekend and we have asked for new goals three times already. I wrote to the council myself last spring and I am still waiting for an answer to my letter. We will see.",
    "We moved here for the schools and the parks, and I think this budget is the first good news in years. I hope they spend it on the playgrounds first, because my daughter cannot use the swings at all. I am glad.",
    "I agree with the others: I walk my dog there every morning and the paths are a mess after any rain. My husband fell there last winter and we still have the photos of the broken steps we sent them. I am not holding my breath.",
]
OTHER_ITEMS = [
    "The plan covers eleven parks across the city, from the riverside gardens to the small squares of the old town, and it lists for each the works that are due in the next three years and their cost.",
    "Works start in April with the paths and the lighting, which the council's survey found to be the most urgent needs, and they are to be finished before the summer holidays begin in July.",
]


def _numbered(items):
    return "".join(f"""
          {i}. {item}
        """ for i, item in enumerate(items, 1))


@pytest.mark.parametrize("items, n_comments", [
    (READER_ITEMS, 4),  # long items in the first person: readers' comments without headers
    (READER_ITEMS[:2], 2),
    # "I"/"we" in half the items: the article's own list (thread_check.READER_PERSONAL)
    (READER_ITEMS[:2] + OTHER_ITEMS, 0),
    (READER_ITEMS[:1] + OTHER_ITEMS[:1], 0),
])
def test_headerless_list_of_reader_prose_is_a_thread_only_with_enough_first_person_items(items, n_comments):
    text = page(ARTICLE, "\n\n", _numbered(items), """
        Share this article
        """)
    assert len(comment_rows(segment(text))) == n_comments


def test_a_label_before_the_date_is_no_author():
    # "answered Mar 4 …" (Stack Exchange), "Last modified: …": the words before a header's date
    # are a label, not a name (cues.toml NOT_NAME) — no author, not "answered".  (XenForo's
    # "Last edited: …" closes a post: test_a_forum_posts_edit_note_heads_no_post_of_its_own)
    text = page(ARTICLE, """

        3 Comments

        Ann Lee writes:
        March 3, 2017 at 6:10 pm

        The parks needed this badly, good for the council.

        answered March 4, 2017 at 8:45 am

        I would rather see the roads fixed first, honestly.

        Last modified: March 5, 2017 at 9:00 am

        Same here, the roads are worse than the parks.

        Start date Start date March 6, 2017 at 10:00 am

        The benches are fine as they are.
        """)
    rows = comment_rows(segment(text))
    assert [(r["author"], r["posted_at"]) for r in rows] == [
        ("Ann Lee", "2017-03-03T18:10"), (None, "2017-03-04T08:45"), (None, "2017-03-05T09:00"),
        (None, "2017-03-06T10:00")]
    assert rows[2]["text"] == "Same here, the roads are worse than the parks."


def test_a_date_line_names_its_author_after_the_date():
    # "October 24, 2012 at 7:26 PM by Darren" under each comment: nothing stands before the
    # date, the name follows it after "by"
    text = page(ARTICLE, """

        Thank you so much for this article, it says what many of us in the city have felt for years.

        October 24, 2012 at 7:26 PM by Darren

        Great post, the parks department finally got the money it needed after all this time.

        October 25, 2012 at 2:11 AM by Shachar Levi

        I would rather see the roads fixed first, but the fountain does need the repairs.

        October 25, 2012 at 8:13 AM by Jon Nugent
        """)
    rows = comment_rows(segment(text))
    assert [(r["author"], r["posted_at"], r["text"][:20]) for r in rows] == [
        ("Darren", "2012-10-24T19:26", "Thank you so much fo"),
        ("Shachar Levi", "2012-10-25T02:11", "Great post, the park"),
        ("Jon Nugent", "2012-10-25T08:13", "I would rather see t"),
    ]


def test_a_forum_posts_name_above_its_date_is_its_author():
    # XenForo rendered by w3m: the avatar's alt text and the name over the post date, the
    # post number beside it — no header names the poster, so the first name line above the
    # date does; what stands there on most of a page's posts (a rank, "All-Pro") is a
    # label, not a name
    post = """
        {name}

        {name}

        All-Pro

          • {date}

          • #{n}

        {text}

        """
    replies = [("Phishfry", "Jan 2, 2024", 17, "I switched to FreeBSD on the desktop last year and have not looked back since."),
               ("getopt", "Jan 3, 2024", 18, "Same here, though the wifi drivers still give me trouble on the old laptop."),
               ("piizog", "Jan 4, 2024", 19, "Thanks for the replies, I will give it another try this weekend.")]
    text = page(ARTICLE, *[post.format(name=a, date=d, n=n, text=t) for a, d, n, t in replies])
    rows = comment_rows(segment(text))
    assert [(r["author"], r["text"]) for r in rows] == [(a, t) for a, _, _, t in replies]
    # without the name lines, the rank on every post is no author
    ranked = """
        All-Pro

          • #{n}

          • {date}

        {text}

        """
    no_names = page(ARTICLE, *[ranked.format(date=d, n=n, text=t) for _, d, n, t in replies])
    rows = comment_rows(segment(no_names))
    assert [(r["author"], r["text"]) for r in rows] == [(None, t) for *_, t in replies]


def test_a_names_online_status_and_member_menu_are_not_the_name():
    # vBulletin prints "Jane is offline Junior Guru" under the post date and a member menu
    # ("View Profile", "Visit Homepage") under the name: the name is "Jane", the menu is
    # neither a name nor text (cues.toml comment_widget_ui)
    from comments.cues import load_cues
    from comments.threads import _plain_name

    names = pl.DataFrame({"t": ["Phil McKerracher is offline Web Hosting Master", "fullarton is online now Junior Guru",
                                "invest4 Posts: 2630 Joined", "Post by Minoa »"]})
    assert names.select(_plain_name(pl.col("t")))["t"].to_list() == ["Phil McKerracher", "fullarton", "invest4", "Minoa"]
    meta = pl.DataFrame({"t": ["□ View Profile", "View Forum Posts", "Visit Homepage", "Find More Posts by Jane", "View Profile pictures of the trip"]})
    assert meta.select(pl.col("t").str.contains(load_cues().regex["post_meta"]))["t"].to_list() == [True, True, True, True, False]


def test_a_name_under_a_posts_nameless_header_is_its_author():
    # vBulletin rendered by w3m: the post's date line opens it and names no one; the name
    # stands under it, over the member menu — the author, not the post's first words
    post = """
        {n}. {date}, 04:19 PM #{n}
            {name}
              □ View Profile
              □ View Forum Posts

            {text}

        """
    replies = [("Phil McKerracher", "11-30-2024", "Any decent host will give you a dedicated IP for a small fee, ask them first."),
               ("jonburnaby", "12-01-2024", "I moved my sites last year and the new host did the migration for free."),
               ("fullarton", "12-02-2024", "Check the uptime history before you sign anything longer than a month.")]
    text = page(ARTICLE, *[post.format(n=i, date=d, name=a, text=t) for i, (a, d, t) in enumerate(replies, 1)])
    rows = comment_rows(segment(text))
    assert [(r["author"], r["text"]) for r in rows] == [(a, t) for a, _, t in replies]


def _spans(seg) -> list[tuple[int, int, str | None]]:
    return [(r["start_line"], r["end_line"], r["author"]) for r in seg.comments.filter("has_text").to_dicts()]


def test_a_forum_posts_profile_block_and_avatar_open_the_post():
    # MacRumors (XenForo) rendered by w3m: avatar letter, name, rank, join date and counts
    # over the post date.  The join date is a date line, so the finder made each profile
    # block a "comment" of its own (with no text), or left the next post's avatar at the end
    # of the post before; LABELS.md counts avatar text and author line as the comment's.
    post = (
        "{initial}\n\n{name}\n\nmacrumors {rank}\n\n    Jan 8, 2012\n\n    12,094\n\n    2,262\n\n \n\n"
        "  • {date}\n\n  •  \n  •  \n  • #{n}\n\n{text}\n\xa0\n"
    )
    replies = [("C", "cynics", "G5", "Jul 10, 2022", 4, "Keep in mind you need to turn Messages in iCloud on for every device you own."),
               ("F", "felixen", "6502a", "Jul 11, 2022", 5, "Thanks, that did it: the old messages came back once I waited for the sync."),
               ("E", "EPayne84", "newbie", "Jul 12, 2022", 6, "Same problem here, and the same fix worked for me on the older phone too."),
               ("S", "svkrzn", "regular", "Jul 13, 2022", 7, "It took a whole night to sync about forty thousand messages on my laptop.")]
    text = page(ARTICLE, "\n", *[post.format(initial=i, name=a, rank=r, date=d, n=n, text=t) for i, a, r, d, n, t in replies])
    lines = text.split("\n")
    seg = segment(text)
    starts = [i + 1 for i, line in enumerate(lines) if line in {r[0] for r in replies}]
    spans = _spans(seg)
    assert [s for s, _, _ in spans] == starts  # each post opens at its avatar …
    assert [e for _, e, _ in spans[:-1]] == [s - 2 for s in starts[1:]]  # … the one before ends above it
    assert [a for *_, a in spans] == [a for _, a, *_ in replies]
    assert [r["text"] for r in seg.comments.filter("has_text").to_dicts()] == [t for *_, t in replies]


def test_a_phpbb_avatar_and_profile_at_a_posts_end_open_the_next_post():
    # phpBB rendered by lynx: "User avatar", name, rank and fields over "Post by … »"; the
    # finder delimits posts at that header, so the block stood at the end of the post before
    post = """
           User avatar
                 {name}
                 Negotiator

                 Posts: {posts}
                 Ex-Nation

            * Reply with quote

          Post by {name} » Tue Aug 27, 2019 {time} pm
          {text}

        """
    replies = [("Minoa", 6217, "10:02", "The club has been sold twice in ten years and nothing has changed for the fans."),
               ("Abercontin", 158, "10:15", "I think it is ridiculous how much money floats around in the league these days."),
               ("Bombadil", 902, "10:31", "The league should have stepped in long before the owners ran it into the ground."),
               ("Kowani", 77, "10:48", "Fans have been saying so for years, but nobody in charge ever listens to them.")]
    text = page(ARTICLE, *[post.format(name=a, posts=p, time=tm, text=t) for a, p, tm, t in replies])
    lines = text.split("\n")
    spans = _spans(segment(text))
    avatars = [i + 1 for i, line in enumerate(lines) if line.strip() == "User avatar"]
    # (the first post's block, above the thread at the article's end, too)
    assert [s for s, _, _ in spans] == avatars
    assert [a for *_, a in spans] == [a for a, *_ in replies]


def test_short_last_lines_of_a_comment_stay_with_it():
    # a comment's own short last lines — a sign-off with initials — are no avatar or
    # profile block of the next comment (a page where most comments end so is another thing)
    text = page(ARTICLE, """

        Comments

        Mary Smith says:
        March 3, 2017 at 9:12 am
        I walk through that park every morning and the paths really do need the repairs.
        Cheers
        MS

        John Doe says:
        March 3, 2017 at 10:40 am
        Roads matter too, but the parks are where the kids play all summer long.

        Ann Lee says:
        March 3, 2017 at 11:02 am
        Good to see the council agree on something for once this year.
        """)
    import comments.segmenter as segmenter

    lines = segment(text).lines
    f = lines.select(pl.lit(0, pl.Int64).alias("doc_idx"), "line_no")  # (the rule sees no block here)
    assert f.height
    moved = segmenter.forum_profile_blocks
    try:
        segmenter.forum_profile_blocks = lambda f: f
        without = segment(text)
    finally:
        segmenter.forum_profile_blocks = moved
    assert _spans(segment(text)) == _spans(without)
    assert [a for *_, a in _spans(without)] == ["Mary Smith", "John Doe", "Ann Lee"]


def test_a_profile_block_left_outside_the_thread_opens_the_next_post():
    # NationStates (phpBB) rendered by w3m: the finder delimits posts at the founding date
    # in the profile block ("Founded: May 15, 2019", a date line), so the block's first
    # lines — "User avatar", name, rank, post count — stood outside every comment, and the
    # date's label passed for the author
    post = ("User avatar\n{name}\n    Spokesperson\n     \n    Posts: {posts}\n    Founded: May 15, 2019\n"
            "    Ex-Nation\n\n  • Reply with quote\n\n\nPostby {name} » Wed Aug 28, 2019 {time} am\n\n{text}\n\n"
            "Top\n" + "━" * 60 + "\n\n")
    replies = [("Minoa", 6217, "10:02", "The club has been sold twice in ten years and nothing has changed for the fans."),
               ("Abercontin-Jereaux", 158, "10:15", "I think it is ridiculous how much money floats around in the league these days."),
               ("Bombadil", 902, "10:31", "The league should have stepped in long before the owners ran it into the ground."),
               ("Kowani", 77, "10:48", "Fans have been saying so for years, but nobody in charge ever listens to them.")]
    text = page(ARTICLE, "\n", *[post.format(name=a, posts=p, time=tm, text=t) for a, p, tm, t in replies])
    lines = text.split("\n")
    spans = _spans(segment(text))
    assert [s for s, _, _ in spans] == [i + 1 for i, line in enumerate(lines) if line == "User avatar"]
    assert [a for *_, a in spans] == [a for a, *_ in replies]


def test_an_avatars_alt_text_repeating_the_name_opens_the_post():
    # XenForo rendered by w3m: the avatar's alt text is the poster's name, printed again
    # under it; the finder opened each post at the second copy and left the first at the
    # end of the post before
    post = ("{name}\n\n{name}\n\nProminent Member\n\nJoined\n    Jun 12, 2006\n\nMessages\n    2,287\n\n"
            "  • {date}\n\n  •  \n  •  \n  • #{n}\n\n{text}\n\xa0\nReply\n\n  •  \n    ✅\n    1\n\n")
    replies = [("MacrosTheBlack", "Jan 2, 2024", 17, "I switched to FreeBSD on the desktop last year and have not looked back since."),
               ("getopt", "Jan 3, 2024", 18, "Same here, though the wifi drivers still give me trouble on the old laptop."),
               ("piizog", "Jan 4, 2024", 19, "Thanks for the replies, I will give it another try this weekend."),
               ("Phishfry", "Jan 5, 2024", 20, "The handbook chapter on wireless networking covers most of those chipsets.")]
    text = page(ARTICLE, "\n", *[post.format(name=a, date=d, n=n, text=t) for a, d, n, t in replies])
    lines = text.split("\n")
    firsts = [lines.index(a) + 1 for a, *_ in replies]
    spans = _spans(segment(text))
    assert [s for s, _, _ in spans][1:] == firsts[1:]
    assert [a for *_, a in spans] == [a for a, *_ in replies]


def test_a_linked_avatar_html2text_broke_over_lines_opens_the_post():
    # ResetEra (XenForo) rendered by html2text: the avatar is a linked image broken over two
    # lines, "[ ![](…avatar.webp)" / "](/members/…)", over the name, rank, join date and
    # counts; the join date closed the post before, so the block stood at its end
    post = ("[ ![](/styles/resetera/images/resetera-default-avatar-transparent.webp)\n](/members/{slug}/)\n\n"
            "#### [{name}](/members/{slug}/)\n\n**Member**\n\n__\n\n    Oct 26, 2017\n\n__\n\n    1,571\n\n"
            "__\n\n    {date}\n\n  * #{n}\n\n{text}\n\n")
    replies = [("Manbig", "manbig.9151", "Mar 27, 2025", 3, "I can't comprehend the form of this thread's attack on the old games."),
               ("y2kyle89", "y2kyle89.41138", "Mar 27, 2025", 4, "My friends and I never played it, so we are in for a surprise this year."),
               ("Mass", "mass.11171", "Mar 28, 2025", 5, "The remaster looks great, but the music was always the best part of it."),
               ("Zelos", "zelos.2020", "Mar 28, 2025", 6, "Giygas would beat all of us, no question, and the ending still scares me.")]
    text = page(ARTICLE, "\n", *[post.format(name=a, slug=sl, date=d, n=n, text=t) for a, sl, d, n, t in replies])
    lines = text.split("\n")
    avatars = [i + 1 for i, line in enumerate(lines) if line.startswith("[ ![](")]
    spans = _spans(segment(text))
    assert [s for s, _, _ in spans][1:] == avatars[1:]
    assert [a for *_, a in spans][1:] == [a for a, *_ in replies][1:]


def test_a_lone_comment_left_of_the_rest_makes_no_replies():
    # a converter indented one post of a flat thread less than the others: with only that
    # one at the left, the others are not its replies (a thread's top level is never so thin)
    names = ["Mary Smith", "John Doe", "Ann Lee", "Bob Ray", "Kim Park", "Lee Wong"] * 2
    texts = ["I walk through that park every morning and the paths need the repairs.",
             "Roads matter too, but the parks are where the kids play all summer long.",
             "Good to see the council agree on something for once this year.",
             "The budget is small next to what the city spends on parking every year.",
             "Six months of closed paths is a long time for people who walk their dogs.",
             "I hope they fix the lights by the pond first, it is dark there at night."] * 2

    def thread(left: set[int]) -> str:
        blocks = []
        for i, (n, t) in enumerate(zip(names, texts)):
            pad = "  " if i in left else "       "
            blocks.append(f"{pad}* {n} says:\n{pad}  March 3, 2017 at {i + 1}:00 pm\n{pad}  {t}\n{pad}  Reply\n")
        # (one part: page() dedents each part on its own)
        return page(ARTICLE, "\n12 Responses\n\n" + "".join(blocks) + "\nLeave a Reply\n")

    rows = comment_rows(segment(thread({3})))
    assert [r["author"] for r in rows] == names
    assert [r["depth"] for r in rows] == [0] * 12 and all(r["parent_id"] is None for r in rows)
    # four of twelve at the left are a top level: the others stay their replies
    rows = comment_rows(segment(thread({0, 3, 6, 9})))
    assert [r["depth"] for r in rows] == [0, 1, 1] * 4
    assert [r["parent_id"] for r in rows] == [None, 1, 1, None, 4, 4, None, 7, 7, None, 10, 10]


def test_a_reply_link_html2text_broke_closes_its_comment_and_list_items_carry_depth():
    # WordPress rendered by html2text: each comment is a list item whose first line (the
    # avatar) carries the nesting, "  * " or "    * ", while its date, name and text stand
    # unindented under it; its "[Reply](…)" link, long, is broken inside its target over two
    # lines — it is the comment's own action line, not the next comment's lead-in
    def block(indent, date, name, text, rid):
        return (f"{' ' * indent}* [](https://example.com/{name.lower().replace(' ', '')})\n\n{date}\n\n{name}\n\n{text}\n\n"
                f"[Reply](https://www.camelsandchocolate.com/restaurants-in-oklahoma-\ncity/?replytocom={rid}#commentform)\n\n")
    items = [(2, "July 25, 2019", "Rob Ann", "We were awestruck with the food scene in OKC and did not get to half the places.", 1),
             (4, "July 26, 2019", "Kristin", "We only popped in Fassler Hall for a quick beer, so we should go there to eat.", 2),
             (2, "July 26, 2019", "Jenny Dunham", "Great list, we are heading there next month and will try the pizza place.", 3),
             (4, "July 27, 2019", "Kristin", "You will love it, the patio is the best spot in town on a warm evening.", 4),
             (2, "July 28, 2019", "Tommy Croslin", "Picasso cafe in the paseo is a must go whenever I am back in town.", 5)]
    text = page(ARTICLE, "\n\n5 Comments\n\n" + "".join(block(*it) for it in items) + "\nLeave a Reply\n")
    lines = text.split("\n")
    rows = comment_rows(segment(text))
    assert [r["start_line"] for r in rows] == [i + 1 for i, line in enumerate(lines) if line.strip().startswith("* [](")]
    assert [r["end_line"] for r in rows] == [i + 2 for i, line in enumerate(lines) if line.startswith("[Reply](")]
    assert [r["depth"] for r in rows] == [0, 1, 0, 1, 0]
    assert [r["parent_id"] for r in rows] == [None, 1, None, 3, None]


NESTED_THREAD = """
    Rachel Moore 03.04.17 at 09:12

        The old playground by the river has needed new swings for years, so this is welcome news.

    Tom Baines 03.04.17 at 10:40

        Roads matter too. The potholes on Elm Street have been there since the winter before last.

        Tom Baines 03.04.17 at 11:02

            To be fair, I should add that the parks crew fixed the fence near our house within a week.

    Anna Kowalski 03.04.17 at 13:25

        I hope they keep the old oak trees near the pond when the repairs start in the spring.

        Rachel Moore 03.04.17 at 14:51

            Agreed, those trees are the best part of the park and my kids climb them every weekend.

    Sam Ortiz 03.05.17 at 08:17

        Six months of repairs seems long for a few benches and a fence, but I am glad it is happening.
    """


def test_thread_check_reads_indented_text_and_nested_replies():
    # A comment widget prints each comment's header over its indented text and nests
    # replies deeper than the comments they answer; indented_share and nested_share (the
    # share of comments deeper than most of the thread's) carry that to the thread check,
    # which reads the nested layout as more likely a comment section than the same lines
    # flat (before these features it read them the other way round: 0.83 against 0.88).
    from comments.cues import load_cues
    from comments.labeller import load_labeller, score
    from comments.lines import D, features, split_lines, unwrap
    from comments.segmenter import find_comments
    from comments.thread_check import load_thread_check, thread_features, thread_probability

    nested = page(ARTICLE, NESTED_THREAD)
    flat = "\n".join(line.strip() for line in nested.splitlines())
    docs = pl.DataFrame({"doc_id": ["nested", "flat"], "text": [nested, flat]}).with_columns(
        pl.int_range(pl.len()).cast(pl.Int64).alias(D))
    cues = load_cues()
    f = score(find_comments(features(unwrap(split_lines(docs))[0], cues), cues), load_labeller(None), None)
    t = thread_features(f).sort(D)
    assert t["comment_kind"].to_list() == ["dated", "dated"]
    assert t["indented_share"].to_list() == [1.0, 0.0]
    assert t["nested_share"].to_list() == [2 / 6, 0.0]
    p_nested, p_flat = thread_probability(t, load_thread_check())
    assert p_nested > p_flat + 0.05


def test_dated_headers_over_indented_text_with_nested_replies():
    rows = comment_rows(segment(page(ARTICLE, NESTED_THREAD)))
    assert [r["author"] for r in rows] == ["Rachel Moore", "Tom Baines", "Tom Baines", "Anna Kowalski",
                                          "Rachel Moore", "Sam Ortiz"]
    assert [r["depth"] for r in rows] == [0, 0, 1, 0, 1, 0]
    assert rows[2]["text"].startswith("To be fair")


@pytest.mark.parametrize("close", ["×", "(BUTTON) ×"])
def test_a_reply_forms_close_button_closes_the_comment_above(close):
    # Drupal prints a reply form's close button ("×"; lynx: "(BUTTON) ×") under each comment's "Reply to
    # comment" link: it is the comment's own, not the next comment's lead-in (cue file: kind "control").
    text = page(ARTICLE, f"""
        Comments

        Add a Comment
        Donald Elam Wed, 12/03/2025 - 02:42
        Reply
        Love this! If anyone knows how to pick reliable park benches, it is this council.

        Reply to comment

        {close}
        Arohi Singh Mon, 11/03/2025 - 12:07
        Reply
        This is a fantastic plan. Proper planning and care will keep the swings safe for years.

        Reply to comment

        {close}
        Aitul Wed, 05/21/2025 - 07:08
        Reply
        Very good news for the parks.

        Reply to comment
        """)
    seg = segment(text)
    rows = comment_rows(seg)
    lines = text.split("\n")
    assert [r["author"] for r in rows] == ["Donald Elam", "Arohi Singh", "Aitul"]
    assert [lines[r["start_line"] - 1].strip() for r in rows] == [
        "Donald Elam Wed, 12/03/2025 - 02:42", "Arohi Singh Mon, 11/03/2025 - 12:07", "Aitul Wed, 05/21/2025 - 07:08"]
    assert [lines[r["end_line"] - 1].strip() for r in rows][:2] == [close, close]


def test_a_comments_action_bar_printed_as_a_list_is_no_thread():
    # Old reddit prints the buttons under each comment as a list ("• permalink" … "• reply"); where a comment's
    # text stands indented (a quoted passage), the list of the buttons above it swallowed it and was taken for a
    # thread of one-word comments.  A list whose items open with action buttons is a comment's action bar
    # (thread_check.ACTION_BAR_SHARE): the page is read by its comment headers instead.
    bar = """
          • permalink
          • embed
          • save
          • report
          • reply
        """
    text = page(ARTICLE, """
        [–]Ragnar_Dragonfyre 188 points189 points190 points 17 hours ago (11 children)

        Might this also be a potential cure for the broken swings in the park?
        """, bar, """
        [–]BaronVonBearenstein 139 points140 points141 points 15 hours ago (6 children)

        Oh I dream of a day when the council fixes the fence by the pond too.
        """, bar, """
        [–]InsaneSnow45 58 points59 points60 points 17 hours ago (2 children)

            The council voted on Tuesday to approve a new budget for the parks department, adding money
            for repairs. The vote was seven to two, with the two dissenting members arguing the money
            should go to roads instead.

            Officials said the repairs would begin in the spring and last about six months, according to
            the plan that the parks department published on its website this week.
        """, bar, """
        [–]rich1051414 41 points42 points43 points 15 hours ago (2 children)

        Thankfully the roads near my house are fine, so the parks can have the money.
        """, bar)
    got = comment_rows(segment(text))
    assert [r["author"] for r in got] == ["Ragnar_Dragonfyre", "BaronVonBearenstein", "InsaneSnow45", "rich1051414"]
    assert got[2]["text"].startswith("The council voted on Tuesday")


def test_a_posters_name_repeated_under_their_counts_opens_their_post():
    # Tapatalk prints the poster's name, post count and rank, then the name and count again, above the post's
    # date line; the finder opens the post at the date, leaving the block at the end of the post before.  A
    # short line repeated a few lines down with a count or a profile field between is an avatar's name: with the
    # lines after it, the next post's head (comment_heads.forum_profile_blocks).
    post = """
        {name}

               {count}

               Member Member

               {name}

               {count}

        {date}
        {text}
          __________________________________________________________________
        """
    posts = [("Marn", 412, "Sep 01, 2006", "Listen to your kids when they point at the sparkly fish in the shop tank."),
             ("Flameblade", 516, "Apr 04, 2009", "That would be sad if somebody added those fish to an established tank."),
             ("discusfishies", 88, "Apr 05, 2009", "We keep our new fish apart for a month before they join the tank."),
             ("reefer", 1204, "Apr 06, 2009", "A quarantine tank saved my whole reef twice in the last few years.")]
    text = page(ARTICLE, "\n", *(post.format(name=n, count=c, date=d, text=t) for n, c, d, t in posts))
    rows = comment_rows(segment(text))
    lines = text.split("\n")
    # (the first block, above every post, stays where the finder left it: the opening post's head)
    assert [lines[r["start_line"] - 1].strip() for r in rows[1:]] == [n for n, _, _, _ in posts[1:]]
    assert [r["author"] for r in rows[1:]] == [n for n, _, _, _ in posts[1:]]
    assert [lines[r["end_line"] - 1].strip()[:3] for r in rows] == ["___"] * 4


def test_a_replys_bullet_above_its_header_opens_the_reply():
    # lynx prints a nested reply's list bullet ("o", or "+" with the avatar's picture) on a line of its own above
    # its header; the finder opens the reply at the header, so the bullet ended the comment above.  LABELS.md:
    # a comment runs from its list marker (comment_heads.trailing_markers).
    text = page(ARTICLE, """
        Comments 3

            1.

        Abdul Majeed 3/12/2021 at 1:48am
               The parks near my house need new benches more than new swings.
               Reply
                       o

        Nikhil Sharma 2/23/2022 at 8:29am
                         Thank you, the benches by the pond are broken too.
                         Reply
                  +  [rui_ma-150x150.jpg]

        Rui Ma 3/29/2021 at 6:35am
                    Thanks, we added the benches to the list.
                    Reply
        """)
    rows = comment_rows(segment(text))
    lines = text.split("\n")
    assert [r["author"] for r in rows] == ["Abdul Majeed", "Nikhil Sharma", "Rui Ma"]
    assert [lines[r["start_line"] - 1].strip() for r in rows] == ["1.", "o", "+  [rui_ma-150x150.jpg]"]
    assert [lines[r["end_line"] - 1].strip() for r in rows] == ["Reply"] * 3


def test_a_phpbb_posts_top_link_and_rule_stay_in_the_post():
    # phpBB (prosilver) rendered by w3m: every post ends with its back-to-top link "Top" (inside the
    # post's container) and a horizontal rule under it.  "Top" is one of the post's own action lines,
    # not the comment-sort tab that ends a thread; the rule, a line without words, is no avatar that
    # opens the next post.
    post = ("User avatar\n{name}\n    Posts: {posts}\n    Joined: Sun Dec 17, 2023 11:18 am\n\n"
            "Re: Turning off all LED of RPi 5\n\nPost by {name} » Wed Dec 27, 2023 {time} am\n\n{text}\n\n"
            "Top\n" + "━" * 60 + "\n\n")
    replies = [("jahboater", 9179, "10:00", "This works on the Pi5 to turn off the bright power and activity lights for good."),
               ("sgbeal", 13, "11:04", "I lay a bandana over my Pi and the drives for that reason and it works quite well."),
               ("bensimmo", 8292, "11:14", "The ethernet lights are driven by the PHY, so the old overlay settings do nothing now.")]
    text = page(ARTICLE, "\n", *[post.format(name=a, posts=p, time=tm, text=t) for a, p, tm, t in replies])
    lines = text.split("\n")
    seg = segment(text)
    spans = _spans(seg)
    avatars = [i + 1 for i, line in enumerate(lines) if line == "User avatar"]
    tops = [i + 1 for i, line in enumerate(lines) if line == "Top"]
    assert [s for s, _, _ in spans] == avatars
    assert [e for _, e, _ in spans] == [t + 1 for t in tops]  # (through the rule under "Top")
    labels = dict(zip(seg.lines["line_no"], seg.lines["label"]))
    assert [labels[t] for t in tops] == ["comment"] * 3
    assert all("Top" not in c for c in seg.comments["text"])  # (an action line is no text of the post)


def test_a_post_that_opens_with_hello_does_not_turn_the_headers_into_footers():
    # Discourse rendered by w3m: "name date number" over each post.  The last post opens "Hello,",
    # which is no login greeting ("Hello, !" is): read as one, it left no text after the last
    # header, and the finder took the headers for footers that close the posts above them.
    posts = [("Thiago_Marques_0", "September 26, 2025, 1:55pm", 2, "Please accept our apologies for the trouble you have had with the agent."),
             ("Brian", "September 29, 2025, 3:28pm", 3, "It will start then randomly crash, and setting it to restart does not help."),
             ("Brian", "October 1, 2025, 12:57pm", 4, "Any update on this? The services are running but the console shows them offline."),
             ("Thiago_Marques_0", "November 24, 2025, 1:22pm", 5, "Hello,\n\nWe have released a new version with fixes for the Windows issues you reported.")]
    text = page(ARTICLE, "\n", *[f"{a} {d} {n}\n\n{t}\n\n" for a, d, n, t in posts])
    lines = text.split("\n")
    spans = _spans(segment(text))
    assert [s for s, _, _ in spans] == [lines.index(f"{a} {d} {n}") + 1 for a, d, n, _ in posts]
    assert [a for *_, a in spans] == [a for a, *_ in posts]
    assert spans[-1][1] == lines.index("We have released a new version with fixes for the Windows issues you reported.") + 1


def test_an_avatars_name_with_a_flags_country_opens_the_post():
    # XenForo with a country-flag add-on, rendered by w3m ("Name [canada]") and lynx ("Name canada"):
    # the avatar's alt text is the poster's name and the flag's country, over the name itself; the
    # finder opened each post at the name and left the avatar line at the end of the post before
    post = ("{avatar}\n\n{name}\n\nWell-known member\n\n    Dec 29, 2021\n\n    2,093\n\n  • {date}\n\n"
            "  • #{n}\n\n{text}\n\n  • Like\n\nReactions: ChuckW, ScentBeagle and 2 others\n")
    replies = [("SmellSharpe", "Dec 30, 2023", 2, "I will spend a lot less this year than I did in the two years before it."),
               ("Fiveoaks Bouquet", "Dec 30, 2023", 3, "Same here, a birthday bottle and maybe one blind buy in the summer sales."),
               ("Pippin06", "Dec 31, 2023", 4, "I keep a list and only buy what has stayed on it for three months or more."),
               ("Colbourne", "Dec 31, 2023", 5, "No budget for me, but I have not bought a full bottle since the spring.")]
    for flag in ("[canada]", "canada"):
        text = page(ARTICLE, "\n", *[post.format(avatar=f"{a} {flag}", name=a, date=d, n=n, text=t) for a, d, n, t in replies])
        lines = text.split("\n")
        spans = _spans(segment(text))
        assert [s for s, _, _ in spans] == [lines.index(f"{a} {flag}") + 1 for a, *_ in replies]
        assert [a for *_, a in spans] == [a for a, *_ in replies]


def test_a_date_header_html2text_broke_before_its_time_is_one_header():
    # Discourse rendered by html2text: the poster's name is a link, and html2text counts the link's target in
    # the line's width, so "[peccavi](…/u/peccavi) January 11, 2025, 1:13am  2" breaks inside the date on some
    # posts and not on others.  Read apart, the broken headers were dates without a time, another header kind
    # than the whole ones, and the posts under them merged into the post above.
    posts = [("peccavi", "January 11, 2025,\n1:13am  2", "I saw most of the films on that list and enjoyed nearly all of them this year."),
             ("Eyebrows_0f_Doom", "January 11, 2025, 3:00am  3", "I only logged the ones I watched in theaters, and these are my top twenty."),
             ("MikeMcQ", "January 12, 2025,\n10:55am  4", "The long chain goes away in June, so plan for the short one well before then."),
             ("TatyanaBol", "January 12, 2025, 11:14am  5", "Thanks, that answers my question about the customers who still need it.")]
    text = page(ARTICLE, "\n", *[f"[{a}](https://forum.example.com/u/{a}) {d}\n\n{t}\n\n" for a, d, t in posts])
    lines = text.split("\n")
    spans = _spans(segment(text))
    assert [s for s, _, _ in spans] == [i + 1 for i, line in enumerate(lines) if line.startswith("[")]
    assert [a for *_, a in spans] == [a for a, *_ in posts]


def test_a_profile_block_with_its_join_date_and_counts_on_one_line_opens_the_post():
    # XenForo rendered by inscriptis: no avatar text, the poster's name, a rank the cue file does not know
    # ("always learning--often laughing", "One Winged Slayer") and one line holding the join date with the
    # counts (labelled or not: "Joined Aug 24, 2006 Messages 23,243 Reaction score 8,583", "Dec 29, 2021
    # 2,093 17,825") over the post's date.  With one profile field the block was no post head: the finder
    # opened each post at its date and left the name and rank at the end of the post above.
    post = ("                        {name}\n\n                        {rank}\n\n                        {joined}\n"
            "                          * {date}\n                          * \n                          * #{n}\n"
            "                                {text}\n                            Reply\n")
    replies = [("SmellSharpe", "One Winged Slayer", "Dec 29, 2021 2,093 17,825", "Dec 30, 2023", 2,
                "I will spend a lot less this year than I did in the two years before it."),
               ("Fiveoaks Bouquet", "Known to SAs", "Joined Jul 16, 2004 Messages 7,711 Reaction score 17,615", "Dec 30, 2023", 3,
                "Same here, a birthday bottle and maybe one blind buy in the summer sales."),
               ("Pippin06", "always learning--often laughing", "Feb 8, 2017 5,421 29,758 Miami, FL", "Dec 31, 2023", 4,
                "I keep a list and only buy what has stayed on it for three months or more."),
               ("Colbourne", "Basenotes Plus", "Oct 5, 2015 852 8,344", "Dec 31, 2023", 5,
                "No budget for me, but I have not bought a full bottle since the spring.")]
    text = page(ARTICLE, "\n", *[post.format(name=a, rank=r, joined=j, date=d, n=n, text=t) for a, r, j, d, n, t in replies])
    lines = text.split("\n")
    spans = _spans(segment(text))
    assert [s for s, _, _ in spans] == [[x.strip() for x in lines].index(a) + 1 for a, *_ in replies]
    assert [a for *_, a in spans] == [a for a, *_ in replies]


def test_a_date_with_a_clock_time_or_a_reading_time_is_no_profile_field():
    from comments.cues import load_cues

    cues = load_cues()
    fields = pl.Series(["Joined Aug 24, 2006 Messages 23,243 Reaction score 8,583", "Oct 25, 2017 14,796 Miami, FL",
                        "Jul 6, 2010 273 313", "Oct 26, 2017 1,571"])
    others = pl.Series(["Mar 27, 2025 10:30", "Mar 27, 2025", "Mar 27, 2025 5 min read", "March 3, 2024 2 comments"])
    assert fields.str.contains(cues.regex["profile"]).all()
    assert not others.str.contains(cues.regex["profile"]).any()


def test_a_link_target_html2text_broke_is_not_read_for_a_date_but_its_title_is():
    # html2text breaks long link targets over lines, and the logical line joins them with a space.  The date in
    # a post-navigation link's URL ("[Previous Post](https://…/2025/12/12/…)") made it a date header, and the
    # navigation links under an article read as comments; Substack's comment header keeps its date only in the
    # link's title ("[6d](https://…/comment/187784548 "Dec 14, 2025, 7:32 PM")"), which must still be read.
    from comments.cues import load_cues
    from comments.lines import D, features, split_lines, unwrap

    nav = ("Posted by:\n\nIdle Cartulary\n\n«[Previous Post](https://idlecartulary.com/2025/12/12/critique-navidad-the-\n"
           "lady-the-tiger-and-the-accused/)\n\n[Next Post](https://idlecartulary.com/2025/12/14/critique-navidad-boys-dont-\n"
           "cry/)»\n\n### Leave a comment [Cancel reply](/2025/12/13/critique-navidad-carved-in-\nstone/#respond)\n")
    lines, _ = unwrap(split_lines(pl.DataFrame({D: [0], "text": [nav]})))
    f = features(lines, load_cues())
    assert f.filter(pl.col("t").str.contains("](", literal=True))["header"].to_list() == [None] * 3
    assert _spans(segment(page(ARTICLE, "\n", nav))) == []
    head = ("[{name}](https://substack.com/profile/{n}-{slug}?utm_source=substack-\nfeed-item)\n\n"
            "[6d](https://garymarcus.substack.com/p/new-ways-to-corrupt-\nllms/comment/18778{n} \"Dec {d}, 2025, 7:32 PM\")\n\n"
            "{text}\n\nReplyShare\n\n")
    comments = [("A Thornton", "a-thornton", 14, "tl;dr: correlation is not cognition, and never was, whatever the charts say."),
                ("Saty Chary", "saty-chary", 14, "A broken clock is right twice a day, and this one is right less often than that."),
                ("Jo Ames", "jo-ames", 15, "The paper's own appendix says as much, if anyone reads that far down the page.")]
    text = page(ARTICLE, "\n", "Comments\n\n",
                *[head.format(name=a, slug=s, n=100 + i, d=d, text=t) for i, (a, s, d, t) in enumerate(comments)])
    lines = text.split("\n")
    spans = _spans(segment(text))
    # (each comment opens at its author's link, above the dated header)
    assert [s for s, _, _ in spans] == [i + 1 for i, line in enumerate(lines) for a, *_ in comments
                                        if line.startswith(f"[{a}](")]


def test_html2text_list_items_give_depth_whether_the_date_is_on_the_item_line_or_under_it():
    # A WordPress thread through html2text: each comment is a list item, and html2text indents only the item's
    # first line.  A comment with an avatar opens with "  * [](avatar link)" and has its date at column 0 under
    # it; one without opens with the date on the item's line, "      * July 27, 2019".  Read from the date
    # lines, the depths of the two kinds were one level apart; the items' columns give them.
    def item(indent, date, name, text, avatar):
        lead = f"{' ' * indent}* [](https://example.com/{name.lower()})\n\n{date}\n\n" if avatar else f"{' ' * indent}* {date}\n\n"
        return f"{lead}{name}\n\n{text}\n\n[Reply](https://example.com/p/?replytocom={indent}{len(text)}#commentform)\n\n"

    thread = [(2, "July 25, 2019", "Rob", "We were awestruck with the food scene and did not get to half the places.", True),
              (4, "July 26, 2019", "Kristin", "We only popped in for a quick beer, so we should go there to eat next time.", True),
              (6, "July 27, 2019", "Tommy", "Picasso cafe in the paseo is a must whenever I am back in town for a visit.", False),
              (2, "July 26, 2019", "Jenny", "Best hot chicken sandwiches in the city and the best patio on a warm night.", False),
              (4, "July 26, 2019", "Kristin", "Thanks, Jenny, I will add it to the list for my next trip down there.", True)]
    text = page(ARTICLE, "\n", "5 Comments\n\n", *[item(*c) for c in thread])
    seg = segment(text)
    assert seg.comments["depth"].to_list() == [0, 1, 2, 0, 1]
    assert seg.comments["parent_id"].to_list() == [None, 1, 2, None, 4]


def test_a_forum_threads_opening_post_under_page_chrome_is_the_article():
    # A XenForo thread: the page's chrome holds one sentence ("JavaScript is disabled. …"), so the finder, which
    # opens comments after the first prose, took the opening post for the first comment.  With no article above
    # (no body words to speak of, one line of prose) and a page around it, the first "comment" is the article.
    # (A scraper's extract of a comment section, with nothing above its first comment, keeps it.)
    posts = "".join(f"""
        {name}

        Well-known member

        Joined
            Feb 8, 2023
        Posts
            {n}

          • Dec {d}, 2023
          • #{k}

        {body}

          • Like
        """ for k, (name, n, d, body) in enumerate([
        ("Pippin06", 5, 30, "Do you plan on a monthly fragrance budget this year, or on limiting what you spend on bottles?"),
        ("SmellSharpe", 812, 30, "I will spend a lot less this year than I did in the two years before it, mostly on decants."),
        ("Colbourne", 64, 31, "No budget for me, but I have not bought a full bottle since the spring and do not miss it."),
    ], 1))
    text = page("""
        Fragrance budget for 2024?

          • Home
          • Forums
          • What's new
          • Members
          • Fragrance discussion

        Search
        Log in
        Register

        JavaScript is disabled. For a better experience, please enable JavaScript in your browser before proceeding.
        """, posts)
    seg = segment(text)
    assert [r["author"] for r in comment_rows(seg)] == ["SmellSharpe", "Colbourne"]
    lab = labels(seg)
    opening = text.split("\n").index("Do you plan on a monthly fragrance budget this year, or on limiting what you spend on bottles?") + 1
    assert lab[opening] == "body"


def test_html2text_backslash_escapes_are_not_text():
    # html2text escapes a number and a full stop that could open a markdown list, also inside a line: phpBB's
    # "» 13\. Sep 2024, 16:19" (a German-style date) and "Joined: 14\. Sep 2019".  Escaped, the date grammar
    # did not read them; "javascript:void\(0\)" in a link's target left a stray ")" in the line's text.
    from comments.cues import load_cues
    from comments.lines import D, features, split_lines, unwrap

    text = ("» 13\\. Sep 2024, 16:19\n\n» 13. Sep 2024, 16:19\n\n[Menu](javascript:void\\(0\\))\n\n"
            "### 3\\. Creating N-grams\n\n\\- Cotton balls\n")
    lines, _ = unwrap(split_lines(pl.DataFrame({D: [0], "text": [text]})))
    f = features(lines, load_cues())
    assert f["t"].to_list() == ["» 13. Sep 2024, 16:19", "» 13. Sep 2024, 16:19", "Menu", "3. Creating N-grams",
                                "- Cotton balls"]
    escaped, plain = f["header"].to_list()[:2]
    assert escaped is not None and escaped == plain
    # (the escaped dash is no list item: html2text escaped it so that it would not be one)
    assert f["marker"].to_list()[-1] is False


COMMENTS_ONLY = """\
Margaret Holloway says:
December 18, 2025 at 9:46 pm

I read the novel years ago and I still think the film misses its point entirely. The satire lands, but the ideas about citizenship are gone, and I miss them every time I watch it.

Tom Reyes says:
December 18, 2025 at 9:59 pm

I know what you mean. I fell in love with the book despite its politics, and the movie works for me as a different thing altogether. We argued about it for hours at the time.

Priya N. says:
December 18, 2025 at 10:00 pm

In terms of adaptations, I learned today that my favourite series is getting a tabletop game. I am more excited about that than I should be, honestly.

Dale says:
December 18, 2025 at 10:12 pm

My brother and I saw it opening weekend and walked out arguing. We still argue about it, twenty-eight years later, and I think that is the best compliment I can give a film.
"""


def test_a_comment_section_on_its_own_keeps_its_first_comment():
    # no article and no page above the first comment's header: it opens a comment all the same
    seg = segment(COMMENTS_ONLY)
    rows = comment_rows(seg)
    assert [r["author"] for r in rows] == ["Margaret Holloway", "Tom Reyes", "Priya N.", "Dale"]
    assert [(r["start_line"], r["end_line"]) for r in rows] == [(1, 4), (6, 9), (11, 14), (16, 19)]


def test_an_article_under_a_dateline_of_the_comments_kind_is_not_a_comment():
    # the text opens with a byline of the kind that delimits the comments below, but what follows it
    # is longer than any comment: an article, not a first comment
    paragraph = ("The city council voted on Tuesday to approve a new budget for the parks department, adding "
                 "money for repairs to playgrounds, paths and the old bandstand by the river. ")
    text = page(
        "By Jane Reporter on March 3, 2017 at 9:00 am\n\n",
        "\n\n".join([paragraph * 3] * 3) + "\n\n2 Comments\n\n",
        """\
        By Tom Reyes on March 4, 2017 at 10:00 am

        I walked past the bandstand yesterday and it really does need the work. Glad to see the money going there.

        By Priya N. on March 4, 2017 at 11:30 am

        Roads need it more, in my view, but I will take fixed playgrounds over nothing at all this year.
        """,
    )
    seg = segment(text)
    assert [r["author"] for r in comment_rows(seg)] == ["Tom Reyes", "Priya N."]
    assert labels(seg)[3] == "body"


def test_a_how_to_list_opening_the_text_stays_the_article():
    # a numbered list of long paragraphs opens the text too, but its steps speak to the reader
    # ("you"), not from one: not a comment section on its own
    step = ("Cut the stems at an angle with a sharp knife so that the plant can drink, and put them in "
            "cold water straight away while you prepare the vase and the food for the flowers.")
    text = "\n\n".join(f"  {i}. {step}" for i in range(1, 6)) + "\n"
    seg = segment(text)
    assert seg.comments.height == 0
    assert set(labels(seg).values()) <= {"body", "title"}


RUSSIAN_PAGE = """\
Главная | Новости | Политика

Путин и Трамп договорились о совместной борьбе с терроризмом

15 апреля 2017, 12:30

Президенты России и США в ходе телефонного разговора обсудили возможность совместной борьбы с международным терроризмом. Об этом сообщила пресс-служба Кремля.

По словам представителей администрации, стороны договорились продолжить контакты на уровне министров иностранных дел. Эксперты считают, что это может стать началом нового этапа в отношениях двух стран.

Аналитики отмечают, что договорённость пока носит общий характер и не содержит конкретных обязательств.

Комментарии (3)

Иван Петров
15 апреля 2017 в 15:48

Наконец-то здравый смысл победил. Давно пора было договориться, а не устраивать бесконечные санкции.

Ответить

Мария
15 апреля 2017 в 16:02

Не верю я в эти договорённости. Сколько раз уже обещали, а на деле ничего не меняется.

Ответить

Сергей К.
15 апреля 2017 в 17:15

Посмотрим, что будет через месяц. Слова ничего не стоят, нужны дела.

Ответить

Оставить комментарий
Ваше имя
"""


def test_a_russian_comment_section_with_an_initial_in_a_name():
    # name over date ("15 апреля 2017 в 15:48"), "Ответить" under each comment; "Сергей К." ends with a
    # Cyrillic initial, not a sentence
    rows = comment_rows(segment(RUSSIAN_PAGE))
    assert [(r["author"], r["posted_at"]) for r in rows] == [
        ("Иван Петров", "2017-04-15T15:48"), ("Мария", "2017-04-15T16:02"), ("Сергей К.", "2017-04-15T17:15")]


def test_reaction_counts_under_a_comment_do_not_open_the_next():
    # LinkedIn prints each comment as its author's name, the comment's age, a menu, the text, "Like" / "Reply"
    # and the reactions it got ("1 Reaction"); the finder took the count, a short line with a word in it, for
    # a name over the next author's name, and opened the next comment there.  A count and what it counts
    # ("1 Reaction", "129 15 Comments") is never a name.
    comment = """
        {name}

        {age}

          • Report this comment

        {text}


        Like

        Reply
        {count}
        """
    comments = [("Tyson Tripcony", "2mo", "The shift is not hype, it is throughput for every review we run.", "1 Reaction"),
                ("Geomediq Lifesciences", "3mo", "How can small makers work with regulators in new markets?", "1 Reaction 2 Reactions"),
                ("Kitty Broihier", "6mo", "Great trend-spotting, Dylan. Thanks for the summary of the year!", "1 Reaction")]
    text = page(ARTICLE, "\nShare\n\n129 15 Comments\n",
                *(comment.format(name=n, age=a, text=t, count=c) for n, a, t, c in comments))
    rows = comment_rows(segment(text))
    lines = text.split("\n")
    assert [lines[r["start_line"] - 1].strip() for r in rows] == [n for n, _, _, _ in comments]
    assert [lines[r["end_line"] - 1].strip() for r in rows] == [c for _, _, _, c in comments]
    assert [r["author"] for r in rows] == [n for n, _, _, _ in comments]


def test_a_long_reply_to_line_between_the_name_and_the_date_is_part_of_the_head():
    # wpDiscuz prints a reply's author, then whom it answers, then its age; "Reply to The White Coat Investor"
    # has more words than a name line, and the finder opened the reply at its date, leaving the author's name
    # at the end of the comment above.
    text = page(ARTICLE, """
        Comments

        Alan Johns
        6 months ago

        I moved my whole retirement account after reading this and I am glad I did.

        Reply
        The White Coat Investor
        Reply to  Alan Johns
        6 months ago

        Thanks for reading, and good luck with the move this year.

        Reply
        Another Reader
        Reply to  The White Coat Investor
        5 months ago

        The fees on the old plan were far higher than I had thought they were.

        Reply
        """)
    rows = comment_rows(segment(text))
    lines = text.split("\n")
    assert [lines[r["start_line"] - 1].strip() for r in rows] == ["Alan Johns", "The White Coat Investor", "Another Reader"]
    assert [lines[r["end_line"] - 1].strip() for r in rows] == ["Reply"] * 3


def test_a_list_inside_a_listed_comment_is_part_of_that_comment():
    # A WordPress thread printed as a list by w3m, one item per comment; a comment that gives a recipe as a
    # list ("Try this spray for your plants:" / "• 1 tablespoon baking soda" / …) made each of its items a
    # comment of its own.  Items right under a line of text ending with a colon are that comment's list.
    text = page(ARTICLE, """
        Comments

         1. Annelize Smith says

            August 26, 2016 at 9:02 am

            I would love to have an organic way of keeping fungus off my basil plants this summer.

            reply to comment
              □ Jill Winger says

                September 3, 2016 at 11:23 am

                Try this spray for your plants:
                • 1 tablespoon baking soda
                • 1 tablespoon liquid vegetable oil
                • 1 gallon water

                Spray it on the leaves once a week and the white powder should go away.

                reply to comment
         2. Dawn Colon says

            June 21, 2024 at 12:38 pm

            How much liquid should I have left after straining the pulp out of the mixture?

            reply to comment
        """)
    rows = comment_rows(segment(text))
    assert [r["author"] for r in rows] == ["Annelize Smith", "Jill Winger", "Dawn Colon"]
    assert [r["depth"] for r in rows] == [0, 1, 0]
    assert "1 gallon water" in rows[1]["text"] and "once a week" in rows[1]["text"]


def test_a_dash_that_wrapping_put_at_the_head_of_a_line_continues_the_sentence():
    # w3m wraps "… from infecting my Kale – there is a white powder …" before the dash, and the dash at the
    # head of the next line read as a list item's: the sentence was cut in two and the second half opened a
    # comment of its own in a listed thread.  A dash under a full line of the same indent continues it; a
    # dash list under a short line stays a list.
    from comments.lines import D, split_lines, unwrap

    para = textwrap.fill(
        "I would love to have an organic way of keeping fungus from infecting my Kale – there is a white "
        "powder forming on the leaves and it is very bad at the moment. I just wash it off when I pick the "
        "leaves, but I would rather have dark green leaves than white powder covered ones. Do you have any "
        "solution for me? Thank you so much for all the information on this page!", 77)
    assert "Kale\n– there" in para
    items = "What you need:\n– baking soda\n– vegetable oil\n– water"
    lines, _ = unwrap(split_lines(pl.DataFrame({D: [0], "text": [para + "\n\n" + items]})))
    texts = lines["s"].to_list()
    assert texts[0].startswith("I would love") and "Kale – there is a white powder" in texts[0]
    assert texts[-3:] == ["– baking soda", "– vegetable oil", "– water"]


def test_a_list_of_teasers_cut_short_under_the_article_is_no_thread():
    # A shop's blog lists its other posts under the article: a title, the post's opening cut short with an
    # ellipsis, its date.  The dates read as comment footers and the teasers as nine comments.  A thread
    # most of whose items end in a word cut short by an ellipsis is a list of teasers
    # (thread_check.TEASER_SHARE).
    teaser = """
        {title}

        {text}...

        {date}
        """
    posts = [("Gift for an electronics fan: MagSafe vs a classic charger",
              "Finding the perfect gift for an electronics fan often means striking a balance between looks and "
              "pure performance. This guide is for anyone looking to treat a loved one to a solution that s", "Feb 26, 2026"),
             ("Desk organization in 2026: the best ways to manage desk cables",
              "Your workspace in 2026 does not have to look like a server room from the last century. Instead of "
              "fighting tangled wires every time you move your chair, you can turn your desk into an oa", "Feb 19, 2026"),
             ("How to make better purchasing decisions",
              "Online shopping is an enormous convenience, especially for people who do not have much time to move "
              "between stores or simply do not enjoy it. During sale seasons, the ability to take advan", "Nov 13, 2025"),
             ("How to set up a home office in a rented apartment",
              "In your own house or apartment, you can paint frescoes on the ceiling, build or tear down a wall, "
              "install an extra sconce, or replace old panels with wooden flooring. But when you are rent", "Oct 17, 2025")]
    lenient = lenient_labeller()
    text = page(ARTICLE, "\nMore from the blog\n", *(teaser.format(title=t, text=x, date=d) for t, x, d in posts))
    assert comment_rows(segment(text, labeller=lenient)) == []
    # the same items with whole sentences are read as comments under their dates (a footer kind)
    plain = text.replace("...", ".")
    assert len(comment_rows(segment(plain, labeller=lenient))) == 4


def test_two_sub_headings_read_as_bare_names_do_not_hide_two_says_headers():
    # An article's two sub-headings, each over an indented paragraph, read as bare-name headers
    # (name_indented, which needs three to delimit comments); two "X Says:" comments follow.  The
    # kind seen most often after the article was chosen first and tested for its minimum after, so
    # the bare names (two, found first) won, failed their minimum and no comment was found at all.
    # A kind with enough headers to delimit comments outranks one without.
    text = page(ARTICLE, """
        The wrong questions

            How do we stop the decline of the parks, and who will pay for the repairs this time?

        The right questions

            What do the people who use the parks want from them, and how do we ask them about it?

        Jacob Richter Says:

        August 6, 2012 at 7:00 am

        Of the right questions, the first one is out of place: most parks are run by volunteers.

        Peter Hall Says:

        August 8, 2012 at 9:37 am

        Jacob, I could not disagree more. The volunteers are the reason the repairs take so long.
        """)
    rows = comment_rows(segment(text))
    assert [r["author"] for r in rows] == ["Jacob Richter", "Peter Hall"]
    assert all(r["text"].startswith(("Of the right", "Jacob, I could")) for r in rows)


def test_post_meta_dates_do_not_choose_the_header_kind():
    # Each comment ends with a "Posted on <date and time>" line; the cue file calls such a line an article's
    # meta line (prefix), which never opens or closes a comment.  These dated lines outnumbered the "says:"
    # headers by one and made dated the page's header kind, with no anchor among them: the first comments
    # were lost and the others merged.  Only lines that can anchor a comment vote for its kind.
    comment = """
        {name} says:

        {text}

            Posted on Nov 06 2012  {time} - 3 hours ago

        """
    rows_in = [("mtmjr90", "Do we know for sure this is about the parks as opposed to the roads?", "1:23 pm"),
               ("thejuiceman236", "Well I guess they could talk about both, but the invite went to the parks people.", "1:30 pm"),
               ("Major Payne", "Yes the reverse has happened, in fact as recently as 4 weeks ago.", "2:54 pm")]
    text = page(ARTICLE, "\n", *(comment.format(name=n, text=t, time=c) for n, t, c in rows_in))
    # (one more dated line than "says:" lines, as on the page: a dated line in the last comment's text)
    text = text.replace("as recently as 4 weeks ago.", "as recently as 4 weeks ago.\n\nAugust 9, 2012 at 1:23 pm")
    rows = comment_rows(segment(text))
    assert [r["author"] for r in rows] == [n for n, _, _ in rows_in]


def test_a_quoted_e_mail_and_a_narrated_reply_are_no_comments():
    # An article quoting an exchange of e-mails: each mail's header block ("Date:", "From:", "To:",
    # "Subject:") holds a date line, and "To which he simply replied:" reads like "Jane replied:".
    # The date of a mail header (two header fields in a row) and speech told of "he", "she", "they"
    # open no comment.
    mail = """
        Date: {date}
        From: {sender}
        To: port-hp700@netbsd.org
        Subject: Re: sneak preview: hp700

        {text}

        """
    mails = [("Fri, 1 Feb 2002 11:53:40 -0500 (EST)", "Matt Fredette", "This is really just a sneak preview - the port is in its earliest stages."),
             ("Fri, 1 Feb 2002 13:07:39 -0500 (EST)", "Michael Shalayeff", "Care to share the changes back? It would save us both a lot of work."),
             ("Thu, 7 Feb 2002 11:09:01 -0500 (EST)", "Matt Fredette", "Definitely. If you want, I can give you the diffs right now, they are small.")]
    text = page(ARTICLE, "\nEarly in 2002 the first mails about the port arrived on the list.\n",
                *(mail.format(date=d, sender=s, text=t) for d, s, t in mails),
                "\nTo which he simply replied:\n\n"
                "Yes, it needs the old loader, but you can hack ours to do so, and the boot blocks with it.\n")
    lenient = lenient_labeller()
    assert comment_rows(segment(text, labeller=lenient)) == []
    # without the header fields, the mails' dates head a thread of three
    plain = text.replace("Date: ", "").replace("From: ", "").replace("Subject: ", "").replace("To: port-hp700@netbsd.org\n", "")
    assert len(comment_rows(segment(plain, labeller=lenient))) == 3


def test_a_says_header_with_initials_in_the_name():
    # Genesis-style headers print "<cite>Name</cite> says" with no colon; a name with an initial's full stop
    # ("C. Wingate says", "Mary J. Smith says") was not read as a header, and its comment joined the article.
    comment = """
        {name} says

        August 9, 2012, at {time}

        {text}

        """
    rows_in = [("C. Wingate", "1 23 pm", "Ouch. This is one case where knowing too much had me glide right over the problem."),
               ("JoeMerl", "1 37 pm", "A slight difference in phrasing would have made the whole point much clearer."),
               ("Mary J. Smith", "3 15 pm", "The council should have asked the people who use the parks before voting.")]
    text = page(ARTICLE, "\n", *(comment.format(name=n, time=c, text=t) for n, c, t in rows_in))
    rows = comment_rows(segment(text))
    assert [r["author"] for r in rows] == [n for n, _, _ in rows_in]
