"""Templates for the non-WordPress-core comment systems and news sites."""
from __future__ import annotations

from templates import (DAYS, MONTHS, Clock, _walk, body_blocks, cookie_notice, cparas, d_blogger, d_dots,  # noqa: F401
                       d_iso, d_isoz, d_long, d_mon, d_phpbb, d_slash, d_sputnik_head, d_typepad, d_vb, d_wp,
                       figure, h12, head, links, related_inline, rel, slug, wp_form)


def _cid(p, node, depth, parent):
    if node.get("orphan"):
        return p.new_comment(node["depth"], None), node["depth"]
    return p.new_comment(depth, parent), depth


def _initials(name):
    parts = [w for w in name.replace(".", " ").split() if w[:1].isalpha()]
    if not parts:
        return "?"
    return (parts[0][0] + (parts[-1][0] if len(parts) > 1 else "")).upper()


def _ncom(art):
    return sum(1 for _ in _walk(art["comments"]))


# ============================================================================
# generic modern news chrome (used by wpDiscuz, Disqus hosts, news_a, nocomm)
# ============================================================================
def news_top(p, art, site, v):
    parts = [head(art["title"], site["name"]), '<body class="article-page">']
    if v.get("cookie") == "top":
        parts.append(cookie_notice(p, site.get("cookie_kind", "gdpr")))
    parts.append('<header class="site-header">')
    if site.get("topbar"):
        parts.append('<div class="top-bar">' + links(p, site["topbar"], cls="top-links") + "</div>")
    parts.append(f'<div class="logo"><a href="/">{p.X(site["name"])}</a></div>')
    if site.get("tagline"):
        parts.append(f'<p class="site-tagline">{p.X(site["tagline"])}</p>')
    parts.append(f'<nav class="main-nav" aria-label="Main">{links(p, site["menu"], cls="nav-list")}</nav>')
    if site.get("trending"):
        parts.append(f'<div class="trending"><span class="trending__label">{p.X(site.get("trending_label", "Trending:"))}</span> '
                     + " ".join(f'<a href="#">{p.X(t)}</a>' for t in site["trending"]) + "</div>")
    parts.append("</header>")
    return parts


def news_article_head(p, art, site, v, pub):
    parts = []
    if v.get("breadcrumbs"):
        parts.append('<nav class="breadcrumbs"><ol>' + "".join(f'<li><a href="#">{p.X(b)}</a></li>' for b in v["breadcrumbs"]) + "</ol></nav>")
    if v.get("kicker"):
        parts.append(f'<div class="kicker"><a href="#">{p.X(v["kicker"])}</a></div>')
    parts.append(f'<h1 class="headline">{p.T(art["title"])}</h1>')
    if art["standfirst"]:
        parts.append(f'<p class="dek">{p.B(art["standfirst"])}</p>')
    author = art["author"] or site.get("author", "Staff")
    bl = v.get("byline", "by_date")
    if bl == "by_date":
        parts.append(f'<div class="byline"><span class="byline__author">{p.X("By " + author)}</span></div>'
                     f'<div class="timestamp"><time datetime="{d_isoz(pub)}">{p.X(d_long(pub))}</time></div>')
    elif bl == "published_updated":
        h, ap = h12(pub)
        up = pub.replace(hour=min(23, pub.hour + 2))
        h2_, ap2 = h12(up)
        parts.append(f'<div class="byline"><a class="byline__author" href="#">{p.X(author)}</a>{p.X(", " + site.get("staff_title", "Staff Writer"))}</div>'
                     f'<div class="timestamps"><span>{p.X(f"Published {h}:{pub.minute:02d} {ap[0]}.m. ET {MONTHS[pub.month-1][:3]}. {pub.day}, {pub.year}")}</span> | '
                     f'<span>{p.X(f"Updated {h2_}:{up.minute:02d} {ap2[0]}.m. ET {MONTHS[up.month-1][:3]}. {up.day}, {up.year}")}</span></div>')
    elif bl == "inline":
        parts.append(f'<p class="meta">{p.X(author)} | {p.X(d_mon(pub))}</p>')
    if v.get("share_top"):
        parts.append('<div class="share-tools"><ul class="share-list">' + "".join(
            f'<li><a href="#" class="share-{s.lower()}">{p.X(s)}</a></li>' for s in v["share_top"]) + "</ul></div>")
    return parts


def news_bottom(p, art, site, v):
    parts = []
    if art["tags"] and v.get("tags", True):
        parts.append(f'<div class="article-tags"><span class="tags-title">{p.X(v.get("tags_label", "Topics:"))}</span> '
                     + " ".join(f'<a href="#" class="tag">{p.X(t)}</a>' for t in art["tags"]) + "</div>")
    if v.get("author_box"):
        author = art["author"] or "Staff"
        parts.append(f'<div class="author-box">{p.img("boilerplate", "https://" + site["domain"] + "/authors/", alt=author)}'
                     f'<div class="author-box__text"><h4>{p.X(v.get("author_box_title", "About the author"))}</h4><p>{p.X(v["author_box"])}</p>'
                     f'<a href="#">{p.X("More stories by " + author)}</a></div></div>')
    if v.get("newsletter"):
        parts.append(f'<div class="newsletter-signup"><h3>{p.X(v["newsletter"])}</h3><form><input type="email" placeholder="Email address">'
                     f'<button type="submit">{p.X("Sign up")}</button></form><p class="small">{p.X("You can unsubscribe at any time. See our privacy notice.")}</p></div>')
    if site.get("related"):
        parts.append(f'<section class="related"><h2>{p.X(v.get("related_title", "More from " + site["name"]))}</h2><ul>'
                     + "".join(f'<li><a href="#">{p.X(t)}</a></li>' for t in site["related"]) + "</ul></section>")
    return parts


def news_footer(p, site, v):
    parts = ['<footer class="site-footer">']
    if site.get("most_read"):
        parts.append(f'<div class="most-read"><h3>{p.X(v.get("most_read_title", "Most Read"))}</h3><ol>'
                     + "".join(f'<li><a href="#">{p.X(t)}</a></li>' for t in site["most_read"]) + "</ol></div>")
    parts.append(f'<div class="footer-links">{links(p, site.get("footer_links", ["About us", "Contact", "Privacy Policy", "Terms of Use"]), cls="footer-nav")}</div>')
    parts.append(f'<p class="copyright">{p.X(site.get("copyright", "© " + site["name"] + ". All rights reserved."))}</p></footer>')
    if v.get("cookie") == "bottom":
        parts.append(cookie_notice(p, site.get("cookie_kind", "gdpr")))
    parts.append("</body></html>")
    return parts


# ============================================================================
# wpDiscuz
# ============================================================================
def wpdiscuz_comment(p, node, v, clock, parent, depth, now, parent_name=None):
    cid, depth = _cid(p, node, depth, parent)
    d = clock.next()
    num = p.rng.randint(10000, 99999)
    author = node["author"] or v.get("guest", "Guest")
    votes = p.rng.choice([0, 0, 1, 2, 3, 5, 8, 12, -1, -3])
    vtxt = f"+{votes}" if v.get("signed_votes") and votes > 0 else str(votes)
    when = rel(now, d) if v.get("relative", True) else d_wp(d)
    avatar = p.img(("comment", cid), "https://secure.gravatar.com/avatar/", ext="", alt=author if v.get("avatar_alt") else "",
                   attrs="class='avatar avatar-64 photo' height='64' width='64' loading='lazy'", query="?s=64&d=mm&r=g")
    reply_to = ""
    if parent_name and v.get("reply_to", True):
        reply_to = (f'<div class="wpd-reply-to"><i class="far fa-comments"></i> {p.C(cid, v.get("reply_to_text", "Reply to"))}&nbsp; '
                    f'<a href="#comment-{num - 7}">{p.C(cid, parent_name)}</a></div>')
    label = ""
    if node.get("badge") or (author == v.get("post_author")):
        label = f'<div class="wpd-comment-label" wpd-tooltip="Author"><span>{p.C(cid, "Author")}</span></div>'
    out = (f'<div id="wpd-comm-{num}_{parent or 0}" class="comment even depth-{depth+1} wpd-comment wpd_comment_level-{depth+1}">'
           f'<div class="wpd-comment-wrap wpd-blog-guest">\n'
           f'<div class="wpd-comment-left "><div class="wpd-avatar ">{avatar}</div></div>\n'
           f'<div id="comment-{num}" class="wpd-comment-right">\n'
           f'<div class="wpd-comment-header"><div class="wpd-comment-author ">{p.C(cid, author)}</div>{label}'
           f'<div class="wpd-comment-date" title="{d_wp(d, " ")}"><i class="far fa-clock" aria-hidden="true"></i> {p.C(cid, when)}</div>'
           f'<div class="wpd-comment-link wpd-hidden"><span wpd-tooltip="Comment Link" wpd-tooltip-position="left"><i class="fas fa-link" aria-hidden="true"></i></span></div></div>\n'
           f'{reply_to}<div class="wpd-comment-text">{cparas(p, cid, node["paras"])}</div>\n'
           f'<div class="wpd-comment-footer"><div class="wpd-vote"><div class="wpd-vote-up wpd_not_clicked"><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><path d="M1 21h4V9H1v12z"/></svg></div>'
           f'<div class="wpd-vote-result" title="{votes}">{p.C(cid, vtxt)}</div><div class="wpd-vote-result-sep"></div>'
           f'<div class="wpd-vote-down wpd_not_clicked"><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><path d="M15 3H6z"/></svg></div></div>'
           f'<div class="wpd-reply-button"><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><path d="M10 9V5l-7 7 7 7z"/></svg><span>{p.C(cid, "Reply")}</span></div>'
           f'<div class="wpd-space"></div><div class="wpd-toggle wpd-hidden wpd_not_clicked" title="Hide Replies"><i class="fas fa-chevron-up"></i></div></div>\n'
           f'</div></div><div id="wpdiscuz_form_anchor-{num}_0"></div>\n')
    for ch in node["children"]:
        out += wpdiscuz_comment(p, ch, v, clock, cid, depth + 1, now, author)
    return out + "</div>\n"


def wpdiscuz_section(p, art, site, v, pub, now):
    n = _ncom(art)
    clock = Clock(p.rng, pub, now)
    out = ['<div class="wpdiscuz_top_clearing"></div>',
           '<div id="comments" class="comments-area"><div id="respond" style="width: 0;height: 0;clear: both;margin: 0;padding: 0;"></div>',
           '<div id="wpdcom" class="wpdiscuz_unauth wpd-default wpd-layout-2 wpd-comments-open">']
    if v.get("form_title"):
        out.append(f'<div class="wpd-form-title"><h3>{p.X(v["form_title"])}</h3></div>')
    out.append('<div class="wpd-form-wrap"><div class="wpd-form-head">')
    if v.get("sbs", True):
        out.append(f'<div class="wpd-sbs-toggle"><i class="far fa-envelope"></i> <span class="wpd-sbs-title">{p.X("Subscribe")}</span> <i class="fas fa-caret-down"></i></div>')
    if v.get("login", True):
        out.append(f'<div class="wpd-auth"><div class="wpd-login"><a rel="nofollow" href="/wp-login.php"><i class="fas fa-sign-in-alt"></i> {p.X("Login")}</a></div></div>')
    out.append("</div>")
    out.append(f'<div class="wpdiscuz-subscribe-bar wpdiscuz-hidden"><form action="#" method="post" id="wpdiscuz-subscribe-form">'
               f'<div class="wpdiscuz-subscribe-form-intro">{p.X("Notify of")} </div>'
               f'<div class="wpdiscuz-subscribe-form-option" style="width:40%;"><select class="wpdiscuz_select" name="wpdiscuzSubscriptionType">'
               f'<option value="post">{p.X("new follow-up comments")}</option><option value="all_comment">{p.X("new replies to my comments")}</option></select></div>'
               f'<div class="wpdiscuz-item wpdiscuz-subscribe-form-email"><input class="email" type="email" name="wpdiscuzSubscriptionEmail" required="required" value="" placeholder="Email"/></div>'
               f'<div class="wpdiscuz-subscribe-form-button"><input id="wpdiscuz_subscription_button" class="wpd-prim-button wpd_not_clicked" type="submit" value="›" name="wpdiscuz_subscription_button"/></div></form></div>')
    if v.get("full_form", True):
        guest = p.img("boilerplate", "https://secure.gravatar.com/avatar/", ext="", alt="", query="?s=56&d=mm")
        out.append(f'<div class="wpd-form wpd-form-wrapper wpd-main-form-wrapper" id="wpd-main-form-wrapper-0_0"><form class="wpd_comm_form wpd_main_comm_form" method="post" enctype="multipart/form-data">'
                   f'<div class="wpd-field-comment"><div class="wpdiscuz-item wc-field-textarea"><div class="wpdiscuz-textarea-wrap"><div class="wpd-avatar">{guest}</div>'
                   f'<div id="wpd-editor-wraper-0_0" style="display: none;"><div id="wpd-editor-char-counter-0_0" class="wpd-editor-char-counter"></div>'
                   f'<textarea id="wc-textarea-0_0" name="wc_comment" class="wc_comment wpd-field" placeholder="Join the discussion"></textarea></div></div></div></div>'
                   f'<div class="wpd-form-foot" style="display:none;"><div class="wpd-form-row"><div class="wpd-form-col-left">'
                   f'<div class="wpdiscuz-item wc_name-wrapper wpd-has-icon"><input id="wc_name-0_0" value="" required="required" class="wc_name wpd-field" type="text" name="wc_name" placeholder="Name*" maxlength="50"><label for="wc_name-0_0" class="wpdlb">{p.X("Name*")}</label></div>'
                   f'<div class="wpdiscuz-item wc_email-wrapper wpd-has-icon"><input id="wc_email-0_0" value="" required="required" class="wc_email wpd-field" type="email" name="wc_email" placeholder="Email*"><label for="wc_email-0_0" class="wpdlb">{p.X("Email*")}</label></div>'
                   f'</div><div class="wpd-form-col-right"><div class="wc-field-submit"><input id="wpd-field-submit-0_0" class="wc_comm_submit wpd_not_clicked wpd-prim-button" type="submit" name="submit" value="{p.X(v.get("submit", "Post Comment"))}"></div></div></div></div>'
                   f'</form></div>')
    out.append("</div>")
    # thread head
    out.append('<div id="wpd-threads" class="wpd-thread-wrapper"><div class="wpd-thread-head">')
    if n or v.get("zero_count"):
        word = v.get("comments_word", "Comments") if n != 1 else v.get("comment_word", "Comment")
        out.append(f'<div class="wpd-thread-info " data-comments-count="{n}"><span class="wpdtc" title="{n}">{p.X(str(n))}</span> {p.X(word)}</div>')
    out.append('<div class="wpd-space"></div><div class="wpd-thread-filter">')
    if n and v.get("sorting", True):
        s1, s2, s3 = v.get("sort_words", ("Newest", "Oldest", "Most Voted"))
        out.append(f'<div class="wpd-filter wpdf-sorting"><span class="wpdiscuz-sort-button wpdiscuz-date-sort-desc wpdiscuz-sort-button-active" data-sorting="newest">{p.X(s1)}</span>'
                   f'<i class="fas fa-sort-down"></i><div class="wpdiscuz-sort-buttons"><span class="wpdiscuz-sort-button wpdiscuz-date-sort-asc" data-sorting="oldest">{p.X(s2)}</span>'
                   f'<span class="wpdiscuz-sort-button wpdiscuz-vote-sort-up" data-sorting="by_vote">{p.X(s3)}</span></div></div>')
    out.append("</div></div>")
    out.append(f'<div class="wpd-comment-info-bar"><div class="wpd-current-view"><i class="fas fa-quote-left"></i> {p.X("Inline Feedbacks")}</div>'
               f'<div class="wpd-filter-view-all">{p.X("View all comments")}</div></div>')
    out.append('<div class="wpd-thread-list">')
    for node in art["comments"]:
        out.append(wpdiscuz_comment(p, node, v, clock, None, 0, now))
    if n and v.get("load_more"):
        out.append(f'<div class="wpdiscuz-comment-pagination"><div class="wpd-load-more-submit-wrap"><button name="submit" data-lastparentid="0" class="wpd-load-more-submit wpd-loaded wpd-prim-button">{p.X(v["load_more"])}</button></div></div>')
    out.append('</div></div></div></div><div id="wpdiscuz-loading-bar" class="wpdiscuz-loading-bar-unauth"></div>')
    return "\n".join(out)


def wpdiscuz_page(p, art, site, v):
    pub, now = v["pub"], v["now"]
    parts = news_top(p, art, site, v)
    parts.append('<main id="main" class="site-main"><article class="post type-post">')
    if v.get("cat_line"):
        parts.append(f'<div class="td-post-category">{p.X(v["cat_line"])}</div>')
    parts += news_article_head(p, art, site, v, pub)
    if v.get("disclaimer"):
        parts.append(f'<div class="disclaimer"><p>{p.X(v["disclaimer"])}</p></div>')
    parts.append('<div class="entry-content">')
    parts.append(body_blocks(p, art, site, fig=v.get("fig", "figure"), rel=v.get("rel", "related")))
    parts.append("</div>")
    if v.get("disclaimer") and v.get("disclaimer_twice"):
        parts.append(f'<div class="disclaimer"><p>{p.X(v["disclaimer"])}</p></div>')
    if v.get("share_bottom"):
        parts.append('<div class="share-buttons">' + " ".join(f'<a href="#">{p.X(s)}</a>' for s in v["share_bottom"]) + "</div>")
    parts.append("</article>")
    parts += news_bottom(p, art, site, v)
    parts.append(wpdiscuz_section(p, art, site, dict(v, post_author=art["author"]), pub, now))
    if v.get("prevnext"):
        parts.append('<div class="post-navigation">' + "".join(f'<div><a href="#">{p.X(t)}</a></div>' for t in v["prevnext"]) + "</div>")
    parts.append("</main>")
    parts += news_footer(p, site, v)
    return "\n".join(parts)


# ============================================================================
# Disqus (rendered thread)
# ============================================================================
def disqus_comment(p, node, v, clock, parent, depth, now, parent_name=None):
    cid, depth = _cid(p, node, depth, parent)
    d = clock.next(5, 2000)
    author = node["author"] or "Guest"
    pid = p.rng.randint(1000000000, 4999999999)
    votes = p.rng.choice([0, 0, 0, 1, 2, 3, 4, 7, 11, 23])
    when = rel(now, d)
    uname = "".join(c for c in author.lower() if c.isalnum()) or "guest"
    avatar = p.img(("comment", cid), "//c.disquscdn.com/uploads/users/" + str(p.rng.randint(1000, 9999)) + "/", alt="Avatar" if v.get("avatar_alt") else "")
    if v.get("avatar_alt"):
        pass
    plink = ""
    if parent_name:
        arrow = v.get("parent_arrow", "")
        plink = (f' <span class="parent-link-container"><a href="#comment-{pid - 9}" class="parent-link" data-role="parent-link">'
                 f'<i aria-label="in reply to" class="icon-forward" title="in reply to"></i>{(p.C(cid, arrow) + " ") if arrow else " "}{p.C(cid, parent_name)}</a></span>')
    guest = ""
    if node.get("guest") or author == "Guest":
        guest = f' <span class="badge" data-role="guest">{p.C(cid, "Guest")}</span>'
    if v.get("footer", "menu") == "menu":
        vote_html = (f'<li class="voting" data-role="voting"><a href="#" class="vote-up count-{votes}" data-action="upvote" title="Vote up">'
                     f'<span class="updatable count" data-role="likes">{p.C(cid, str(votes)) if votes else ""}</span> <span class="control">{p.C(cid, "△")}</span></a> '
                     f'<span role="button" class="vote-down count-0" data-action="downvote" title="Vote down"><span class="control">{p.C(cid, "▽")}</span></span></li>')
        footer = (f'<footer class="comment__footer"><menu class="comment-footer__menu">{vote_html}'
                  f'<li class="bullet" aria-hidden="true">•</li><li class="reply" data-role="reply-link"><a href="#" data-action="reply"><i class="icon icon-mobile icon-reply"></i>'
                  f'<span class="text">{p.C(cid, "Reply")}</span></a></li><li class="bullet" aria-hidden="true">•</li>'
                  f'<li class="comment__share"><a class="toggle"><span class="text">{p.C(cid, "Share ›")}</span></a></li></menu></footer>')
    else:   # older embed: one line of links
        vt = f'<span class="dsq-likes">{p.C(cid, str(votes) + " " + ("like" if votes == 1 else "likes"))}</span> · ' if votes else ""
        footer = (f'<div class="dsq-comment-footer">{vt}<a href="#" class="dsq-comment-reply">{p.C(cid, "Reply")}</a> · '
                  f'<a href="#" class="dsq-share">{p.C(cid, "Share ›")}</a></div>')
    out = (f'<li class="post" id="post-{pid}"><div role="alert"></div><div class="post-content" data-role="post-content"><div class="indicator"></div>'
           f'<div class="avatar hovercard"><a href="https://disqus.com/by/{uname}/" class="user" data-action="profile" data-username="{uname}">{avatar}</a></div>\n'
           f'<div class="post-body"><header class="comment__header"><span class="post-byline"><span class="author publisher-anchor-color">'
           f'<a href="https://disqus.com/by/{uname}/" data-action="profile">{p.C(cid, author)}</a></span>{guest}{plink}</span> '
           f'<span class="post-meta"><span class="bullet time-ago-bullet" aria-hidden="true">•</span> '
           f'<a href="#comment-{pid}" data-role="relative-time" class="time-ago" title="{DAYS[d.weekday()]}, {d_long(d)} {h12(d)[0]}:{d.minute:02d} {h12(d)[1].upper()}">{p.C(cid, when)}</a></span></header>\n'
           f'<div class="post-body-inner"><div class="post-message-container" data-role="message-container"><div class="publisher-anchor-color" data-role="message-content">'
           f'<div class="post-message " data-role="message" dir="auto">{cparas(p, cid, node["paras"])}</div></div></div>'
           f'{("<a class=" + chr(34) + "see-more" + chr(34) + " title=" + chr(34) + "show more" + chr(34) + ">" + p.C(cid, "see more") + "</a>") if len(" ".join(node["paras"])) > 600 else ""}</div>\n'
           f'{footer}</div></div>\n')
    if node["children"]:
        out += '<ul class="children" data-role="children">\n'
        for ch in node["children"]:
            out += disqus_comment(p, ch, v, clock, cid, depth + 1, now, author)
        out += "</ul>\n"
    return out + "</li>\n"


def disqus_section(p, art, site, v, pub, now):
    n = _ncom(art)
    clock = Clock(p.rng, pub, now)
    out = [f'<div id="disqus_thread"><div id="layout" data-tracking-area="layout">']
    if v.get("reactions"):
        out.append(f'<div id="reactions__container"><h3>{p.X("What do you think?")}</h3><p>{p.X(str(v["reactions"]) + " Responses")}</p><ul class="reactions">'
                   + "".join(f'<li><button>{p.img("boilerplate", "https://c.disquscdn.com/next/embed/assets/img/reactions/", ext="png", alt="")}<span>{p.X(r)}</span></button></li>'
                             for r in ["Upvote", "Funny", "Love", "Surprised", "Angry", "Sad"]) + "</ul></div>")
    out.append(f'<div id="main-nav" data-tracking-area="main-nav"><nav class="nav nav-primary"><ul>'
               f'<li class="nav-tab nav-tab--primary tab-conversation active"><a class="publisher-nav-color" data-nav="conversation" href="#"><span class="comment-count">{p.X(f"{n} Comments" if n != 1 else "1 Comment")}</span></a></li>'
               f'<li class="nav-tab nav-tab--primary tab-community"><a href="#" class="dropdown-toggle"><span class="community-name"><strong>{p.X(site["name"])}</strong></span></a></li>'
               f'<li class="nav-tab nav-tab--primary dropdown user-menu"><a href="#" class="dropdown-toggle"><span class="dropdown-toggle-wrapper"><span>{p.X("Login")}</span></span></a></li></ul></nav></div>')
    out.append(f'<div id="thread__container"><div id="thread__wrapper"><div class="nav nav-secondary"><ul>'
               f'<li id="recommend-button" class="nav-tab nav-tab--secondary recommend-dropdown"><div class="thread-likes"><a href="#" class="dropdown-toggle"><span class="icon-heart"></span>'
               f'<span class="label label-default">{p.X("Recommend")}</span> <span class="label label-count">{p.X(str(p.rng.randint(1, 40)))}</span></a></div></li>'
               f'<li id="thread-share-menu" class="nav-tab nav-tab--secondary share-menu-container"><ul class="share-menu"><li class="twitter"><a href="#">{p.X("Tweet")}</a></li>'
               f'<li class="facebook"><a href="#">{p.X("Share")}</a></li></ul></li>'
               f'<li class="nav-tab nav-tab--secondary dropdown sorting pull-right"><a href="#" class="dropdown-toggle"><span class="label">{p.X(v.get("sort", "Sort by Best"))}</span></a></li></ul></div>')
    out.append(f'<div id="form"><form class="reply"><div class="postbox"><div class="avatar"><span class="user">{p.img("boilerplate", "//a.disquscdn.com/1594/images/", ext="png", alt="Avatar" if v.get("avatar_alt") else "")}</span></div>'
               f'<div class="textarea-wrapper"><div class="textarea" role="textbox" aria-multiline="true" contenteditable="true"><p><br></p></div><span class="placeholder">{p.X("Join the discussion…")}</span></div>'
               f'<section class="auth-section logged-out"><div class="connect"><h6>{p.X("Log in with")}</h6></div>'
               f'<div class="guest"><h6 class="guest-form-title"><span class="register-text">{p.X("or sign up with Disqus")}</span> <span class="help-icon" title="Disqus is a discussion network">{p.X("?")}</span></h6>'
               f'<div class="what-is-disqus"><p><strong>{p.X("Disqus is a discussion network")}</strong></p><ul><li><span>{p.X("Disqus never moderates or censors. The rules on this community are its own.")}</span></li>'
               f'<li><span>{p.X("Don" + chr(39) + "t be a jerk or do anything illegal. Everything is easier that way.")}</span></li></ul>'
               f'<p><a href="https://docs.disqus.com/kb/terms-and-policies/" target="_blank">{p.X("Read full terms and conditions")}</a></p></div>'
               f'<p class="input-wrapper"><input type="text" class="input--text" name="display_name" placeholder="Name"/></p></div></section></div></form></div>')
    if not n:
        out.append(f'<div id="no-posts"><div class="no-posts">{p.X("Be the first to comment.")}</div></div>')
    out.append('<ul id="post-list" class="post-list">')
    for node in art["comments"]:
        out.append(disqus_comment(p, node, v, clock, None, 0, now))
    out.append("</ul>")
    if n and v.get("load_more", True):
        out.append(f'<div class="load-more" data-role="more"><a href="#" data-action="more-posts" class="load-more__button">{p.X("Load more comments")}</a></div>')
    out.append("</div></div>")
    if v.get("also_on"):
        out.append(f'<div id="recommendations"><h2 class="recommendations__title">{p.X("ALSO ON " + site["name"].upper())}</h2><ul>'
                   + "".join(f'<li><a href="#"><span class="recommendations__comments">{p.X(f"{c} comments")}</span> <span class="time">{p.X(a)}</span>'
                             f'<h3 class="recommendations__title">{p.X(t)}</h3></a></li>' for t, c, a in v["also_on"]) + "</ul></div>")
    out.append(f'<div id="footer" data-tracking-area="footer"><ul><li class="install"><a href="https://disqus.com/" rel="nofollow"><span>{p.X("Subscribe")}</span></a></li>'
               f'<li class="install"><a href="https://publishers.disqus.com/engage"><span>{p.X("Add Disqus to your site")}</span></a></li>'
               f'<li class="xdoc"><a href="https://help.disqus.com/">{p.X("Do Not Sell My Data")}</a></li></ul>'
               f'<div class="powered-by"><a href="https://disqus.com">{p.X("Powered by Disqus")}</a></div></div>')
    out.append("</div></div>")
    if v.get("noscript", True):
        out.append(f'<noscript>{p.X("Please enable JavaScript to view the")} <a href="https://disqus.com/?ref_noscript">{p.X("comments powered by Disqus.")}</a></noscript>')
    return "\n".join(out)


def disqus_page(p, art, site, v):
    pub, now = v["pub"], v["now"]
    parts = news_top(p, art, site, v)
    parts.append('<main class="content"><article class="story">')
    parts += news_article_head(p, art, site, v, pub)
    parts.append('<div class="story-body">')
    parts.append(body_blocks(p, art, site, fig=v.get("fig", "news"), rel=v.get("rel", "alsoread"), qa=v.get("qa", "strong")))
    parts.append("</div></article>")
    parts += news_bottom(p, art, site, v)
    if v.get("comments_heading"):
        parts.append(f'<h2 class="comments-heading">{p.X(v["comments_heading"])}</h2>')
    parts.append(disqus_section(p, art, site, v, pub, now))
    parts.append("</main>")
    parts += news_footer(p, site, v)
    return "\n".join(parts)


# ============================================================================
# Blogger
# ============================================================================
def blogger_page(p, art, site, v):
    pub, now = v["pub"], v["now"]
    author = art["author"] or site.get("author", "Admin")
    n = _ncom(art)
    clock = Clock(p.rng, pub, now)
    h, ap = h12(pub)
    parts = [head(art["title"], site["name"]), '<body class="loading">']
    parts.append(f'<div class="navbar section" id="navbar"><div class="widget Navbar" id="Navbar1"></div></div>')
    parts.append(f'<div id="outer-wrapper"><div id="header-wrapper"><div class="header section" id="header"><div class="widget Header" id="Header1"><div id="header-inner">'
                 f'<div class="titlewrapper"><h1 class="title"><a href="https://{site["domain"]}/">{p.X(site["name"])}</a></h1></div>'
                 f'<div class="descriptionwrapper"><p class="description"><span>{p.X(site["tagline"])}</span></p></div></div></div></div></div>')
    if site.get("pages"):
        parts.append(f'<div class="tabs section" id="crosscol"><div class="widget PageList" id="PageList1"><h2>{p.X("Pages")}</h2><div class="widget-content">{links(p, site["pages"])}</div></div></div>')
    parts.append('<div id="content-wrapper"><div id="main-wrapper"><div class="main section" id="main"><div class="widget Blog" id="Blog1"><div class="blog-posts hfeed">')
    parts.append(f'<h2 class="date-header"><span>{p.X(f"{DAYS[pub.weekday()]}, {MONTHS[pub.month-1]} {pub.day:02d}, {pub.year}")}</span></h2>')
    parts.append('<div class="post-outer"><div class="post hentry" itemprop="blogPost">')
    parts.append(f'<h3 class="post-title entry-title" itemprop="name">{p.T(art["title"])}</h3>')
    parts.append('<div class="post-header"><div class="post-header-line-1"></div></div>')
    parts.append(f'<div class="post-body entry-content" id="post-body-{p.rng.randint(10**17, 10**18)}" itemprop="description articleBody">')
    # Blogger bodies: divs and <br>, figures as caption tables
    for b in art["blocks"]:
        if b[0] == "p":
            parts.append(f'<div style="text-align: justify;">{p.B(b[1])}</div><div style="text-align: justify;"><br /></div>')
        elif b[0] == "h":
            parts.append(f'<h3 style="text-align: left;">{p.B(b[1])}</h3>')
        elif b[0] == "q":
            parts.append(f'<blockquote class="tr_bq">{p.B(b[1])}</blockquote>')
        elif b[0] in ("ol", "ul"):
            parts.append(f"<{b[0]}>" + "".join(f"<li>{p.B(x)}</li>" for x in b[1]) + f"</{b[0]}>")
        elif b[0] == "fig":
            parts.append(figure(p, b[1], b[2], "blogger", site["domain"]))
        elif b[0] == "rel":
            parts.append(related_inline(p, b[1], v.get("rel", "bare"), site["domain"]))
        elif b[0] == "qa":
            parts.append(f"<div><b>{p.B(b[1])}</b></div><div>{p.B(b[2])}</div><div><br /></div>")
    parts.append('<div style="clear: both;"></div></div>')
    parts.append('<div class="post-footer"><div class="post-footer-line post-footer-line-1">')
    parts.append(f'<span class="post-author vcard">{p.X("Posted by")} <span class="fn"><a href="https://www.blogger.com/profile/{p.rng.randint(10**19, 10**20)}" rel="author">{p.X(author)}</a></span></span> '
                 f'<span class="post-timestamp">{p.X("at")} <a class="timestamp-link" href="#" rel="bookmark"><abbr class="published" title="{d_isoz(pub)}">{p.X(f"{h}:{pub.minute:02d} {ap.upper()}")}</abbr></a></span> ')
    if v.get("comment_link", True):
        label = f"{n} comments:" if n != 1 else "1 comment:"
        if not n:
            label = "No comments:"
        parts.append(f'<span class="post-comment-link"><a class="comment-link" href="#comments">{p.X(label)}</a></span>')
    parts.append(f'<span class="post-icons"><span class="item-control blog-admin pid-1"><a href="#" title="Edit Post">{p.img("boilerplate", "https://resources.blogblog.com/img/", ext="gif", alt="")}</a></span></span>')
    parts.append('<div class="post-share-buttons goog-inline-block">' + "".join(
        f'<a class="goog-inline-block share-button sb-{c}" href="#" target="_blank" title="{t}"><span class="share-button-link-text">{p.X(t)}</span></a>'
        for c, t in [("email", "Email This"), ("blog", "BlogThis!"), ("twitter", "Share to Twitter"), ("facebook", "Share to Facebook"), ("pinterest", "Share to Pinterest")]) + "</div>")
    parts.append("</div>")
    if art["tags"]:
        parts.append(f'<div class="post-footer-line post-footer-line-2"><span class="post-labels">{p.X("Labels:")} '
                     + ",\n".join(f'<a href="#" rel="tag">{p.X(t)}</a>' for t in art["tags"]) + "</span></div>")
    parts.append("</div></div>")
    # comments
    parts.append('<div class="comments" id="comments"><a name="comments"></a>')
    kind = v.get("comments", "classic")
    if kind == "classic":
        parts.append(f'<h4>{p.X(label if n else "No comments:")}</h4>' if v.get("comment_link", True) else f'<h4>{p.X(f"{n} comments:")}</h4>')
        if n:
            parts.append('<div id="Blog1_comments-block-wrapper"><dl class="avatar-comment-indent" id="comments-block">')
            for node in art["comments"]:
                cid, _ = _cid(p, node, 0, None)
                d = clock.next(10, 3000)
                cnum = p.rng.randint(10**17, 10**18)
                who = node["author"] or "Anonymous"
                if who == "Anonymous":
                    whohtml = p.C(cid, "Anonymous")
                else:
                    whohtml = f'<a href="https://www.blogger.com/profile/{p.rng.randint(10**19, 10**20)}" rel="nofollow">{p.C(cid, who)}</a>'
                said = v.get("said", "said...")
                stamp = d_blogger(d) if v.get("stamp", "long") == "long" else f"{d.month}/{d.day}/{d.year % 100:02d} {h12(d)[0]}:{d.minute:02d} {h12(d)[1].upper()}"
                avatar = ""
                if v.get("avatars"):
                    avatar = f'<div class="avatar-image-container avatar-stock"><span dir="ltr">{p.img(("comment", cid), "https://resources.blogblog.com/img/", ext="gif", alt="")}</span></div>'
                parts.append(f'<dt class="comment-author" id="c{cnum}"><a name="c{cnum}"></a>{avatar}{whohtml} {p.C(cid, said)}</dt>\n'
                             f'<dd class="comment-body" id="Blog1_cmt-{cnum}"><p>{cparas(p, cid, node["paras"], mode="br")}</p></dd>\n'
                             f'<dd class="comment-footer"><span class="comment-timestamp"><a href="#c{cnum}" title="comment permalink">{p.C(cid, stamp)}</a> '
                             f'<span class="item-control blog-admin pid-{p.rng.randint(1, 99)}"><a class="comment-delete" href="#" title="Delete Comment">'
                             f'{p.img(("comment", cid), "https://resources.blogblog.com/img/", ext="gif", alt="")}</a></span></span></dd>')
            parts.append("</dl></div>")
        parts.append(f'<p class="comment-footer"><a href="https://www.blogger.com/comment.g?blogID={p.rng.randint(10**17, 10**18)}" onclick="">{p.X("Post a Comment")}</a></p>')
    else:   # threaded comments (2012+ templates)
        h4 = f"{n} comments:" if n != 1 else "1 comment:"
        parts.append(f'<h4 id="comment-post-message">{p.X(h4 if n else "No comments:")}</h4>')
        parts.append('<div class="comments-content"><div class="comment-thread toplevel-thread"><ol id="top-ra">')

        def thread(node, depth, parent):
            cid, depth = _cid(p, node, depth, parent)
            d = clock.next(10, 3000)
            cnum = p.rng.randint(10**17, 10**18)
            who = node["author"] or "Anonymous"
            stamp = d_blogger(d)
            s = (f'<li class="comment" id="c{cnum}"><div class="avatar-image-container">{p.img(("comment", cid), "https://resources.blogblog.com/img/", ext="png", alt="")}</div>'
                 f'<div class="comment-block"><div class="comment-header"><cite class="user">{p.C(cid, who)}</cite><span class="icon user "></span>'
                 f'<span class="datetime secondary-text"><a rel="nofollow" href="#c{cnum}">{p.C(cid, stamp)}</a></span></div>'
                 f'<p class="comment-content">{cparas(p, cid, node["paras"], mode="br")}</p>'
                 f'<span class="comment-actions secondary-text"><a class="comment-reply" target="_self" data-comment-id="{cnum}">{p.C(cid, "Reply")}</a>'
                 f'<span class="item-control blog-admin blog-admin pid-1"><a target="_self" href="#">{p.C(cid, "Delete")}</a></span></span></div>'
                 f'<div class="comment-replies">')
            if node["children"]:
                s += (f'<div id="c{cnum}-rt" class="comment-thread inline-thread"><span class="thread-toggle thread-expanded"><span class="thread-arrow"></span>'
                      f'<span class="thread-count"><a target="_self">{p.C(cid, "Replies")}</a></span></span><ol id="c{cnum}-ra" class="thread-chrome thread-expanded"><div>')
                for ch in node["children"]:
                    s += thread(ch, depth + 1, cid)
                s += (f'</div><div id="c{cnum}-continue" class="continue"><a class="comment-reply" target="_self" data-comment-id="{cnum}">{p.thread_ui("Reply")}</a></div></ol></div>')
            s += f'</div><div class="comment-replybox-single" id="c{cnum}-ce"></div></li>'
            return s

        for node in art["comments"]:
            parts.append(thread(node, 0, None))
        parts.append(f'</ol><div id="top-continue" class="continue"><a class="comment-reply" target="_self">{p.X("Add comment")}</a></div>'
                     f'<div class="comment-replybox-thread" id="top-ce"></div><div class="loadmore hidden" data-post-id="1"><a target="_self">{p.X("Load more...")}</a></div></div></div>')
        parts.append(f'<p class="comment-footer"><div class="comment-form"><a name="comment-form"></a><h4 id="comment-post-message">{p.X("Post a Comment")}</h4>'
                     f'<p>{p.X(v.get("form_msg", "Note: Only a member of this blog may post a comment."))}</p></div></p>')
    parts.append("</div></div></div>")
    parts.append(f'<div class="blog-pager" id="blog-pager"><span id="blog-pager-newer-link"><a class="blog-pager-newer-link" href="#" title="Newer Post">{p.X("Newer Post")}</a></span> '
                 f'<span id="blog-pager-older-link"><a class="blog-pager-older-link" href="#" title="Older Post">{p.X("Older Post")}</a></span> '
                 f'<a class="home-link" href="/">{p.X("Home")}</a></div><div class="clear"></div>')
    parts.append(f'<div class="post-feeds"><div class="feed-links">{p.X("Subscribe to:")} <a class="feed-link" href="#" target="_blank" type="application/atom+xml">{p.X("Post Comments (Atom)")}</a></div></div>')
    parts.append("</div></div></div>")
    # sidebar
    parts.append('<div id="sidebar-wrapper"><div class="sidebar section" id="sidebar">')
    if site.get("about"):
        parts.append(f'<div class="widget Profile" id="Profile1"><h2>{p.X("About Me")}</h2><div class="widget-content">{p.img("boilerplate", "https://blogger.googleusercontent.com/img/b/", alt="My photo", attrs="width=80 height=80")}'
                     f'<dl class="profile-datablock"><dt class="profile-data"><a class="profile-name-link g-profile" href="#" rel="author">{p.X(author)}</a></dt>'
                     f'<dd class="profile-textblock">{p.X(site["about"])}</dd></dl><a class="profile-link" href="#" rel="author">{p.X("View my complete profile")}</a></div></div>')
    y = pub.year
    arch = (f'<div class="widget BlogArchive" id="BlogArchive1"><h2>{p.X("Blog Archive")}</h2><div class="widget-content"><div id="ArchiveList"><ul class="hierarchy">'
            f'<li class="archivedate collapsed"><a class="toggle" href="javascript:void(0)"><span class="zippy">{p.X("►")}&nbsp;</span></a><a class="post-count-link" href="#">{p.X(str(y + 1))}</a> <span class="post-count" dir="ltr">{p.X("(" + str(p.rng.randint(3, 40)) + ")")}</span></li>'
            f'<li class="archivedate expanded"><a class="toggle" href="javascript:void(0)"><span class="zippy toggle-open">{p.X("▼")}&nbsp;</span></a><a class="post-count-link" href="#">{p.X(str(y))}</a> <span class="post-count" dir="ltr">{p.X("(" + str(p.rng.randint(10, 60)) + ")")}</span>'
            f'<ul class="hierarchy"><li class="archivedate expanded"><a class="toggle" href="javascript:void(0)"><span class="zippy toggle-open">{p.X("▼")}&nbsp;</span></a><a class="post-count-link" href="#">{p.X(MONTHS[pub.month - 1])}</a> <span class="post-count" dir="ltr">{p.X("(" + str(len(site.get("month_posts", [])) + 1) + ")")}</span>'
            f'<ul class="posts"><li><a href="#">{p.X(art["title"])}</a></li>' + "".join(f'<li><a href="#">{p.X(t)}</a></li>' for t in site.get("month_posts", [])) + "</ul></li></ul></li>"
            f'<li class="archivedate collapsed"><a class="toggle" href="javascript:void(0)"><span class="zippy">{p.X("►")}&nbsp;</span></a><a class="post-count-link" href="#">{p.X(str(y - 1))}</a> <span class="post-count" dir="ltr">{p.X("(" + str(p.rng.randint(10, 60)) + ")")}</span></li>'
            "</ul></div></div></div>")
    parts.append(arch)
    if site.get("popular"):
        parts.append(f'<div class="widget PopularPosts" id="PopularPosts1"><h2>{p.X("Popular Posts")}</h2><div class="widget-content popular-posts"><ul>'
                     + "".join(f'<li><div class="item-title"><a href="#">{p.X(t)}</a></div></li>' for t in site["popular"]) + "</ul></div></div>")
    parts.append(f'<div class="widget Followers" id="Followers1"><h2 class="title">{p.X("Followers")}</h2></div>')
    parts.append("</div></div></div>")
    parts.append(f'<div id="footer-wrapper"><div class="footer section" id="footer"><div class="widget Attribution" id="Attribution1"><div class="widget-content" style="text-align: center;">'
                 f'{p.X(site.get("attribution", "Simple theme. Powered by"))} <a href="https://www.blogger.com" target="_blank">{p.X("Blogger")}</a>.</div></div></div></div>')
    parts.append("</div></body></html>")
    return "\n".join(parts)


# ============================================================================
# TypePad
# ============================================================================
def typepad_page(p, art, site, v):
    pub, now = v["pub"], v["now"]
    author = art["author"] or site.get("author", "Editor")
    n = _ncom(art)
    clock = Clock(p.rng, pub, now)
    h, ap = h12(pub)
    parts = [head(art["title"], site["name"]), '<body class="layout-two-column-right post">']
    parts.append(f'<div id="container"><div id="container-inner" class="pkg"><div id="banner"><div id="banner-inner" class="pkg">'
                 f'<h1 id="banner-header"><a href="https://{site["domain"]}/" accesskey="1">{p.X(site["name"])}</a></h1>'
                 f'<h2 id="banner-description">{p.X(site["tagline"])}</h2></div></div>')
    parts.append('<div id="pagebody"><div id="pagebody-inner" class="pkg"><div id="alpha"><div id="alpha-inner" class="pkg">')
    if v.get("nav_top", True):
        parts.append(f'<p class="content-nav"><a href="#">{p.X("« " + site["prevnext"][0])}</a> | <a href="/">{p.X("Main")}</a> | <a href="#">{p.X(site["prevnext"][1] + " »")}</a></p>')
    parts.append(f'<h2 class="date-header">{p.X(f"{MONTHS[pub.month-1]} {pub.day:02d}, {pub.year}")}</h2>')
    parts.append(f'<div class="entry-category-{slug(site["categories"][0], 2)} entry-author-{slug(author, 2)} entry-type-post entry" id="entry-{p.rng.randint(10**15, 10**16)}">')
    parts.append(f'<h3 class="entry-header">{p.T(art["title"])}</h3>')
    parts.append('<div class="entry-content"><div class="entry-body">')
    parts.append(body_blocks(p, art, site, fig="plain", rel=v.get("rel", "bare"), qa=v.get("qa", "plain")))
    parts.append("</div></div>")
    posted = f"Posted at {h:02d}:{pub.minute:02d} {ap.upper()}" if v.get("posted_at", True) else f"Posted by {author} on {MONTHS[pub.month-1]} {pub.day:02d}, {pub.year} at {h:02d}:{pub.minute:02d} {ap.upper()}"
    parts.append(f'<div class="entry-footer"><p class="entry-footer-info"><span class="post-footers">{p.X(posted + " in")} <a href="#">{p.X(site["categories"][0])}</a></span> '
                 f'<span class="separator">|</span> <a class="permalink" href="#">{p.X("Permalink")}</a></p>')
    if art["tags"]:
        parts.append(f'<p class="entry-tags">{p.X("Tags:")} ' + ", ".join(f'<a rel="tag" href="#">{p.X(t)}</a>' for t in art["tags"]) + "</p>")
    parts.append(f'<div class="entry-actions"><a href="#">{p.X("Reblog")}</a> ({p.X("0")}) | <a href="#">{p.X("Digg This")}</a> | <a href="#">{p.X("Save to del.icio.us")}</a></div></div></div>')
    # comments
    parts.append(f'<div class="comments" id="comments"><h3 class="comments-header">{p.X("Comments")}</h3>')
    parts.append(f'<div class="comments-info"><p><a href="#" title="Comment Feed">{p.img("boilerplate", "https://static.typepad.com/.shared/images/", ext="gif", alt="Feed")}</a> '
                 f'{p.X("You can follow this conversation by subscribing to the")} <a href="#">{p.X("comment feed")}</a> {p.X("for this post.")}</p></div>')
    parts.append('<div class="comments-content" id="comments-content">')
    for node in art["comments"]:
        cid, _ = _cid(p, node, 0, None)
        d = clock.next(20, 4000)
        cnum = p.rng.randint(10**15, 10**16)
        who = node["author"] or "Anonymous"
        whohtml = p.C(cid, who) if node.get("nolink") or who == "Anonymous" else f'<a rel="nofollow" href="http://www.example.org/{slug(who, 2)}">{p.C(cid, who)}</a>'
        parts.append(f'<div class="comment font-entrybody" id="comment-6a00d8341c{cnum}"><a id="c6a00d8341c{cnum}"></a>'
                     f'<div class="comment-content font-entrybody">{cparas(p, cid, node["paras"])}</div>'
                     f'<p class="comment-footer font-post-footer">{p.C(cid, "Posted by:")} {whohtml} | '
                     f'<a rel="nofollow" href="#c6a00d8341c{cnum}">{p.C(cid, d_typepad(d))}</a></p></div>')
    parts.append("</div></div>")
    if v.get("closed"):
        parts.append(f'<p class="comments-closed font-entrybody">{p.X("The comments to this entry are closed.")}</p>')
    else:
        parts.append(f'<div class="comments-open" id="comments-open"><h2 class="comments-open-header">{p.X("Verify your Comment")}</h2>'
                     f'<div class="comments-open-content"><div id="comment-preview"><h3>{p.X("Previewing your Comment")}</h3><div class="comment"><div class="comment-content"></div>'
                     f'<p class="comment-footer">{p.X("Posted by:")} |</p></div>'
                     f'<p>{p.X("This is only a preview. Your comment has not yet been posted.")}</p>'
                     f'<form><input type="submit" value="{p.X("Post")}" /> <input type="button" value="{p.X("Edit")}" /></form></div>'
                     f'<div id="comment-error"><p>{p.X("Your comment could not be posted. Error type:")}</p></div>'
                     f'<div id="comment-posted"><p>{p.X("Your comment has been posted.")} <a href="#">{p.X("Post another comment")}</a></p></div>'
                     f'<p>{p.X("The letters and numbers you entered did not match the image. Please try again.")}</p>'
                     f'<p>{p.X("As a final step before posting your comment, enter the letters and numbers you see in the image below. This prevents automated programs from posting comments.")}</p>'
                     f'<p>{p.X("Having trouble reading this image?")} <a href="#">{p.X("View an alternate.")}</a></p></div></div>')
        parts.append(f'<div class="comments-open" id="comments-open-form"><h2 class="comments-open-header">{p.X("Post a comment")}</h2>'
                     f'<div class="comments-open-content"><p class="comments-open-moderated">{p.X("Comments are moderated, and will not appear until the author has approved them.")}</p>'
                     f'<div id="comment-form-name"><label for="comment-author">{p.X("Name:")}</label> <input id="comment-author" name="author" size="30" value="" /></div>'
                     f'<div id="comment-form-email"><label for="comment-email">{p.X("Email Address:")}</label> <input id="comment-email" name="email" size="30" value="" /></div>'
                     f'<p>{p.X("(Name and email address are required. Email address will not be displayed with the comment.)")}</p>'
                     f'<div id="comment-form-url"><label for="comment-url">{p.X("URL:")}</label> <input id="comment-url" name="url" size="30" value="" /></div>'
                     f'<p><label for="comment-text">{p.X("Comment:")}</label><textarea id="comment-text" name="text" rows="10" cols="30"></textarea></p>'
                     f'<input type="submit" name="preview" id="comment-preview" value="{p.X("Preview")}" /> <input type="submit" name="post" id="comment-post" value="{p.X("Post")}" /></div></div>')
    parts.append("</div></div>")
    parts.append('<div id="beta"><div id="beta-inner" class="pkg">')
    parts.append(f'<div class="module-syndicate module"><div class="module-content"><a href="#">{p.X("Subscribe to this blog" + chr(39) + "s feed")}</a></div></div>')
    parts.append(f'<div class="module-recent-posts module"><h2 class="module-header">{p.X("Recent Posts")}</h2><div class="module-content">{links(p, site["recent"], cls="module-list")}</div></div>')
    parts.append(f'<div class="module-categories module"><h2 class="module-header">{p.X("Categories")}</h2><div class="module-content">{links(p, site["categories"], cls="module-list")}</div></div>')
    parts.append(f'<div class="module-powered module"><div class="module-content"><a href="https://www.typepad.com/">{p.X("Powered by TypePad")}</a></div></div>')
    parts.append("</div></div></div></div></div></div></body></html>")
    return "\n".join(parts)


# ============================================================================
# old reddit
# ============================================================================
def reddit_comment(p, node, v, clock, parent, depth, now, sub):
    cid, depth = _cid(p, node, depth, parent)
    d = clock.next(2, 300)
    tid = "".join(p.rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(7))
    author = node["author"] or "[deleted]"
    pts = p.rng.choice([1, 1, 2, 3, 5, 8, 12, 19, 34, 57, 140, -2, 0])
    nkids = len(node["children"])
    children = f' <a href="javascript:void(0)" class="numchildren">{p.C(cid, "(" + str(nkids) + (" child)" if nkids == 1 else " children)"))}</a>' if nkids else ""
    flair = f' <span class="flair">{p.C(cid, node["flair"])}</span>' if node.get("flair") else ""
    op = f' <a href="#" class="submitter" title="submitter">{p.C(cid, "[S]")}</a>' if node.get("op") else ""
    buttons = ["permalink", "embed", "save"] + (["parent"] if depth > 0 or node.get("orphan") else []) + ["report", "give award", "reply"]
    score = f"{pts} point" + ("" if abs(pts) == 1 else "s")
    out = (f'<div class=" thing id-t1_{tid} noncollapsed comment " data-fullname="t1_{tid}" data-type="comment" data-author="{author}">'
           f'<p class="parent"><a name="{tid}"></a></p><div class="midcol unvoted"><div class="arrow up login-required access-required" role="button" aria-label="upvote" tabindex="0"></div>'
           f'<div class="arrow down login-required access-required" role="button" aria-label="downvote" tabindex="0"></div></div>'
           f'<div class="entry unvoted"><p class="tagline"><a href="javascript:void(0)" class="expand">{p.C(cid, "[–]")}</a>'
           f'<a href="https://old.reddit.com/user/{author}" class="author may-blank id-t2_{tid[:5]}">{p.C(cid, author)}</a>{op}{flair}<span class="userattrs"></span> '
           f'<span class="score unvoted" title="{pts}">{p.C(cid, score)}</span> '
           f'<time title="{DAYS[d.weekday()][:3]} {MONTHS[d.month-1][:3]} {d.day} {d.hour:02d}:{d.minute:02d}:00 {d.year} UTC" datetime="{d_isoz(d)}" class="live-timestamp">{p.C(cid, rel(now, d))}</time>&#32;{children}</p>'
           f'<form action="#" class="usertext warn-on-unload" id="form-t1_{tid}"><input type="hidden" name="thing_id" value="t1_{tid}"/>'
           f'<div class="usertext-body may-blank-within md-container "><div class="md">{cparas(p, cid, node["paras"])}</div></div></form>'
           f'<ul class="flat-list buttons">' + "".join(f'<li class="{"first" if i == 0 else ""}"><a href="javascript:void(0)" class="bylink">{p.C(cid, b)}</a></li>' for i, b in enumerate(buttons)) +
           f'</ul><div class="reportform report-t1_{tid}"></div></div><div class="child">')
    if node["children"]:
        out += f'<div id="siteTable_t1_{tid}" class="sitetable listing">'
        for ch in node["children"]:
            out += reddit_comment(p, ch, v, clock, cid, depth + 1, now, sub)
        if node.get("more"):
            out += (f'<div class=" thing morechildren"><div class="entry unvoted"><span class="morecomments"><a class="button" href="javascript:void(0)">'
                    f'{p.thread_ui("load more comments")}</a> <span class="gray">{p.thread_ui("(" + str(node["more"]) + " replies)")}</span></span></div></div>')
        out += "</div>"
    return out + '</div><div class="clearleft"></div></div>\n'


def reddit_page(p, art, site, v):
    pub, now = v["pub"], v["now"]
    sub = site["sub"]
    n = _ncom(art)
    clock = Clock(p.rng, pub, now)
    op_name = art["author"] or "throwaway"
    for node in _walk(art["comments"]):
        if node["author"] == op_name:
            node["op"] = True
    pts = p.rng.randint(40, 3000)
    parts = [head(art["title"], sub), '<body class="listing-page comments-page">']
    parts.append(f'<div id="sr-header-area"><div class="width-clip"><div class="dropdown srdrop"><span class="selected title">{p.X("my subreddits")}</span></div>'
                 f'<div class="sr-list"><ul class="flat-list sr-bar hover"><li><a href="#" class="choice">{p.X("popular")}</a></li><li><span class="separator">-</span><a href="#" class="choice">{p.X("all")}</a></li>'
                 f'<li><span class="separator">-</span><a href="#" class="choice">{p.X("random")}</a></li><li><span class="separator">-</span><a href="#" class="choice">{p.X("users")}</a></li></ul>'
                 f'<span class="separator">&nbsp;|&nbsp;</span><ul class="flat-list sr-bar hover">' + "".join(f'<li><span class="separator">-</span><a href="#" class="choice">{p.X(s)}</a></li>' for s in site["srbar"]) + "</ul></div>"
                 f'<a href="/subreddits/" id="sr-more-link">{p.X("more »")}</a></div></div>')
    parts.append(f'<div id="header" role="banner"><a tabindex="1" href="#content" id="jumpToContent">{p.X("jump to content")}</a>'
                 f'<a href="/" id="header-img-a"><img id="header-img" src="//b.thumbs.redditmedia.com/{sub}.png" alt="{p.X(sub)}"></a>'
                 f'<span class="hover pagename redditname"><a href="/r/{sub}/">{p.X(sub)}</a></span>'
                 f'<ul class="tabmenu "><li class="selected"><a href="#" class="choice">{p.X("comments")}</a></li><li><a href="#" class="choice">{p.X("other discussions (" + str(p.rng.randint(1, 4)) + ")")}</a></li></ul>'
                 f'<div id="header-bottom-right"><span class="user">{p.X("Want to join?")} <a href="#" class="login-required">{p.X("Log in")}</a> {p.X("or")} <a href="#" class="login-required">{p.X("sign up")}</a> {p.X("in seconds.")}</span>'
                 f'<span class="separator">|</span><ul class="flat-list hover"><li><a href="#" class="pref-lang choice">{p.X("English")}</a></li></ul></div></div>')
    # sidebar first in source (old reddit puts .side before content)
    parts.append(f'<div class="side"><div class="spacer"><form action="/r/{sub}/search" id="search" role="search"><input type="text" name="q" placeholder="search" tabindex="20">'
                 f'<input type="submit" value="" tabindex="22"></form></div>'
                 f'<div class="spacer"><div class="linkinfo"><div class="date"><span>{p.X("this post was submitted on")} </span><time datetime="{d_isoz(pub)}">{p.X(f"{pub.day:02d} {MONTHS[pub.month-1][:3]} {pub.year}")}</time></div>'
                 f'<div class="score"><span class="number">{p.X(str(pts))}</span> <span class="word">{p.X("points")}</span> {p.X("(" + str(p.rng.randint(80, 99)) + "% upvoted)")}</div>'
                 f'<div class="shortlink">{p.X("shortlink:")} <input type="text" value="{p.X("https://redd.it/" + p.stem())}" readonly="readonly" id="shortlink-text"></div></div></div>'
                 f'<div class="spacer"><div class="sidebox submit submit-text"><div class="morelink"><a href="#" class="login-required access-required">{p.X("Submit a new text post")}</a></div></div></div>'
                 f'<div class="spacer"><div class="titlebox"><h1 class="hover redditname"><a href="/r/{sub}/" class="hover">{p.X(sub)}</a></h1>'
                 f'<span class="fancy-toggle-button subscribe-button toggle"><a class="option active add login-required" href="#" tabindex="100">{p.X("subscribe")}</a></span>'
                 f'<span class="subscribers"><span class="number">{p.X(site["readers"])}</span> <span class="word">{p.X("readers")}</span></span>'
                 f'<p class="users-online"><span class="number">{p.X(str(p.rng.randint(20, 900)))}</span> <span class="word">{p.X("users here now")}</span></p>'
                 f'<div class="usertext-body"><div class="md"><p>{p.X(site["sub_desc"])}</p><h4>{p.X("Rules")}</h4><ol>'
                 + "".join(f"<li>{p.X(r)}</li>" for r in site["rules"]) + "</ol></div></div>"
                 f'<div class="bottom">{p.X("created by")} <a href="#" class="author">{p.X(site["creator"])}</a> {p.X("a community for " + site["age"])}</div></div></div></div>')
    parts.append('<a name="content"></a><div class="content" role="main"><div class="sitetable linklisting" id="siteTable">')
    parts.append(f'<div class="thing link self" data-type="link"><div class="midcol unvoted"><div class="arrow up login-required" role="button" aria-label="upvote"></div>'
                 f'<div class="score unvoted" title="{pts}">{p.X(str(pts))}</div><div class="arrow down login-required" role="button" aria-label="downvote"></div></div>'
                 f'<div class="entry unvoted"><div class="top-matter"><p class="title"><a class="title may-blank" href="#" tabindex="1">{p.T(art["title"])}</a> '
                 f'<span class="domain">(<a href="/r/{sub}/">{p.T("self." + sub)}</a>)</span></p>'
                 f'<p class="tagline ">{p.X("submitted")} <time title="" datetime="{d_isoz(pub)}" class="live-timestamp">{p.X(rel(now, pub))}</time> {p.X("by")} '
                 f'<a href="#" class="author may-blank">{p.X(op_name)}</a></p></div>'
                 f'<div class="expando"><form action="#" class="usertext warn-on-unload"><div class="usertext-body may-blank-within md-container "><div class="md">')
    for b in art["blocks"]:
        if b[0] == "p":
            parts.append(f"<p>{p.B(b[1])}</p>")
        elif b[0] == "q":
            parts.append(f"<blockquote><p>{p.B(b[1])}</p></blockquote>")
        elif b[0] in ("ol", "ul"):
            parts.append(f"<{b[0]}>" + "".join(f"<li><p>{p.B(x)}</p></li>" for x in b[1]) + f"</{b[0]}>")
        elif b[0] == "h":
            parts.append(f"<h2>{p.B(b[1])}</h2>")
        elif b[0] == "rel":
            parts.append(f'<p><a href="#">{p.X(b[1])}</a></p>')
    parts.append("</div></div></form></div>")
    parts.append(f'<ul class="flat-list buttons"><li class="first"><a href="#" class="bylink comments may-blank">{p.X(f"{n} comments")}</a></li>'
                 f'<li class="share"><a class="post-sharing-button" href="javascript: void 0;">{p.X("share")}</a></li><li class="link-save-button save-button login-required"><a href="#">{p.X("save")}</a></li>'
                 f'<li><form action="/post/hide" method="post" class="state-button hide-button"><span><a href="javascript:void(0)">{p.X("hide")}</a></span></form></li>'
                 f'<li class="report-button login-required"><a href="javascript:void(0)" class="reportbtn access-required">{p.X("report")}</a></li></ul></div></div></div>')
    parts.append(f'<div class="commentarea"><div class="panestack-title"><span class="title">{p.X(f"all {n} comments")}</span></div>'
                 f'<div class="menuarea"><div class="spacer"><span class="dropdown-title lightdrop">{p.X("sorted by:")} </span><div class="dropdown lightdrop"><span class="selected">{p.X(v.get("sort", "best"))}</span></div></div></div>')
    parts.append(f'<div class="sitetable nestedlisting" id="siteTable_t3_{p.stem()}">')
    for node in art["comments"]:
        parts.append(reddit_comment(p, node, v, clock, None, 0, now, sub))
    if v.get("more_top"):
        parts.append(f'<div class=" thing morechildren"><div class="entry unvoted"><span class="morecomments"><a class="button" href="javascript:void(0)">{p.X("load more comments")}</a> '
                     f'<span class="gray">{p.X("(" + str(v["more_top"]) + " replies)")}</span></span></div></div>')
    parts.append("</div></div></div>")
    parts.append(f'<div class="footer-parent"><div class="footer rounded"><div class="col"><ul class="flat-vert hover"><li class="flat-vert title">{p.X("about")}</li>'
                 + "".join(f'<li><a href="#" class="choice">{p.X(x)}</a></li>' for x in ["blog", "about", "advertising", "careers"]) + "</ul></div>"
                 f'<div class="col"><ul class="flat-vert hover"><li class="flat-vert title">{p.X("help")}</li>'
                 + "".join(f'<li><a href="#" class="choice">{p.X(x)}</a></li>' for x in ["site rules", "Reddit help center", "reddiquette", "mod guidelines", "contact us"]) + "</ul></div></div>"
                 f'<p class="bottommenu">{p.X("Use of this site constitutes acceptance of our")} <a href="#">{p.X("User Agreement")}</a> {p.X("and")} <a href="#">{p.X("Privacy Policy")}</a>. '
                 f'{p.X("© " + str(now.year) + " reddit inc. All rights reserved.")}</p>'
                 f'<p class="bottommenu">{p.X("REDDIT and the ALIEN Logo are registered trademarks of reddit inc.")}</p></div>')
    parts.append("</body></html>")
    return "\n".join(parts)


# ============================================================================
# news site A: nested <ul> replies, "Like · Reply · 2h"
# ============================================================================
def news_a_comment(p, node, v, clock, parent, depth, now):
    cid, depth = _cid(p, node, depth, parent)
    d = clock.next(3, 400)
    author = node["author"] or "Reader"
    likes = p.rng.choice([0, 0, 1, 2, 4, 9, 15])
    when = rel(now, d, short=True)
    badge = f' <span class="c-badge">{p.C(cid, node["badge"])}</span>' if node.get("badge") else ""
    lk = f'{p.C(cid, "Like")}' + (f' <span class="c-count">{p.C(cid, str(likes))}</span>' if likes else "")
    out = (f'<li class="c-comment" id="c{p.rng.randint(10**6, 10**7)}"><div class="c-comment__head"><span class="c-avatar" aria-hidden="true">{p.C(cid, _initials(author))}</span> '
           f'<strong class="c-comment__author">{p.C(cid, author)}</strong>{badge}</div>\n'
           f'<div class="c-comment__body">{cparas(p, cid, node["paras"])}</div>\n'
           f'<div class="c-comment__actions"><a href="#" class="c-like">{lk}</a> · <a href="#" class="c-reply">{p.C(cid, "Reply")}</a> · '
           f'<time datetime="{d_isoz(d)}">{p.C(cid, when)}</time></div>')
    if node["children"]:
        out += '\n<ul class="c-replies">\n'
        for ch in node["children"]:
            out += news_a_comment(p, ch, v, clock, cid, depth + 1, now)
        out += "</ul>"
        if node.get("more"):
            out += f'<div class="c-more"><a href="#">{p.thread_ui("View " + str(node["more"]) + " more replies")}</a></div>'
    return out + "</li>\n"


def news_a_page(p, art, site, v):
    pub, now = v["pub"], v["now"]
    n = _ncom(art)
    clock = Clock(p.rng, pub, now)
    parts = news_top(p, art, site, v)
    parts.append('<main id="main"><article class="article">')
    parts += news_article_head(p, art, site, v, pub)
    parts.append('<div class="article-body">')
    parts.append(body_blocks(p, art, site, fig=v.get("fig", "news"), rel=v.get("rel", "readmore"), qa=v.get("qa", "strong")))
    parts.append("</div></article>")
    parts += news_bottom(p, art, site, v)
    parts.append(f'<section id="comments" class="c-section"><h2 class="c-section__title">{p.X(v.get("conv_title", "Conversation") + " (" + str(n) + ")")}</h2>')
    if v.get("guidelines"):
        parts.append(f'<p class="c-guidelines">{p.X(v["guidelines"])} <a href="#">{p.X("Community Guidelines")}</a></p>')
    parts.append(f'<div class="c-login"><a href="#">{p.X("Log in")}</a> {p.X("or")} <a href="#">{p.X("create an account")}</a> {p.X("to join the conversation.")}</div>')
    if n:
        parts.append(f'<div class="c-sort"><span>{p.X("Sort by")}</span> <a href="#" class="active">{p.X("Best")}</a> <a href="#">{p.X("Newest")}</a> <a href="#">{p.X("Oldest")}</a></div>')
    parts.append('<ul class="c-list">')
    for node in art["comments"]:
        parts.append(news_a_comment(p, node, v, clock, None, 0, now))
    parts.append("</ul>")
    if v.get("more_comments"):
        parts.append(f'<div class="c-loadmore"><button type="button">{p.X(v["more_comments"])}</button></div>')
    parts.append(f'<p class="c-powered">{p.X(v.get("powered", "Comments are moderated. Please keep it civil."))}</p></section>')
    parts.append("</main>")
    parts += news_footer(p, site, v)
    return "\n".join(parts)


# ============================================================================
# news site B (held-out template): flat divs, "Replying to", buttons
# ============================================================================
def news_b_comment(p, node, v, clock, parent, depth, now, parent_name=None):
    cid, depth = _cid(p, node, depth, parent)
    d = clock.next(3, 900)
    author = node["author"] or "Anonymous"
    up = p.rng.choice([0, 1, 2, 3, 6, 10, 21])
    down = p.rng.choice([0, 0, 0, 1, 2, 4])
    when = d_mon(d) if v.get("abs_dates") else rel(now, d).replace("hours", "hrs").replace("an hour", "1 hr")
    reply_to = f'<div class="cmt-replyto">{p.C(cid, "Replying to " + parent_name)}</div>' if parent_name else ""
    out = (f'<div class="cmt cmt--lvl{depth}" style="margin-left:{depth * 32}px" data-id="{p.rng.randint(10**6, 10**7)}">'
           f'<div class="cmt-meta"><div class="cmt-user">{p.C(cid, author)}</div><div class="cmt-time">{p.C(cid, when)}</div></div>'
           f'{reply_to}<div class="cmt-text">{cparas(p, cid, node["paras"])}</div>'
           f'<div class="cmt-tools"><button class="cmt-reply">{p.C(cid, "Reply")}</button> <button class="cmt-report">{p.C(cid, "Report")}</button> '
           f'<span class="cmt-votes"><button class="up">{p.C(cid, "▲")}</button> <span>{p.C(cid, str(up))}</span> <button class="down">{p.C(cid, "▼")}</button> <span>{p.C(cid, str(down))}</span></span></div></div>\n')
    for ch in node["children"]:
        out += news_b_comment(p, ch, v, clock, cid, depth + 1, now, author)
    return out


def news_b_page(p, art, site, v):
    pub, now = v["pub"], v["now"]
    n = _ncom(art)
    clock = Clock(p.rng, pub, now)
    parts = [head(art["title"], site["name"]), '<body>']
    parts.append(f'<div class="masthead"><div class="masthead__date">{p.X(f"{DAYS[now.weekday()]}, {d_long(now)}")}</div>'
                 f'<div class="masthead__logo"><a href="/">{p.X(site["name"])}</a></div>'
                 f'<div class="masthead__actions"><a href="#">{p.X("Subscribe")}</a> <a href="#">{p.X("Sign In")}</a></div></div>')
    parts.append(f'<div class="sections">{links(p, site["menu"], cls="sections__list")}</div>')
    if site.get("weather"):
        parts.append(f'<div class="weather-strip">{p.X(site["weather"])}</div>')
    parts.append('<div class="page"><div class="main-col">')
    if v.get("title_above_kicker"):
        parts.append(f'<div class="section-label">{p.X(v["kicker"])}</div>')
    parts.append(f'<h1 class="story-title">{p.T(art["title"])}</h1>')
    if art["standfirst"]:
        parts.append(f'<h2 class="story-sub">{p.B(art["standfirst"])}</h2>')
    author = art["author"] or "Staff"
    parts.append(f'<div class="story-meta"><div class="story-meta__by">{p.X(author)}</div><div class="story-meta__date">{p.X(d_iso(pub))}</div></div>')
    if v.get("listen"):
        parts.append(f'<div class="listen"><button>{p.X("Listen to this article")}</button> <span>{p.X(str(p.rng.randint(3, 9)) + " min")}</span></div>')
    parts.append('<div class="story-text">')
    parts.append(body_blocks(p, art, site, fig=v.get("fig", "news"), rel=v.get("rel", "related"), qa=v.get("qa", "h3")))
    parts.append("</div>")
    if v.get("correction"):
        parts.append(f'<p class="story-correction"><em>{p.X(v["correction"])}</em></p>')
    parts.append(f'<div class="story-share">{p.X("Share this story")} <a href="#">{p.X("Facebook")}</a> <a href="#">{p.X("X")}</a> <a href="#">{p.X("Email")}</a></div>')
    parts.append("</div>")
    if v.get("fb"):
        parts += fb_section(p, art, site, v, clock, now, n)
    elif v.get("no_comments_section"):
        parts.append(f'<div class="story-more"><h3>{p.X("More from " + site["name"])}</h3><ul>' + "".join(f'<li><a href="#">{p.X(t)}</a></li>' for t in site["latest"][::-1]) + "</ul></div>")
    else:
        parts += news_b_comments(p, art, site, v, clock, now, n)
    parts.append(f'<aside class="rail"><h4>{p.X(v.get("rail_title", "Latest"))}</h4><ul>' + "".join(f'<li><a href="#">{p.X(t)}</a></li>' for t in site["latest"]) + "</ul></aside>")
    parts.append("</div>")
    parts.append(f'<div class="bottom">{links(p, site["footer_links"], cls="bottom-links")}<p>{p.X(site["copyright"])}</p></div>')
    if v.get("cookie"):
        parts.append(cookie_notice(p, site.get("cookie_kind", "short")))
    parts.append("</body></html>")
    return "\n".join(parts)


def news_b_comments(p, art, site, v, clock, now, n):
    parts = []
    parts.append(f'<div class="comments-block"><h3>{p.X(v.get("comments_title", "Reader comments"))} <span class="count">{p.X("(" + str(n) + ")")}</span></h3>')
    if v.get("rules"):
        parts.append(f'<div class="comment-rules"><p>{p.X(v["rules_intro"])}</p><ul>' + "".join(f"<li>{p.X(r)}</li>" for r in v["rules"]) + "</ul></div>")
    parts.append(f'<form class="comment-form"><textarea placeholder="Add your comment"></textarea><button type="submit">{p.X("Submit")}</button> '
                 f'<span>{p.X("You must be signed in to comment.")}</span></form>')
    if not n:
        parts.append(f'<p class="no-comments">{p.X(v.get("no_comments", "No comments yet. Start the conversation."))}</p>')
    for node in art["comments"]:
        parts.append(news_b_comment(p, node, v, clock, None, 0, now))
    if n and v.get("show_more"):
        parts.append(f'<button class="show-more">{p.X(v["show_more"])}</button>')
    parts.append("</div>")
    return parts


# ============================================================================
# Sputnik-like outlet (template A, tune)
# ============================================================================
SPUTNIK_RULES_A = [
    "is not related to the subject of the article;",
    "promotes hatred or discrimination on grounds of race, ethnicity, sex, religion or social status;",
    "contains threats or insults directed at other users, at public figures or at organisations;",
    "contains obscene language or its thinly disguised variants;",
    "advertises goods or services, or contains links to commercial sites;",
    "is written entirely in capital letters or is not divided into sentences;",
    "repeats the same message many times (flooding).",
]


def sputnik_a_page(p, art, site, v):
    pub, now = v["pub"], v["now"]
    n = _ncom(art)
    clock = Clock(p.rng, pub, now)
    blocks = list(art["blocks"])
    lead_fig = None
    if blocks and blocks[0][0] == "fig":
        lead_fig = blocks.pop(0)
    parts = [head(art["title"], site["name"]), '<body class="m-article">']
    parts.append(f'<div class="b-header"><div class="b-header__date">{p.X(d_sputnik_head(now))}</div><a class="b-header__register" href="#">{p.X("Register")}</a>'
                 f'<div class="b-header__live"><a href="#">{p.X(v.get("live", "Live"))}</a></div>'
                 f'<div class="b-header__search"><form><input type="text" name="query"><button type="submit">{p.X("Search")}</button></form></div>'
                 f'<div class="b-header__promo"><a href="#">{p.X(site["promo"])}</a></div></div>')
    parts.append(f'<div class="b-menu">{links(p, site["menu"], cls="b-menu__list")}</div>')
    parts.append('<div class="l-main"><div class="b-article">')
    if v.get("lead_caption_first") and lead_fig:
        parts.append(f'<div class="b-article__header-img">{p.img("caption", "https://cdn1.img." + site["domain"] + "/images/", alt=lead_fig[1])}</div>')
    parts.append(f'<div class="b-article__header"><h1>{p.T(art["title"])}</h1>')
    if lead_fig:
        parts.append(f'<div class="b-article__header-copy">{p.CAP(lead_fig[2] or "© Photo: " + site["name"])}</div>')
    parts.append(f'<div class="b-article__refs"><a class="b-article__refs-rubric" href="#">{p.X(v.get("rubric", "World"))}</a></div>'
                 f'<div class="b-article__shorturl"><span>{p.X("Get short URL")}</span></div>'
                 f'<div class="b-article__counters"><span class="b-statistic__views">{p.X(str(p.rng.randint(200, 9000)))}</span>'
                 f'<span class="b-statistic__comments">{p.X(str(n))}</span><span class="b-statistic__shares">{p.X(str(p.rng.randint(0, 90)))}</span></div>')
    if v.get("subscribe"):
        parts.append(f'<div class="b-article__subscribe"><a href="#">{p.X("Subscribe")}</a></div>')
    parts.append("</div>")
    if art["standfirst"]:
        parts.append(f'<div class="b-article__lead"><p>{p.B(art["standfirst"])}</p></div>')
    parts.append('<div class="b-article__text">')
    parts.append(body_blocks(p, dict(art, blocks=blocks), site, fig="sputnik", rel="sputnik"))
    parts.append("</div>")
    if site.get("related") and v.get("related", True):
        parts.append(f'<div class="b-article__refs-related"><div class="b-article__refs-title">{p.X("Related:")}</div><ul>'
                     + "".join(f'<li><a href="#">{p.X(t)}</a></li>' for t in v.get("related_list", site["related"])) + "</ul></div>")
    if art["tags"]:
        parts.append(f'<div class="b-article__refs-tags"><span class="b-article__refs-title">{p.X("Tags:")}</span><div>'
                     + ", ".join(f'<a href="#">{p.X(t)}</a>' for t in art["tags"]) + "</div></div>")
    parts.append(f'<div class="b-comments"><div class="b-comments__head"><a href="#" class="b-comments__rules">{p.X("Community standards")}</a>'
                 f'<span class="b-comments__title">{p.X("Discussion")}</span></div>'
                 f'<div class="b-comments__tabs"><a href="#">{p.X("Comment via Facebook")}</a><a href="#">{p.X("Comment via Sputnik")}</a></div>')
    if n:
        parts.append('<div class="b-comments__list">')

        def cm(node, depth, parent, parent_name):
            cid, depth = _cid(p, node, depth, parent)
            d = clock.next(3, 500)
            author = node["author"] or "Guest"
            s = (f'<div class="b-comment" style="margin-left:{depth * 40}px"><div class="b-comment__avatar">{p.img(("comment", cid), "https://cdn1.img." + site["domain"] + "/avatars/", ext="png", alt="")}</div>'
                 f'<div class="b-comment__header"><span class="b-comment__name">{p.C(cid, author)}</span>')
            if parent_name:
                s += f' <span class="b-comment__answer">{p.C(cid, "in reply to " + parent_name)}</span>'
            s += (f'<span class="b-comment__date">{p.C(cid, d_dots(d))}</span></div>'
                  f'<div class="b-comment__text">{cparas(p, cid, node["paras"])}</div>'
                  f'<div class="b-comment__footer"><a href="#" class="b-comment__reply">{p.C(cid, "Reply")}</a>'
                  f'<span class="b-comment__likes">{p.C(cid, str(p.rng.choice([0, 1, 2, 5, 9])))}</span></div></div>\n')
            for ch in node["children"]:
                s += cm(ch, depth + 1, cid, author)
            return s

        for node in art["comments"]:
            parts.append(cm(node, 0, None, None))
        parts.append("</div>")
        if v.get("show_all"):
            parts.append(f'<div class="b-comments__more"><a href="#">{p.X("Show all comments")}</a></div>')
    parts.append(f'<ul class="b-comments__add"><li><a href="#">{p.X("Сomment")}</a></li></ul></div>')   # Cyrillic С, as on the live site
    parts.append("</div>")
    parts.append(f'<div class="b-sidebar"><div class="b-block"><h3>{p.X("News")}</h3>' + "".join(f'<div><a href="#">{p.X("All news")}</a></div>' for _ in range(v.get("all_news", 3))) + "</div>")
    parts.append(f'<div class="b-block"><h3>{p.X("Multimedia")}</h3>' + "".join(f'<div><a href="#">{p.X(t)}</a></div><div><a href="#">{p.X(t2)}</a></div>' for t, t2 in site["multimedia"]) + "</div>")
    parts.append(f'<div class="b-block"><h3>{p.X("Follow us")}</h3></div></div></div>')
    # modal forms and rules, all in the page source
    parts.append(f'<div class="b-modal" id="register"><div>{p.X(site["brand"])}</div><form><div>{p.X("Register")}</div><input type="email"><input type="password">'
                 f'<div>{p.img("boilerplate", "https://" + site["domain"] + "/captcha/", ext="png", alt="captcha")}</div><div><a href="#">{p.X("Log in")}</a><a href="#">{p.X("Privacy Policy")}</a></div>'
                 f'<p>{p.X("By clicking " + chr(39) + "Register" + chr(39) + ", you confirm that you agree to our Privacy Policy and give your consent to the processing of personal data in accordance with the Privacy Policy")}</p></form></div>')
    parts.append(f'<div class="b-modal" id="recovery"><div>{p.X("Password recovery")}</div><form><input type="email"><div>{p.img("boilerplate", "https://" + site["domain"] + "/captcha/", ext="png", alt="captcha")}</div>'
                 f'<div><a href="#">{p.X("Log in")}</a><a href="#">{p.X("Privacy Policy")}</a></div></form></div>')
    parts.append(f'<div class="b-modal" id="social"><div>{p.X("Registration")}</div><p>{p.X("Do you have an account on " + site["domain"].capitalize() + "?")}</p>'
                 f'<div><a href="#">{p.X("Yes")}</a><a href="#">{p.X("No")}</a></div></div>')
    parts.append(f'<div class="b-modal" id="delete"><div>{p.X("Delete account")}</div><p>{p.X("Are you sure you want to delete your account?")}</p>'
                 f'<div><a href="#">{p.X("Yes")}</a><a href="#">{p.X("No")}</a></div>'
                 f'<p>{p.X("Your account has been deleted! You can restore your account within 30 days by following the link sent to the e-mail address you entered during registration.")}</p>'
                 f'<div><a href="#">{p.X("Close")}</a></div></div>')
    parts.append(f'<div class="b-modal" id="rules"><div>{p.X("Community standards")}</div>'
                 f'<p>{p.X("Registering on the site or logging in through a social network account means that you accept these rules.")}</p>'
                 f'<p>{p.X("Users must respect national and international law and address other participants, readers and the people mentioned in the articles politely.")}</p>'
                 f'<p>{p.X("A comment will be removed if it:")}</p><ul>' + "".join(f"<li>{p.X(r)}</li>" for r in SPUTNIK_RULES_A) + "</ul>"
                 f'<p>{p.X("Moderators may block access for users who break these rules, without prior notice.")}</p>'
                 f'<p>{p.X("To restore access, write to the moderators at moderator@" + site["domain"])}</p>'
                 f'<p>{p.X("The letter must contain:")}</p><ul><li>{p.X("Subject - restoring access to the account")}</li><li>{p.X("User ID")}</li>'
                 f'<li>{p.X("An explanation of the actions that broke the rules above and led to the block.")}</li></ul></div>')
    parts.append(f'<div class="b-modal" id="login"><form><div>{p.X("Log in")}</div><input type="email"><input type="password">'
                 f'<div><a href="#">{p.X("Register")}</a><a href="#">{p.X("Forgot your password?")}</a><a href="#">{p.X("Privacy Policy")}</a></div>'
                 f'<button type="submit">{p.X("Ok")}</button></form></div>')
    parts.append("</body></html>")
    return "\n".join(parts)


# ============================================================================
# RT-like outlet (template B, held-out only)
# ============================================================================
def sputnik_b_page(p, art, site, v):
    pub, now = v["pub"], v["now"]
    n = _ncom(art)
    clock = Clock(p.rng, pub, now)
    parts = [head(art["title"], site["name"]), '<body>']
    parts.append(f'<div class="header"><div class="header__logo"><a href="/">{p.X(site["name"])}</a></div>'
                 f'<div class="header__langs">' + " ".join(f'<a href="#">{p.X(l)}</a>' for l in site["langs"]) + '</div>'
                 f'<nav class="header__nav">{links(p, site["menu"], cls="nav__list")}</nav></div>')
    parts.append(f'<div class="trends"><span class="trends__title">{p.X("Trends")}</span> ' + " ".join(f'<a href="#">{p.X(t)}</a>' for t in site["trending"]) + "</div>")
    parts.append('<div class="layout"><div class="article">')
    parts.append(f'<div class="article__date-autor-shortcode"><div class="article__date"><span class="date date_article-header">{p.X(f"Published time: {pub.day} {MONTHS[pub.month-1][:3]}, {pub.year} {pub.hour:02d}:{pub.minute:02d}")}</span></div>'
                 f'<div class="article__date"><span class="date date_article-header">{p.X(f"Edited time: {pub.day} {MONTHS[pub.month-1][:3]}, {pub.year} {min(23, pub.hour + 1):02d}:{pub.minute:02d}")}</span></div>'
                 f'<div class="article__short-url"><a href="#">{p.X("Get short URL")}</a></div></div>')
    parts.append(f'<h1 class="article__heading">{p.T(art["title"])}</h1>')
    blocks = list(art["blocks"])
    if art["standfirst"]:
        parts.append(f'<div class="article__summary summary">{p.B(art["standfirst"])}</div>')
    if blocks and blocks[0][0] == "fig":
        f = blocks.pop(0)
        parts.append(f'<div class="article__cover"><div class="media">{p.img("caption", "https://cdni." + site["domain"] + "/files/", alt="")}'
                     f'<div class="media__footer"><div class="media__title">{p.CAP(f[1])}</div><div class="media__copyright">{p.CAP(f[2])}</div></div></div></div>')
    parts.append('<div class="article__text text">')
    parts.append(body_blocks(p, dict(art, blocks=blocks), site, fig="news", rel="readmore", qa="strong"))
    parts.append("</div>")
    parts.append(f'<div class="article__share"><p>{p.X("Like this story? Share it with a friend!")}</p></div>')
    if art["tags"]:
        parts.append(f'<div class="tags-trends"><span>{p.X("Tags:")}</span> ' + " ".join(f'<a href="#">{p.X(t)}</a>' for t in art["tags"]) + "</div>")
    parts.append(f'<div class="read-more"><div class="read-more__title">{p.X("You might also like")}</div>'
                 + "".join(f'<div class="card"><a href="#">{p.X(t)}</a></div>' for t in site["related"]) + "</div>")
    parts.append(f'<div class="comments"><div class="comments__header"><span>{p.X("Comments")}</span> <span>{p.X("(" + str(n) + ")")}</span></div>'
                 f'<div class="comments__auth"><a href="#">{p.X("Log in")}</a> | <a href="#">{p.X("Sign up")}</a></div>')
    parts.append(f'<div class="comments__rules"><h4>{p.X("Rules of the discussion")}</h4><ol>' + "".join(f"<li>{p.X(r)}</li>" for r in site["rules"]) + "</ol></div>")
    if not n:
        parts.append(f'<div class="comments__empty">{p.X("Be the first to comment")}</div>')

    def cm(node, depth, parent, parent_name):
        cid, depth = _cid(p, node, depth, parent)
        d = clock.next(3, 500)
        author = node["author"] or "Guest"
        s = f'<li class="comment"><div class="comment__head"><span class="comment__author">{p.C(cid, author)}</span>'
        s += f' <span class="comment__time">{p.C(cid, d_iso(d))}</span></div>'
        s += f'<div class="comment__body">{cparas(p, cid, node["paras"])}</div>'
        s += (f'<div class="comment__actions"><a href="#">{p.C(cid, "Answer")}</a> <a href="#">{p.C(cid, "Complain")}</a> '
              f'<span class="comment__rating">{p.C(cid, "+" + str(p.rng.choice([0, 1, 3, 7, 12])))}</span></div>')
        if node["children"]:
            s += '<ul class="comment__children">' + "".join(cm(ch, depth + 1, cid, author) for ch in node["children"]) + "</ul>"
        return s + "</li>\n"

    if n:
        parts.append('<ul class="comments__list">' + "".join(cm(nd, 0, None, None) for nd in art["comments"]) + "</ul>")
    parts.append("</div></div>")
    parts.append(f'<div class="sidebar"><h4>{p.X("Most read")}</h4><ol>' + "".join(f'<li><a href="#">{p.X(t)}</a></li>' for t in site["most_read"]) + "</ol></div></div>")
    parts.append(f'<div class="footer"><p>{p.X(site["copyright"])}</p>{links(p, site["footer_links"], cls="footer__links")}</div>')
    parts.append(f'<div class="cookie"><p>{p.X("This website uses cookies. Read our policy.")}</p><button>{p.X("Accept cookies")}</button></div>')
    parts.append("</body></html>")
    return "\n".join(parts)


# ============================================================================
# article without any comment section (listicles, interviews, reports)
# ============================================================================
def nocomm_page(p, art, site, v):
    pub = v["pub"]
    if v.get("chrome") == "b":
        return news_b_page(p, art, site, v)
    parts = news_top(p, art, site, v)
    parts.append('<main id="main"><article class="article">')
    if v.get("title_in_hero"):
        parts.append(f'<div class="hero"><p class="hero__label">{p.X(v["title_in_hero"])}</p><h2 class="hero__title">{p.T(art["title"])}</h2></div>')
    parts += news_article_head(p, art, site, v, pub)
    parts.append('<div class="article-body">')
    parts.append(body_blocks(p, art, site, fig=v.get("fig", "news"), rel=v.get("rel", "alsoread"), qa=v.get("qa", "strong")))
    parts.append("</div></article>")
    parts += news_bottom(p, art, site, v)
    parts.append("</main>")
    parts += news_footer(p, site, v)
    return "\n".join(parts)


# ============================================================================
# phpBB 3 (prosilver) thread: first post is the article, replies are comments
# ============================================================================
def phpbb_page(p, art, site, v):
    pub, now = v["pub"], v["now"]
    posts = [{"author": art["author"], "paras": None}] + list(art["comments"])
    n = len(posts)
    clock = Clock(p.rng, pub, now)
    forum = v["forum"]
    parts = [head(art["title"], site["name"]), '<body id="phpbb" class="nojs notouch section-viewtopic ltr">']
    parts.append(f'<div id="wrap" class="wrap"><a id="top" class="top-anchor" accesskey="t"></a><div id="page-header"><div class="headerbar" role="banner"><div class="inner">'
                 f'<div id="site-description" class="site-description"><a id="logo" class="logo" href="./index.php" title="{p.X("Board index")}"><span class="site_logo"></span></a>'
                 f'<h1>{p.X(site["name"])}</h1><p>{p.X(site["tagline"])}</p><p class="skiplink"><a href="#start_here">{p.X("Skip to content")}</a></p></div>'
                 f'<div id="search-box" class="search-box search-header" role="search"><form action="./search.php" method="get" id="search"><fieldset>'
                 f'<input name="keywords" id="keywords" type="search" maxlength="128" class="inputbox search tiny" size="20" value="" placeholder="Search…" />'
                 f'<button class="button button-search" type="submit" title="Search"><i class="icon fa-search fa-fw" aria-hidden="true"></i><span class="sr-only">{p.X("Search")}</span></button>'
                 f'<a href="./search.php" class="button button-search-end" title="Advanced search"><i class="icon fa-cog fa-fw" aria-hidden="true"></i><span class="sr-only">{p.X("Advanced search")}</span></a></fieldset></form></div></div></div>')
    parts.append(f'<div class="navbar" role="navigation"><div class="inner"><ul id="nav-main" class="nav-main linklist" role="menubar">'
                 f'<li><a href="/app.php/help/faq" rel="help" title="Frequently Asked Questions" role="menuitem"><i class="icon fa-question-circle fa-fw" aria-hidden="true"></i><span>{p.X("FAQ")}</span></a></li>'
                 f'<li class="rightside"><a href="./ucp.php?mode=login" title="Login" accesskey="x" role="menuitem"><i class="icon fa-power-off fa-fw" aria-hidden="true"></i><span>{p.X("Login")}</span></a></li>'
                 f'<li class="rightside"><a href="./ucp.php?mode=register" role="menuitem"><i class="icon fa-pencil-square-o fa-fw" aria-hidden="true"></i><span>{p.X("Register")}</span></a></li></ul>'
                 f'<ul id="nav-breadcrumbs" class="nav-breadcrumbs linklist navlinks" role="menubar"><li class="breadcrumbs">'
                 f'<span class="crumb"><a href="./index.php" accesskey="h"><i class="icon fa-home fa-fw"></i><span>{p.X("Board index")}</span></a></span>'
                 + "".join(f'<span class="crumb"> ‹ <a href="#"><span>{p.X(c)}</span></a></span>' for c in forum) + "</li></ul></div></div></div>")
    parts.append(f'<div id="page-body" class="page-body" role="main"><h2 class="topic-title"><a href="./viewtopic.php?t={p.rng.randint(1000, 99999)}">{p.T(art["title"])}</a></h2>')
    pages = v.get("pages", 1)
    parts.append(f'<div class="action-bar bar-top"><a href="./posting.php?mode=reply" class="button" title="Post a reply"><span>{p.X("Post Reply")}</span> <i class="icon fa-reply fa-fw" aria-hidden="true"></i></a>'
                 f'<div class="search-box" role="search"><form method="get" id="topic-search" action="./search.php"><fieldset><input class="inputbox search tiny" type="search" name="keywords" size="20" placeholder="Search this topic…" />'
                 f'<button class="button button-search" type="submit" title="Search"><span class="sr-only">{p.X("Search")}</span></button></fieldset></form></div>'
                 f'<div class="pagination">{p.X(f"{n} posts")} &bull; {p.X("Page")} <strong>{p.X("1")}</strong> {p.X("of")} <strong>{p.X(str(pages))}</strong></div></div>')
    for i, post in enumerate(posts):
        is_first = i == 0
        author = post["author"] or "guest"
        d = pub if is_first else clock.next(20, 1500)
        pid = p.rng.randint(10000, 999999)
        if is_first:
            key = "boilerplate"
            cid = None
        else:
            cid, _ = _cid(p, post, 0, None)
            key = ("comment", cid)
        X = (lambda t: p.t(t, key))
        prof = site["users"].get(author, ("Member", p.rng.randint(3, 900), "2015"))
        rank, nposts, joined = prof
        subject = art["title"] if is_first else ("Re: " + art["title"])
        parts.append(f'<div id="p{pid}" class="post has-profile bg{2 - i % 2}"><div class="inner">'
                     f'<dl class="postprofile" id="profile{pid}"><dt class="has-profile-rank no-avatar"><div class="avatar-container"></div>'
                     f'<a href="./memberlist.php?mode=viewprofile&amp;u={p.rng.randint(2, 9999)}" class="username">{X(author)}</a></dt>'
                     f'<dd class="profile-rank">{X(rank)}</dd><dd class="profile-posts"><strong>{X("Posts:")}</strong> <a href="#">{X(str(nposts))}</a></dd>'
                     f'<dd class="profile-joined"><strong>{X("Joined:")}</strong> {X(joined)}</dd></dl>'
                     f'<div class="postbody"><div id="post_content{pid}"><h3 {"class=first" if is_first else ""}><a href="#p{pid}">{p.T(subject) if is_first else X(subject)}</a></h3>'
                     f'<ul class="post-buttons"><li><a href="./posting.php?mode=quote&amp;p={pid}" title="Reply with quote" class="button button-icon-only"><i class="icon fa-quote-left fa-fw" aria-hidden="true"></i><span>{X("Quote")}</span></a></li></ul>'
                     f'<p class="author"><a class="unread" href="#p{pid}" title="Post"><i class="icon fa-file fa-fw icon-lightgray icon-md" aria-hidden="true"></i><span class="sr-only">{X("Post")}</span></a>'
                     f'<span class="responsive-hide">{X("by")} <strong><a href="#" class="username">{X(author)}</a></strong> &raquo; </span><time datetime="{d_isoz(d)}">{X(d_phpbb(d))}</time></p>'
                     f'<div class="content">')
        if is_first:
            chunks = []
            for b in art["blocks"]:
                if b[0] == "p":
                    chunks.append(p.B(b[1]))
                elif b[0] == "q":
                    chunks.append(f"<blockquote class=\"uncited\"><div>{p.B(b[1])}</div></blockquote>")
                elif b[0] in ("ol", "ul"):
                    chunks.append(f'<{b[0]}>' + "".join(f"<li>{p.B(x)}</li>" for x in b[1]) + f"</{b[0]}>")
                elif b[0] == "h":
                    chunks.append(f'<span style="font-weight: bold">{p.B(b[1])}</span>')
            parts.append("<br><br>".join(chunks))
        else:
            chunks = []
            for para in post["paras"]:
                if para.startswith("Q> "):
                    who, _, qtxt = para[3:].partition(": ")
                    chunks.append(f'<blockquote><div><cite>{X(who + " wrote:")} <a href="#" data-post-id="{pid - 5}">↑</a><span class="responsive-hide">{X(d_phpbb(clock.t - (clock.t - pub) / 3))}</span></cite>{X(qtxt)}</div></blockquote>')
                else:
                    chunks.append(X(para))
            parts.append("<br><br>".join(chunks).replace("</blockquote><br><br>", "</blockquote>"))
        parts.append("</div>")
        sig = site["sigs"].get(author)
        if sig:
            parts.append(f'<div id="sig{pid}" class="signature">{X(sig)}</div>')
        parts.append(f'</div></div><div class="back2top"><a href="#top" class="top" title="Top"><i class="icon fa-chevron-circle-up fa-fw icon-gray" aria-hidden="true"></i><span class="sr-only">{X("Top")}</span></a></div></div></div>')
        parts.append('<hr class="divider" />')
    parts.append(f'<div class="action-bar bar-bottom"><a href="./posting.php?mode=reply" class="button" title="Post a reply"><span>{p.X("Post Reply")}</span></a>'
                 f'<div class="pagination">{p.X(f"{n} posts")} &bull; {p.X("Page")} <strong>{p.X("1")}</strong> {p.X("of")} <strong>{p.X(str(pages))}</strong></div></div>')
    parts.append(f'<div class="action-bar actions-jump"><p class="jumpbox-return"><a href="#" class="left-box arrow-left" accesskey="r"><i class="icon fa-angle-left fa-fw icon-black" aria-hidden="true"></i><span>{p.X("Return to “" + forum[-1] + "”")}</span></a></p></div>')
    parts.append(f'<div class="stat-block online-list"><h3>{p.X("Who is online")}</h3><p>{p.X("Users browsing this forum: No registered users and " + str(p.rng.randint(1, 30)) + " guests")}</p></div></div>')
    parts.append(f'<div id="page-footer" class="page-footer" role="contentinfo"><div class="navbar" role="navigation"><div class="inner"><ul id="nav-footer" class="nav-footer linklist" role="menubar">'
                 f'<li class="breadcrumbs"><span class="crumb"><a href="./index.php"><span>{p.X("Board index")}</span></a></span></li>'
                 f'<li class="rightside"><a href="./ucp.php?mode=delete_cookies">{p.X("Delete cookies")}</a></li><li class="rightside">{p.X("All times are")} <span title="UTC">{p.X("UTC")}</span></li></ul></div></div>'
                 f'<div class="copyright">{p.X("Powered by")} <a href="https://www.phpbb.com/">{p.X("phpBB")}</a>{p.X("® Forum Software © phpBB Limited")}'
                 f'<p class="footer-row"><a class="footer-link" href="./ucp.php?mode=privacy">{p.X("Privacy")}</a> | <a class="footer-link" href="./ucp.php?mode=terms">{p.X("Terms")}</a></p></div></div>')
    parts.append("</div></body></html>")
    return "\n".join(parts)


# ============================================================================
# vBulletin 4 thread
# ============================================================================
def vbulletin_page(p, art, site, v):
    pub, now = v["pub"], v["now"]
    posts = [{"author": art["author"], "paras": None}] + list(art["comments"])
    clock = Clock(p.rng, pub, now)
    parts = [head(art["title"], site["name"]), '<body>']
    parts.append(f'<div class="above_body"><div id="header" class="floatcontainer doc_header"><div><a name="top" href="forum.php" class="logo-image">'
                 f'<img src="images/misc/vbulletin4_logo.png" alt="{p.X(site["name"] + " - Powered by vBulletin")}" /></a></div>'
                 f'<div id="toplinks" class="toplinks"><ul class="nouser"><li><a href="register.php" rel="nofollow">{p.X("Register")}</a></li><li><a rel="help" href="faq.php">{p.X("Help")}</a></li></ul>'
                 f'<form id="navbar_loginform" action="login.php?do=login" method="post"><fieldset id="logindetails" class="logindetails"><div><div>'
                 f'<input type="text" class="textbox default-value" name="vb_login_username" id="navbar_username" size="10" accesskey="u" tabindex="101" value="{p.X("User Name")}" />'
                 f'<input type="password" class="textbox" tabindex="102" name="vb_login_password" id="navbar_password" size="10" />'
                 f'<input type="submit" class="loginbutton" tabindex="104" value="{p.X("Log in")}" title="Enter your username and password in the boxes provided to login, or click the register button to create a profile for yourself." accesskey="s" /></div></div></fieldset>'
                 f'<div id="remember" class="remember"><label for="cb_cookieuser_navbar"><input type="checkbox" name="cookieuser" value="1" id="cb_cookieuser_navbar" class="cb_cookieuser_navbar" accesskey="c" tabindex="103" /> {p.X("Remember Me?")}</label></div></form></div></div>')
    parts.append(f'<div id="navbar" class="navbar"><ul id="navtabs" class="navtabs floatcontainer"><li class="selected"><a class="navtab" href="forum.php">{p.X("Forum")}</a>'
                 f'<ul class="floatcontainer"><li><a href="search.php?do=getdaily">{p.X("Today" + chr(39) + "s Posts")}</a></li><li><a href="faq.php">{p.X("FAQ")}</a></li><li><a href="calendar.php">{p.X("Calendar")}</a></li></ul></li></ul></div></div>')
    parts.append(f'<div class="body_wrapper"><div id="breadcrumb" class="breadcrumb"><ul class="floatcontainer"><li class="navbithome"><a href="index.php" accesskey="1">'
                 f'<img src="images/misc/navbit-home.png" alt="{p.X("Home")}" /></a></li>'
                 + "".join(f'<li class="navbit"><a href="#">{p.X(c)}</a></li>' for c in v["forum"]) +
                 f'<li class="navbit lastnavbit"><span>{p.X(v.get("crumb_title", "Thread"))}</span></li></ul><hr /></div>')
    parts.append(f'<div id="pagetitle" class="pagetitle"><h1>{p.X("Thread:")} <span class="threadtitle"><a href="#" title="Reload this Page">{p.T(art["title"])}</a></span></h1></div>')
    parts.append(f'<div id="thread_controls" class="thread_controls toolsmenu"><div><ul id="postlist_popups" class="postlist_popups popupgroup"><li class="popupmenu" id="threadtools"><h6><a class="popupctrl" href="javascript://">{p.X("Thread Tools")}</a></h6></li>'
                 f'<li class="popupmenu" id="displaymodes"><h6><a class="popupctrl" href="javascript://">{p.X("Display")}</a></h6></li></ul></div></div>')
    parts.append('<div id="postlist" class="postlist restrain"><ol id="posts" class="posts" start="1">')
    for i, post in enumerate(posts):
        is_first = i == 0
        author = post["author"] or "Guest"
        d = pub if is_first else clock.next(20, 2000)
        pid = p.rng.randint(100000, 2999999)
        if is_first:
            key, cid = "boilerplate", None
        else:
            cid, _ = _cid(p, post, 0, None)
            key = ("comment", cid)
        X = (lambda t: p.t(t, key))
        title, joindate, loc, nposts = site["users"].get(author, ("Junior Member", "Jan 2016", "", "12"))
        h, ap = h12(d)
        loc_html = f"<dt>{X('Location')}</dt> <dd>{X(loc)}</dd>" if loc else ""
        parts.append(f'<li class="postbitlegacy postbitim postcontainer old" id="post_{pid}">'
                     f'<div class="posthead"><span class="postdate old"><span class="date">{X(f"{d.day:02d}-{d.month:02d}-{d.year},")}&nbsp;<span class="time">{X(f"{h:02d}:{d.minute:02d} {ap.upper()}")}</span></span></span>'
                     f'<span class="nodecontrols"><a name="post{pid}" href="#" class="postcounter">{X("#" + str(i + 1))}</a><a id="postcount{pid}" name="{i + 1}"></a></span></div>'
                     f'<div class="postdetails"><div class="userinfo"><div class="username_container"><div class="popupmenu memberaction"><a class="username offline popupctrl" href="member.php?u={p.rng.randint(2, 99999)}" title="{author} is offline"><strong>{X(author)}</strong></a></div>'
                     f'{p.img(key, "images/statusicon/", ext="gif", alt=author + " is offline", attrs="class=inlineimg onlinestatus") if False else ""}</div>'
                     f'<span class="usertitle">{X(title)}</span>'
                     f'<hr /><dl class="userinfo_extra"><dt>{X("Join Date")}</dt> <dd>{X(joindate)}</dd>{loc_html}<dt>{X("Posts")}</dt> <dd>{X(nposts)}</dd></dl></div>'
                     f'<div class="postbody"><div class="postrow has_after_content"><h2 class="title icon">{X(art["title"] if is_first else "Re: " + art["title"])}</h2>'
                     f'<div class="content"><div id="post_message_{pid}"><blockquote class="postcontent restore ">')
        if is_first:
            chunks = []
            for b in art["blocks"]:
                if b[0] == "p":
                    chunks.append(p.B(b[1]))
                elif b[0] in ("ol", "ul"):
                    chunks.append(f'<{b[0]}>' + "".join(f"<li>{p.B(x)}</li>" for x in b[1]) + f"</{b[0]}>")
                elif b[0] == "q":
                    chunks.append(f'<div class="bbcode_container"><div class="bbcode_quote"><div class="quote_container"><div class="message">{p.B(b[1])}</div></div></div></div>')
            parts.append("<br />\n<br />\n".join(chunks))
        else:
            chunks = []
            for para in post["paras"]:
                if para.startswith("Q> "):
                    who, _, qtxt = para[3:].partition(": ")
                    chunks.append(f'<div class="bbcode_container"><div class="bbcode_quote"><div class="quote_container"><div class="bbcode_quote_container"></div>'
                                  f'<div class="bbcode_postedby"><img src="images/misc/quote_icon.png" alt="{X("Quote")}" /> {X("Originally Posted by")} <strong>{X(who)}</strong> '
                                  f'<a href="#" rel="nofollow"><img class="inlineimg" src="images/buttons/viewpost-right.png" alt="{X("View Post")}" /></a></div>'
                                  f'<div class="message">{X(qtxt)}</div></div></div></div>')
                else:
                    chunks.append(X(para))
            parts.append("<br />\n<br />\n".join(chunks))
        parts.append("</blockquote></div></div>")
        sig = site["sigs"].get(author)
        if sig:
            parts.append(f'<div class="after_content"><blockquote class="signature restore"><div class="signaturecontainer">{X(sig)}</div></blockquote></div>')
        parts.append(f'</div><div class="cleardiv"></div></div></div>'
                     f'<div class="postfoot"><div class="textcontrols floatcontainer"><span class="postcontrols"><a id="qrwq_{pid}" class="newreply" href="#" rel="nofollow" title="Reply With Quote">'
                     f'<img id="quoteimg_{pid}" src="clear.gif" alt="{X("Reply With Quote")}" />  {X("Reply With Quote")}</a></span></div></div><hr /></li>')
    parts.append("</ol></div>")
    parts.append(f'<div id="thread_info" class="thread_info block"><h4 class="threadinfohead blockhead">{p.X("Thread Information")}</h4>'
                 f'<div id="thread_onlineusers" class="thread_info_block blockbody formcontrols"><div class="inner_block"><h5>{p.X("Users Browsing this Thread")}</h5>'
                 f'<div><p>{p.X("There are currently 1 users browsing this thread. (0 members and 1 guests)")}</p></div></div></div></div>')
    parts.append(f'<div id="footer" class="floatcontainer footer"><ul id="footer_links" class="footer_links"><li><a href="sendmessage.php" rel="nofollow" accesskey="9">{p.X("Contact Us")}</a></li>'
                 f'<li><a href="#">{p.X(site["name"])}</a></li><li><a href="archive/index.php">{p.X("Archive")}</a></li><li><a href="#top" onclick="document.location.hash=' + "'top'" + f'; return false;">{p.X("Top")}</a></li></ul></div>'
                 f'<div class="below_body"><div id="footer_time" class="shade footer_time">{p.X("All times are GMT. The time now is")} <span class="time">{p.X(f"{h12(now)[0]:02d}:{now.minute:02d} {h12(now)[1].upper()}")}</span>.</div>'
                 f'<div id="footer_copyright" class="shade footer_copyright">{p.X("Powered by vBulletin® Version 4.2.2")} <br />{p.X("Copyright © 2024 vBulletin Solutions, Inc. All rights reserved.")}</div></div></div>')
    parts.append("</body></html>")
    return "\n".join(parts)


# ============================================================================
# Facebook comments plugin rendered under a local news story (held-out only)
# ============================================================================
def fb_comment(p, node, v, clock, parent, depth, now):
    cid, depth = _cid(p, node, depth, parent)
    d = clock.next(3, 900)
    author = node["author"] or "Facebook User"
    likes = p.rng.choice([0, 0, 0, 1, 2, 3, 8, 14])
    sub = f'<div class="_3-8p"><span class="_3-8q">{p.C(cid, node["work"])}</span></div>' if node.get("work") else ""
    like_cnt = (f'<span role="presentation" aria-hidden="true"> · </span><span><i class="_3-8_ img sp_like"></i>{p.C(cid, str(likes))}</span>') if likes else ""
    edited = f'<span role="presentation" aria-hidden="true"> · </span><span>{p.C(cid, "Edited")}</span>' if node.get("edited") else ""
    out = (f'<div class="_3-8y _5nz1 clearfix" data-testid="UFI2Comment/root_depth_{depth}"><div class="_ohe lfloat"><a href="https://www.facebook.com/profile.php?id={p.rng.randint(10**9, 10**10)}" tabindex="-1" aria-hidden="true">'
           f'{p.img(("comment", cid), "https://scontent.xx.fbcdn.net/v/t1.0-1/p" + ("48x48" if depth == 0 else "32x32") + "/", alt="", attrs="class=_1ci img")}</a></div>'
           f'<div class="clearfix _ohf"><div class="_3-8m"><div class="_3-8o"><div class="UFICommentActorName"><a class="UFICommentActorName" href="#">{p.C(cid, author)}</a></div>{sub}</div>'
           f'<div class="_3-8m"><div class="_30o4"><span><span class="_5mdd">{cparas(p, cid, node["paras"], mode="p")}</span></span></div></div>'
           f'<div class="_2vq9 fsm fwn fcg"><a class="_5yxe" role="button" href="#">{p.C(cid, "Like")}</a><span role="presentation" aria-hidden="true"> · </span>'
           f'<a class="_5yxe" role="button" href="#">{p.C(cid, "Reply")}</a>{like_cnt}<span role="presentation" aria-hidden="true"> · </span>'
           f'<a class="_5yxe" href="#"><abbr class="livetimestamp" data-utime="{int(d.timestamp())}" title="{DAYS[d.weekday()]}, {d_long(d)} at {h12(d)[0]}:{d.minute:02d}{h12(d)[1].upper()}">{p.C(cid, rel(now, d, short=True))}</abbr></a>{edited}</div></div>')
    if node["children"]:
        out += '<div class="_44ri _2pis">'
        for ch in node["children"]:
            out += fb_comment(p, ch, v, clock, cid, depth + 1, now)
        if node.get("more"):
            out += f'<div class="_2pis"><a class="_5yxe" role="button" href="#">{p.thread_ui(str(node["more"]) + " more replies")}</a></div>'
        out += "</div>"
    return out + "</div></div>\n"


def fbplugin_page(p, art, site, v):
    if v.get("chrome") == "b":
        return news_b_page(p, art, site, dict(v, fb=True))
    pub, now = v["pub"], v["now"]
    n = _ncom(art)
    clock = Clock(p.rng, pub, now)
    parts = news_top(p, art, site, v)
    parts.append('<main><article class="story">')
    parts += news_article_head(p, art, site, v, pub)
    if v.get("video"):
        parts.append(f'<div class="video-player"><div class="vjs-poster">{p.img("caption", "https://cdn." + site["domain"] + "/video/", alt="")}</div>'
                     f'<p class="video-caption">{p.CAP(v["video"])}</p></div>')
    parts.append('<div class="story-body">')
    parts.append(body_blocks(p, art, site, fig="news", rel=v.get("rel", "related"), qa="strong"))
    parts.append("</div></article>")
    parts += news_bottom(p, art, site, v)
    parts += fb_section(p, art, site, v, clock, now, n)
    parts.append("</main>")
    parts += news_footer(p, site, v)
    return "\n".join(parts)


def fb_section(p, art, site, v, clock, now, n):
    parts = []
    total = v.get("total", n)
    parts.append(f'<div class="fb-comments-wrap"><h3>{p.X(v.get("heading", "Comments"))}</h3>'
                 f'<div class="fb-comments fb_iframe_widget" data-href="https://{site["domain"]}/story" data-numposts="10"><span><div class="_56q9">'
                 f'<div class="_1y7r"><span class="_50f7">{p.X(str(total) + " Comments")}</span></div>'
                 f'<div class="_3-8s _2pi6"><div class="_3-8n"><span class="_3-8y">{p.X("Sort by")}</span> <select aria-label="Sort by"><option>{p.X("Top")}</option><option>{p.X("Newest")}</option><option>{p.X("Oldest")}</option></select></div></div></div>'
                 f'<div class="_4uyl _1zz8 _2392 clearfix"><div class="_ohe lfloat">{p.img("boilerplate", "https://static.xx.fbcdn.net/rsrc.php/v3/yo/r/", ext="gif", alt="", attrs="class=img")}</div>'
                 f'<div class="_1cb _5yk1"><div class="_5yk2"><div class="_1p1v">{p.X("Add a comment...")}</div></div></div></div>')
    parts.append('<div class="_4k-6">')
    for node in art["comments"]:
        parts.append(fb_comment(p, node, v, clock, None, 0, now))
    parts.append("</div>")
    if total > n:
        parts.append(f'<div class="_5o_q"><button class="_1gl3 _4jy0 _4jy3 _517h _51sy _42ft" type="submit">{p.X("Load " + str(min(10, total - n)) + " more comments")}</button></div>')
    parts.append(f'<div class="_5lm5 _2pi3 _3-8y"><div direction="left" class="clearfix"><div class="_ohe lfloat"><i alt="" class="img _8o _8r img sp_fbicon"></i></div>'
                 f'<div class=""><div class="_42ef _8u"><a target="_blank" href="https://developers.facebook.com/products/social-plugins/comments/">{p.X("Facebook Comments Plugin")}</a></div></div></div></div>')
    parts.append("</span></div></div>")
    return parts


# ============================================================================
# Slashdot (held-out only)
# ============================================================================
def slashdot_comment(p, node, v, clock, parent, depth, now, parent_subject):
    cid, depth = _cid(p, node, depth, parent)
    d = clock.next(1, 120)
    cnum = p.rng.randint(40000000, 69999999)
    author = node["author"] or "Anonymous Coward"
    if node.get("subject"):
        subject = node["subject"]
    elif parent_subject:
        subject = "Re:" + parent_subject
    else:
        first = next((x for x in node["paras"] if not x.startswith("Q> ")), node["paras"][0])
        words = first.replace('"', "").split()
        subject = " ".join(words[:5]).rstrip(" ,.")
    score = str(node["score"]) if "score" in node else p.rng.choice(["1", "2", "3", "4, Insightful", "5, Insightful", "5, Funny", "4, Informative", "3, Interesting", "0", "-1, Troll"])
    if author == "Anonymous Coward":
        if "score" not in node:
            score = p.rng.choice(["0", "1", "-1, Flamebait", "3, Informative"])
        by = f'{p.C(cid, "Anonymous Coward")}'
    else:
        uid = node.get("uid") or p.rng.randint(3000, 5999999)
        by = f'<a href="//slashdot.org/~{author.replace(" ", "+")}">{p.C(cid, f"{author} ({uid})")}</a>'
    oneline = node.get("oneline")
    head_html = (f'<div id="comment_top_{cnum}" class="commentTop"><div class="title"><h4 id="comment_link_{cnum}"><a href="#" name="comment_link_{cnum}">{p.C(cid, subject)}</a></h4>'
                 f'<span id="comment_score_{cnum}" class="score">{p.C(cid, "(Score:" + score + ")")}</span></div>')
    if oneline:
        out = (f'<li id="tree_{cnum}" class="comment oneline"><div id="comment_{cnum}" class="cw">{head_html}'
               f'<div class="details">{p.C(cid, "by")} <span class="by">{by}</span></div></div></div>')
    else:
        body = []
        for para in node["paras"]:
            if para.startswith("Q> "):
                body.append(f'<div class="quote"><p>{p.C(cid, para[3:])}</p></div>')
            elif para.startswith("SIG> "):
                body.append(f'<div class="sig">{p.C(cid, "--")}<br />{p.C(cid, para[5:])}</div>')
            else:
                body.append(f"<p>{p.C(cid, para)}</p>")
        sub_links = [f'<span class="nbutton"><b><a href="#">{p.C(cid, "Reply to This")}</a></b></span>',
                     f'<span class="nbutton"><b><a href="#">{p.C(cid, "Share")}</a></b></span>']
        if parent or node.get("orphan"):
            sub_links.append(f'<div class="nbutton"><p><b><a href="#">{p.C(cid, "Parent")}</a></b></p></div>')
        sub_links.append(f'<div class="nbutton"><p><b><a href="#">{p.C(cid, "Flag as Inappropriate")}</a></b></p></div>')
        out = (f'<li id="tree_{cnum}" class="comment"><div id="comment_{cnum}" class="cw"><div id="comment_status_{cnum}" class="commentstatus"></div>{head_html}'
               f'<div class="details">{p.C(cid, "by")} <span class="by">{by}</span> <span class="otherdetails" id="comment_otherdetails_{cnum}">{p.C(cid, "on " + d_slash(d))} '
               f'(<span class="comment_id"><a href="#">{p.C(cid, "#" + str(cnum))}</a></span>)</span></div></div>'
               f'<div class="commentBody"><div id="comment_body_{cnum}">{"".join(body)}</div></div>'
               f'<div class="commentSub" id="comment_sub_{cnum}">{" ".join(sub_links)}</div></div>')
    if node["children"]:
        out += f'<ul id="commentTree_{cnum}" class="commentTree">'
        for ch in node["children"]:
            base = subject[3:] if subject.startswith("Re:") else subject
            out += slashdot_comment(p, ch, v, clock, cid, depth + 1, now, base[:44])
        if node.get("hidden"):
            out += f'<li class="hidden"><a href="#">{p.thread_ui(str(node["hidden"]) + " hidden comments")}</a></li>'
        out += "</ul>"
    return out + "</li>\n"


def slashdot_page(p, art, site, v):
    pub, now = v["pub"], v["now"]
    n = _ncom(art)
    clock = Clock(p.rng, pub, now)
    editor = art["author"] or "msmash"
    total = v.get("total", n + p.rng.randint(20, 300))
    parts = [head(art["title"], "Slashdot"), '<body class="anon index2">']
    parts.append(f'<header id="slashdot_header"><div class="nav-wrap"><nav class="nav-primary"><ul><li><a href="//slashdot.org">{p.X("Slashdot")}</a></li>'
                 + "".join(f'<li><a href="#">{p.X(x)}</a></li>' for x in ["Stories", "Firehose", "All", "Popular", "Polls", "Software", "Thought Leadership"]) + "</ul></nav>"
                 f'<div class="search"><form><input type="text" name="fhfilter" placeholder="Search"><button>{p.X("Submit")}</button></form></div>'
                 f'<div class="user-access"><a href="#">{p.X("Login")}</a><a href="#">{p.X("or")}</a><a href="#">{p.X("Sign up")}</a></div></div>'
                 f'<nav class="nav-secondary">' + links(p, ["Topics:", "Devices", "Build", "Entertainment", "Technology", "Open Source", "Science", "YRO"], cls="nav-topics") + "</nav></header>")
    parts.append(f'<div class="announcement"><p>{p.X(site["announce"])}</p></div>')
    parts.append(f'<article class="fhitem fhitem-story article usermode thumbs grid_24" id="firehose-{p.rng.randint(10**6, 10**7)}"><header>'
                 f'<span class="sd-info-block" style="display: none"><span class="sd-key-firehose-id">{p.X(str(p.rng.randint(10**6, 10**7)))}</span></span>'
                 f'<span id="title-{p.stem()}" class="title"><a href="#">{p.T(art["title"])}</a> <span class="story-sourcelnk">{p.T("(" + v["source"] + ")")}</span></span>'
                 f'<div class="details" id="details-{p.stem()}"><span class="story-byline">{p.X("Posted by")} <a href="#">{p.X(editor)}</a> {p.X("on " + d_slash(pub))}'
                 f'<span class="dept-text"> {p.X("from the " + v["dept"] + " dept.")}</span></span></div></header>'
                 f'<div class="body"><div id="text-{p.stem()}" class="p"><i>')
    parts.append(f'<p>{p.B(v["intro"])}</p>' if v.get("intro") else "")
    parts.append(body_blocks(p, art, site, fig="news", rel="bare", qa="strong"))
    parts.append("</i></div></div>")
    parts.append(f'<aside class="grid_24 view_mode"><div class="story-controls"><a class="comment-bubble" href="#">{p.X(str(total))}</a> '
                 f'<span class="story-tags"><span class="tags">' + " ".join(f'<a href="#">{p.X(t)}</a>' for t in art["tags"]) + "</span></span>"
                 f'<div class="share"><a href="#">{p.X("Share")}</a></div></div></aside></article>')
    parts.append(f'<div class="prev-next"><a class="prevnextbutact" href="#">{p.X("« " + site["prevnext"][0])}</a> '
                 f'<a class="prevnextbutact" href="#">{p.X(site["prevnext"][1] + " »")}</a></div>')
    parts.append(f'<div class="deals-header"><h4>{p.X("Slashdot Top Deals")}</h4></div>')
    parts.append(f'<div id="commentwrap"><div class="commentBox"><div id="comments" class="comments"><div class="head"><h4><a href="#">{p.X(art["title"][:50])}</a></h4>'
                 f'<span class="totalcommentcount">{p.X("More")} | <a href="#">{p.X("Login")}</a></span></div>'
                 f'<div class="commentcontrols"><div class="ccw-header"><div class="ccw-title">{p.X("Comments Filter:")}</div><ul class="ccw-modes">'
                 + "".join(f'<li><a href="#">{p.X(x)}</a></li>' for x in ["All", "Insightful", "Informative", "Interesting", "Funny"]) + "</ul></div>"
                 f'<p class="fine-print">{p.X("The Fine Print: The following comments are owned by whoever posted them. We are not responsible for them in any way.")}</p></div>')
    parts.append('<ul id="commentlisting" class="d2">')
    for node in art["comments"]:
        parts.append(slashdot_comment(p, node, v, clock, None, 0, now, None))
    parts.append("</ul>")
    parts.append(f'<div id="more_comments_button"><a href="#" class="loadmore">{p.X("Load More Comments")}</a></div>'
                 f'<div class="comments-info">{p.X(str(total - n) + " more comments hidden. Change your threshold to see them.")}</div></div></div></div>')
    parts.append(f'<div class="fortune">{p.X(site["fortune"])}</div>')
    parts.append(f'<footer id="fhft" class="grid_24 nf aco"><div class="footer-wrap">{links(p, ["Working...", "Advertising", "Terms", "Privacy Statement", "About", "Feedback", "Mobile View", "Blog"], cls="footer-links")}'
                 f'<p>{p.X("Trademarks property of their respective owners. Comments owned by the poster. Copyright © " + str(now.year) + " Slashdot Media. All Rights Reserved.")}</p></div></footer>')
    parts.append("</body></html>")
    return "\n".join(parts)
