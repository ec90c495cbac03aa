"""Comment widgets for tests/pages2, each written the way the system emits
its markup (class names, header / footer order, action rows):

    fbplugin      Facebook comments plugin (iframe content inlined)
    livefyre      Livefyre Comments 3 ("fyre-*")
    openweb       OpenWeb / Spot.IM conversation ("spcv_*")
    vuukle        Vuukle emotes + comments + "Talk of the Town"
    intensedebate IntenseDebate ("idc-*")
    commento      Commento ("commento-*")
    hyvor         Hyvor Talk
    giscus        giscus (GitHub Discussions)
    vk            VK comments widget (Russian UI)
    cackle        Cackle (Russian UI, "mc-*")
    native_intl   a news CMS's own comments in en / de / fr / es (badges, votes,
                  "Show N more replies", "Load more comments", Report)
    native_loud   a disinformation-style blog's own comments
    closed        a comment area whose comments are closed / none at all

Each widget is ``f(p, art, site, v) -> html``.  Widget text between two
comments goes through p.thread_ui (it belongs to the preceding comment);
the same text after the last comment is boilerplate (p.X).
"""
from __future__ import annotations

from chrome import (MONTHS, RU_MON_SHORT, Clock, count_comments, d_isoz, h12, rel,
                    rel_i18n, ru_plural)


# ----------------------------------------------------------------------------
# shared
# ----------------------------------------------------------------------------
def cparas(p, cid, paras, quote=None):
    """Comment paragraphs; consecutive 'Q> ' paragraphs form one quote.
    quote(inner_html) -> html wraps a quote (default <blockquote>)."""
    out, buf = [], []

    def flush():
        if buf:
            inner = "".join(f"<p>{p.C(cid, x)}</p>" for x in buf)
            out.append(quote(inner) if quote else f"<blockquote>{inner}</blockquote>")
            buf.clear()

    for para in paras:
        if para.startswith("Q> "):
            buf.append(para[3:])
        else:
            flush()
            out.append(f"<p>{p.C(cid, para)}</p>")
    flush()
    return "\n".join(out)


def new_cid(p, node, depth, parent):
    if node.get("orphan"):
        return p.new_comment(node["depth"], None), node["depth"]
    return p.new_comment(depth, parent), depth


def initials(name):
    parts = [w for w in name.replace("_", " ").replace(".", " ").split() if w[:1].isalpha()]
    if not parts:
        return name[:1].upper()
    if len(parts) == 1:
        return parts[0][:2].upper() if len(parts[0]) > 1 else parts[0].upper()
    return (parts[0][0] + parts[-1][0]).upper()


def more_replies(p, node, fmt):
    """Collapsed-replies button after a comment's visible replies."""
    if node.get("more"):
        n = node["more"]
        return f'<div class="more-replies"><a href="#" role="button">{p.thread_ui(fmt(n))}</a></div>'
    return ""


# ----------------------------------------------------------------------------
# Facebook comments plugin
# ----------------------------------------------------------------------------
def w_fbplugin(p, art, site, v):
    pub, now = v["pub"], v["now"]
    clock = Clock(p.rng, pub, now)
    n = count_comments(art) + v.get("hidden", 0)
    fmt_more = v.get("fb_more", lambda k: f"View {k} more repl{'y' if k == 1 else 'ies'}")

    def one(node, depth, parent):
        cid, depth = new_cid(p, node, depth, parent)
        d = clock.next(20, 3000)
        name = node["author"] or "Facebook User"
        ava = p.img(("comment", cid), "https://scontent.xx.fbcdn.net/v/t1.0-1/p48x48/", alt="", attrs='class="_1ci img"')
        extra = ""
        for key, fmt in (("badge", "{}"), ("work", "Works at {}"), ("school", "{}"), ("loc", "Lives in {}")):
            if node.get(key):
                extra += f'<span class="_5nz1"><span aria-hidden="true"> · </span>{p.C(cid, fmt.format(node[key]))}</span>'
        likes = node.get("likes")
        like_html = ""
        if likes:
            like_html = f'<span role="presentation" aria-hidden="true"> · </span><span class="_2vq9"><i class="_3-8_ img sp_like"></i>{p.C(cid, str(likes))}</span>'
        edited = f'<span aria-hidden="true"> · </span><span>{p.C(cid, "Edited")}</span>' if node.get("edited") else ""
        when = rel(now, d, short=True)
        html_ = (f'<div class="_3-8y _5nz1 clearfix" direction="left"><div class="_ohe lfloat"><a href="#" class="img _8o _8s UFIImageBlockImage">{ava}</a></div>'
                 f'<div class=""><div class="_3-8m"><div class="_ohf rfloat"></div><div>'
                 f'<a class=" UFICommentActorName" href="https://www.facebook.com/profile.php?id={p.rng.randint(10**9, 10**10)}">{p.C(cid, name)}</a>{extra}</div>'
                 f'<div class="_3-8m"><div class="_30o4"><span><span class="_5mdd">{cparas(p, cid, node["paras"])}</span></span></div></div>'
                 f'<div class="_2vq9 fsm fwn fcg"><a href="#" role="button">{p.C(cid, "Like")}</a><span role="presentation" aria-hidden="true"> · </span>'
                 f'<a href="#" role="button">{p.C(cid, "Reply")}</a>{like_html}<span role="presentation" aria-hidden="true"> · </span>'
                 f'<a class="uiLinkSubtle" href="#"><abbr class="livetimestamp" data-utime="{int(d.timestamp())}">{p.C(cid, when)}</abbr></a>{edited}</div>')
        kids = ""
        if node["children"]:
            kids = '<div class="_44ri _2pis">' + "".join(one(ch, depth + 1, cid) for ch in node["children"])
            kids += more_replies(p, node, fmt_more) + "</div>"
        elif node.get("more"):
            kids = '<div class="_44ri _2pis">' + more_replies(p, node, fmt_more) + "</div>"
        return html_ + kids + "</div></div></div>"

    head_ = (f'<div class="fb-comments" data-href="https://{site["domain"]}/" data-numposts="10" data-width="100%">'
             f'<div class="_56q9"><div class="_4uyl _1zz8 _2392 clearfix"><div class="_ohe lfloat"><span class="_50f7">{p.X(f"{n} Comments")}</span></div>'
             f'<div class="_ohf rfloat"><span class="_pup">{p.X("Sort by")}</span> <a class="_55pi _5vto _55_p" role="button"><span class="_55pe">{p.X(v.get("fb_sort", "Top"))}</span></a></div></div>'
             f'<div class="_5yct"><div class="_1cb _5yk1"><div class="_5yk2"><div class="_1p1v">{p.X("Add a comment...")}</div></div></div></div>')
    body = '<div class="_4k-6">' + "".join(one(nd, 0, None) for nd in art["comments"]) + "</div>"
    foot = ""
    if v.get("fb_load"):
        foot += f'<div class="_5o4h _3-8y"><button class="_1gl3 _4jy0 _4jy3 _517h _51sy _42ft">{p.X(v["fb_load"])}</button></div>'
    foot += (f'<div class="_5lm5 _2pi3 _3-8y"><div class="_4uyl _1zz8 _2392 clearfix"><i class="img _8o _8r img sp_fb"></i>'
             f'<a target="_blank" href="https://developers.facebook.com/products/social-plugins/comments/" class="_39g6">{p.X("Facebook Comments Plugin")}</a></div></div>')
    return head_ + body + foot + "</div></div>"


# ----------------------------------------------------------------------------
# Livefyre
# ----------------------------------------------------------------------------
def w_livefyre(p, art, site, v):
    pub, now = v["pub"], v["now"]
    clock = Clock(p.rng, pub, now)
    n = count_comments(art) + v.get("hidden", 0)

    def one(node, depth, parent):
        cid, depth = new_cid(p, node, depth, parent)
        d = clock.next(10, 900)
        name = node["author"] or "Guest"
        ava = p.img(("comment", cid), "https://avatars.fyre.co/a/26/", alt=name, attrs='class="fyre-user-avatar" width="50" height="50"')
        badge = f' <span class="fyre-comment-badge fyre-badge-{node["badge"].lower()}">{p.C(cid, node["badge"])}</span>' if node.get("badge") else ""
        when = rel(now, d) if (now - d).days < 7 else f"{MONTHS[d.month-1][:3]} {d.day}, {d.year}"
        likes = node.get("likes")
        like_cnt = f'<span class="fyre-comment-like-count">{p.C(cid, f"{likes} Like" + ("s" if likes != 1 else ""))}</span> ' if likes else ""
        out = (f'<div class="fyre-comment-wrapper{" fyre-comment-reply" if depth else ""}" data-message-id="{p.rng.randint(10**8, 10**9)}">'
               f'<article class="fyre-comment-article fyre-comment-source-5">'
               f'<header class="fyre-comment-head"><div class="fyre-comment-user">{ava}</div>'
               f'<span class="fyre-comment-username"><span>{p.C(cid, name)}</span></span>{badge} '
               f'<time class="fyre-comment-date" datetime="{d_isoz(d)}">{p.C(cid, when)}</time></header>'
               f'<section class="fyre-comment-body"><div class="fyre-comment">{cparas(p, cid, node["paras"])}</div></section>'
               f'<footer class="fyre-comment-footer">{like_cnt}<a class="fyre-comment-like-btn" href="#">{p.C(cid, "Like")}</a> '
               f'<a class="fyre-comment-reply" href="#">{p.C(cid, "Reply")}</a> <a class="fyre-comment-share" href="#">{p.C(cid, "Share")}</a> '
               f'<a class="fyre-comment-flag" href="#">{p.C(cid, "Flag")}</a></footer></article>')
        if node["children"] or node.get("more"):
            out += '<div class="fyre-comment-replies">' + "".join(one(ch, depth + 1, cid) for ch in node["children"])
            if node.get("more"):
                out += f'<div class="fyre-comment-replies-toggle"><a href="#">{p.thread_ui("Show " + str(node["more"]) + " more replies")}</a></div>'
            out += "</div>"
        return out + "</div>"

    listen = p.rng.randint(3, 60)
    head_ = (f'<div id="livefyre-comments" class="fyre fyre-widget"><div class="fyre-stream-header">'
             f'<div class="fyre-stream-stats"><span class="fyre-comment-count">{p.X(f"{n} Comments")}</span> '
             f'<span class="fyre-listener-count">{p.X(f"{listen} People Listening")}</span></div>'
             f'<div class="fyre-auth"><a class="fyre-user-loggedout fyre-login-link" href="#">{p.X("Sign in")}</a></div></div>'
             f'<div class="fyre-follow-button"><span>{p.X("+ Follow")}</span></div>'
             f'<div class="fyre-editor"><div class="fyre-editor-editable editable">{p.X("Share your thoughts")}</div>'
             f'<div class="fyre-editor-toolbar"><div class="fyre-post-button fyre-button"><span>{p.X("Post comment as...")}</span></div></div></div>'
             f'<div class="fyre-stream-sort"><span>{p.X("Sort:")}</span> <a href="#" class="fyre-stream-sort-newest">{p.X("Newest")}</a> | '
             f'<a href="#" class="fyre-stream-sort-oldest">{p.X("Oldest")}</a> | <a href="#" class="fyre-stream-sort-top-comments">{p.X("Most Liked")}</a></div>'
             f'<div class="fyre-comment-stream">')
    body = "".join(one(nd, 0, None) for nd in art["comments"])
    foot = "</div>"
    if v.get("lf_more"):
        foot += f'<div class="fyre-stream-more"><div class="fyre-stream-more-container"><a href="#">{p.X("Load More")}</a></div></div>'
    foot += f'<div class="fyre-powered"><a href="https://livefyre.com">{p.X("Livefyre")}</a></div></div>'
    return head_ + body + foot


# ----------------------------------------------------------------------------
# OpenWeb / Spot.IM
# ----------------------------------------------------------------------------
def w_openweb(p, art, site, v):
    pub, now = v["pub"], v["now"]
    clock = Clock(p.rng, pub, now)
    n = count_comments(art) + v.get("hidden", 0)

    def one(node, depth, parent):
        cid, depth = new_cid(p, node, depth, parent)
        d = clock.next(5, 300)
        name = node["author"] or "Anonymous"
        ava = p.img(("comment", cid), "https://images.spot.im/image/upload/q_70,c_fill,w_40,h_40/", alt=name, ext="", attrs='class="spcv_avatar-image"')
        badge = f' <span class="spcv_badge">{p.C(cid, node["badge"])}</span>' if node.get("badge") else ""
        up, down = node.get("up", p.rng.randint(0, 9)), node.get("down", p.rng.randint(0, 3))
        rep = node.get("nrep")
        out = (f'<li class="spcv_list-item"><article class="spcv_message{" spcv_root-message" if depth == 0 else " spcv_reply"}">'
               f'<div class="spcv_avatar">{ava}</div><div class="spcv_message-content">'
               f'<header class="spcv_header"><span class="spcv_username">{p.C(cid, name)}</span>{badge}'
               f'<span class="spcv_divider"> · </span><time class="spcv_time" datetime="{d_isoz(d)}">{p.C(cid, rel(now, d, short=True))}</time></header>'
               f'<div class="spcv_message-text">{cparas(p, cid, node["paras"])}</div>'
               f'<footer class="spcv_footer"><button class="spcv_reply-button">{p.C(cid, "Reply")}</button> '
               f'<span class="spcv_votes"><button aria-label="Like" class="spcv_like">{p.C(cid, "▲")}</button> <span class="spcv_count">{p.C(cid, str(up))}</span> '
               f'<button aria-label="Dislike" class="spcv_dislike">{p.C(cid, "▼")}</button>'
               + (f' <span class="spcv_count">{p.C(cid, str(down))}</span>' if down else "") +
               f'</span> <button class="spcv_share">{p.C(cid, "Share")}</button> <button class="spcv_more" aria-label="More options"><svg width="16" height="16"></svg></button></footer>'
               f'</div></article>')
        if rep and not node["children"]:
            out += f'<button class="spcv_show-replies">{p.thread_ui(f"{rep} Replies" if rep > 1 else "1 Reply")}</button>'
        if node["children"] or node.get("more"):
            out += '<ul class="spcv_children">' + "".join(one(ch, depth + 1, cid) for ch in node["children"]) + "</ul>"
            if node.get("more"):
                out += f'<button class="spcv_show-more-replies">{p.thread_ui("Show " + str(node["more"]) + " more replies")}</button>'
        return out + "</li>"

    guide = v.get("ow_guide", "Let's keep it respectful. Comments that break our Community Guidelines will be removed.")
    head_ = (f'<div data-spotim-module="conversation" class="spcv_conversation"><header class="spcv_conversation-header">'
             f'<h2 class="spcv_title">{p.X("Conversation")}</h2> <span class="spcv_count-label">{p.X(f"{n} Comments")}</span>'
             f'<div class="spcv_login"><button>{p.X("Log in")}</button> <span>|</span> <button>{p.X("Sign up")}</button></div></header>'
             f'<div class="spcv_community-guidelines"><p>{p.X(guide)} <a href="#">{p.X("Community Guidelines")}</a></p></div>'
             f'<div class="spcv_editor"><div class="spcv_placeholder">{p.X("What do you think?")}</div><button class="spcv_send">{p.X("Send")}</button></div>'
             f'<div class="spcv_sort">{p.X("Sort by")} <button>{p.X(v.get("ow_sort", "Best"))}</button></div>'
             f'<ul class="spcv_messages-list">')
    body = "".join(one(nd, 0, None) for nd in art["comments"])
    foot = "</ul>"
    if v.get("ow_more", True):
        foot += f'<button class="spcv_load-more-messages">{p.X("Show More Comments")}</button>'
    foot += (f'<footer class="spcv_footer-bar"><a href="https://www.openweb.com">{p.X("Powered by OpenWeb")}</a> '
             f'<a href="#">{p.X("Terms")}</a> | <a href="#">{p.X("Privacy")}</a> | <a href="#">{p.X("Feedback")}</a></footer></div>')
    return head_ + body + foot


# ----------------------------------------------------------------------------
# Vuukle
# ----------------------------------------------------------------------------
def w_vuukle(p, art, site, v):
    pub, now = v["pub"], v["now"]
    clock = Clock(p.rng, pub, now)
    n = count_comments(art) + v.get("hidden", 0)
    emotes = ["Happy", "Unmoved", "Amused", "Excited", "Angry", "Sad"]
    counts = [p.rng.randint(0, 40) for _ in emotes]
    tot = sum(counts) or 1
    em = "".join(f'<div class="v-emote">{p.img("boilerplate", "https://cdn.vuukle.com/widgets/emotes/", ext="svg", alt=e)}'
                 f'<span class="v-emote-count">{p.X(str(c))}</span> <span class="v-emote-percent">{p.X(f"{round(100 * c / tot)}%")}</span>'
                 f'<span class="v-emote-name">{p.X(e)}</span></div>' for e, c in zip(emotes, counts))
    emote_html = (f'<div id="vuukle-emote" class="vuukle-emotes"><h3 class="v-emote-title">{p.X("What is your reaction?")}</h3>'
                  f'<div class="v-emote-list">{em}</div></div>')

    def one(node, depth, parent):
        cid, depth = new_cid(p, node, depth, parent)
        d = clock.next(15, 1200)
        name = node["author"] or "Guest"
        up, down = node.get("up", p.rng.randint(0, 12)), node.get("down", p.rng.randint(0, 4))
        out = (f'<div class="v-comment{" v-reply" if depth else ""}" style="margin-left:{min(depth, 3) * 32}px">'
               f'<div class="v-avatar"><span class="v-initials">{p.C(cid, initials(name))}</span></div>'
               f'<div class="v-comment-main"><div class="v-comment-head"><span class="v-name">{p.C(cid, name)}</span> '
               f'<span class="v-time">{p.C(cid, rel(now, d))}</span></div>'
               f'<div class="v-text">{cparas(p, cid, node["paras"])}</div>'
               f'<div class="v-actions"><button class="v-up">{p.C(cid, "▲")}</button> <span>{p.C(cid, str(up))}</span> '
               f'<button class="v-down">{p.C(cid, "▼")}</button> <span>{p.C(cid, str(down))}</span> '
               f'<button class="v-reply-btn">{p.C(cid, "Reply")}</button> <button class="v-share">{p.C(cid, "Share")}</button> '
               f'<button class="v-report">{p.C(cid, "Report")}</button></div></div></div>')
        for ch in node["children"]:
            out += one(ch, depth + 1, cid)
        if node.get("more"):
            out += f'<div class="v-more-replies"><a href="#">{p.thread_ui("View " + str(node["more"]) + " more replies")}</a></div>'
        return out

    head_ = (f'<div id="vuukle-comments" class="vuukle-comments"><div class="v-header"><span class="v-count">{p.X(f"{n} Comments")}</span> '
             f'<a href="#" class="v-login">{p.X("Login")}</a></div>'
             f'<div class="v-editor"><div class="v-editor-placeholder">{p.X("Write a comment...")}</div><button class="v-post">{p.X("Post")}</button></div>'
             f'<div class="v-sort">{p.X("Sort by:")} <a href="#" class="active">{p.X("Best")}</a> <a href="#">{p.X("Newest")}</a> <a href="#">{p.X("Oldest")}</a></div>'
             f'<div class="v-list">')
    body = "".join(one(nd, 0, None) for nd in art["comments"])
    foot = f'</div><div class="v-load-more"><button>{p.X("Load more comments")}</button></div>'
    foot += f'<div class="v-powered"><a href="https://vuukle.com">{p.X("Powered by Vuukle")}</a> <a href="#">{p.X("Privacy")}</a></div></div>'
    tot_html = ""
    if site.get("talk_of_town"):
        tot_html = (f'<div id="vuukle-toptalk" class="vuukle-talk-of-town"><h3>{p.X("Talk of the Town")}</h3><ul>' +
                    "".join(f'<li><a href="#">{p.X(t)}</a> <span class="v-tot-count">{p.X(str(c))}</span></li>'
                            for t, c in site["talk_of_town"]) + "</ul></div>")
    return emote_html + head_ + body + foot + tot_html


# ----------------------------------------------------------------------------
# IntenseDebate
# ----------------------------------------------------------------------------
def w_intensedebate(p, art, site, v):
    pub, now = v["pub"], v["now"]
    clock = Clock(p.rng, pub, now)
    n = count_comments(art)

    def weeks(d):
        w = int((now - d).days // 7)
        return f"{w} weeks ago" if w > 1 else rel(now, d)

    def one(node, depth, parent):
        cid, depth = new_cid(p, node, depth, parent)
        d = clock.next(30, 2000)
        name = node["author"] or "Guest"
        num = p.rng.randint(10**8, 10**9)
        score = node.get("score", 0)
        sc = f"+{score}" if score > 0 else str(score)
        ava = p.img(("comment", cid), "https://secure.gravatar.com/avatar/", ext="", alt="Avatar" if v.get("id_alt") else "", query="?s=50&d=identicon")
        nkids = len(node["children"])
        active = ""
        if nkids:
            last = d + (now - d) / 3
            act_txt = f"{nkids} repl{'y' if nkids == 1 else 'ies'} · active {weeks(last)}"
            active = f'<div class="idc-c-h-active">{p.C(cid, act_txt)}</div>'
        out = (f'<div id="IDThread{num}" class="idc-thread">'
               f'<div id="IDComment{num}" class="idc-c idc-c-{"r" if depth else "t"}" style="margin-left:{depth * 30}px">'
               f'<div class="idc-c-t"><a href="#" class="idc-avatar">{ava}</a></div>'
               f'<div class="idc-c-h"><span class="idc-v"><a href="#" class="idc-v-up" title="Vote up"></a> '
               f'<span class="idc-v-total">{p.C(cid, sc)}</span> <a href="#" class="idc-v-down" title="Vote down"></a></span>'
               f'<a class="idc-m-author" href="#">{p.C(cid, name)}</a> <span class="idc-time">{p.C(cid, weeks(d))}</span>{active}</div>'
               f'<div class="idc-c-b"><div class="idc-c-m">{cparas(p, cid, node["paras"])}</div></div>'
               f'<div class="idc-c-b idc-c-f"><a href="#" class="idc-btn_s"><span>{p.C(cid, "Reply")}</span></a> '
               f'<a href="#" class="idc-btn_s idc-report"><span>{p.C(cid, "Report")}</span></a></div></div>')
        for ch in node["children"]:
            out += one(ch, depth + 1, cid)
        return out + "</div>"

    head_ = (f'<div id="idc-container"><div id="idc-container-parent"><div id="idc-cover">'
             f'<h3 class="idc-commentcount">{p.X(f"{n} Comments" if n != 1 else "1 Comment")}</h3>'
             f'<div class="idc-head"><a href="#" class="idc-subscribe">{p.X("Subscribe to comments")}</a> '
             f'<span class="idc-sort">{p.X("Sort by:")} <a href="#">{p.X("Date")}</a> <a href="#">{p.X("Rating")}</a> <a href="#">{p.X("Last Activity")}</a></span></div>'
             f'<div class="idc-loading" style="display:none"></div>')
    body = "".join(one(nd, 0, None) for nd in art["comments"])
    form = (f'<div id="idc-newcomment"><h3>{p.X("Post a new comment")}</h3>'
            f'<div class="idc-editor"><textarea id="txtComment" cols="60" rows="6"></textarea></div>'
            f'<p class="idc-c-guest">{p.X("Comment as a Guest, or login:")}</p>'
            f'<ul class="idc-login"><li><a href="#">{p.X("Login to IntenseDebate")}</a></li><li><a href="#">{p.X("Login to WordPress.com")}</a></li>'
            f'<li><a href="#">{p.X("Login to Twitter")}</a></li></ul>'
            f'<table class="idc-guest-form"><tr><td><label>{p.X("Name")}</label><br><input type="text" name="name"></td>'
            f'<td><label>{p.X("Email")}</label><br><input type="text" name="email"></td>'
            f'<td><label>{p.X("Website (optional)")}</label><br><input type="text" name="url"></td></tr>'
            f'<tr><td><small>{p.X("Displayed next to your comments.")}</small></td><td><small>{p.X("Not displayed publicly.")}</small></td>'
            f'<td><small>{p.X("If you have a website, link to it here.")}</small></td></tr></table>'
            f'<p class="idc-subscribe-opts">{p.X("Subscribe to")} <select name="sub"><option>{p.X("None")}</option><option>{p.X("Replies")}</option>'
            f'<option>{p.X("All new comments")}</option></select></p>'
            f'<p><input type="submit" value="{p.X("Submit Comment")}"></p></div>'
            f'<div id="idc-footer"><a href="https://intensedebate.com">{p.X("Comments by IntenseDebate")}</a></div>')
    return head_ + body + "</div>" + form + "</div></div>"


# ----------------------------------------------------------------------------
# Commento
# ----------------------------------------------------------------------------
def w_commento(p, art, site, v):
    pub, now = v["pub"], v["now"]
    clock = Clock(p.rng, pub, now)

    def one(node, depth, parent):
        cid, depth = new_cid(p, node, depth, parent)
        d = clock.next(30, 3000)
        name = node["author"] or "Anonymous"
        pts = node.get("up", p.rng.randint(0, 6))
        letter = name[0].upper()
        mod = f'<div class="commento-moderator-badge">{p.C(cid, "Moderator")}</div>' if node.get("badge") == "Moderator" else ""
        out = (f'<div class="commento-card" id="commento-card-{p.stem()}" style="border-left: {2 if depth else 0}px solid #ddd">'
               f'<div class="commento-header"><div class="commento-avatar" style="background: #{p.rng.randint(0x333333, 0xcccccc):06x};">{p.C(cid, letter)}</div>'
               f'<a class="commento-name" href="#">{p.C(cid, name)}</a>{mod}'
               f'<div class="commento-subtitle"><div class="commento-score">{p.C(cid, f"{pts} point" + ("" if pts == 1 else "s"))}</div>'
               f'<div class="commento-timeago" title="{d.isoformat()}">{p.C(cid, rel(now, d))}</div></div></div>'
               f'<div class="commento-contents"><div class="commento-body">{cparas(p, cid, node["paras"])}</div>'
               f'<div class="commento-options"><button class="commento-option-button commento-option-reply" title="Reply"></button>'
               f'<button class="commento-option-button commento-option-upvote" title="Upvote"></button>'
               f'<button class="commento-option-button commento-option-downvote" title="Downvote"></button></div>')
        if node["children"]:
            out += '<div class="commento-body-children">' + "".join(one(ch, depth + 1, cid) for ch in node["children"]) + "</div>"
        return out + "</div></div>"

    head_ = (f'<div id="commento"><div class="commento-root"><div class="commento-login"><div class="commento-login-text">{p.X("Login")}</div></div>'
             f'<div class="commento-main-area"><div class="commento-textarea-container"><textarea placeholder="Add a comment"></textarea></div>'
             f'<div class="commento-anonymous-checkbox-container"><input type="checkbox" id="commento-anon"> <label for="commento-anon">{p.X("Comment anonymously")}</label></div>'
             f'<button class="commento-button commento-submit-button">{p.X("Add Comment")}</button>'
             f'<div class="commento-sort-policy-buttons-container"><div class="commento-sort-policy-buttons">'
             f'<a class="commento-sort-policy-button commento-sort-policy-button-selected">{p.X("Popular")}</a>'
             f'<a class="commento-sort-policy-button">{p.X("Newest")}</a><a class="commento-sort-policy-button">{p.X("Oldest")}</a></div></div>'
             f'<div class="commento-comments">')
    body = "".join(one(nd, 0, None) for nd in art["comments"])
    foot = (f'</div></div><div class="commento-footer"><div class="commento-logo-container"><a href="https://commento.io" target="_blank">'
            f'<span class="commento-logo-text">{p.X("Powered by Commento")}</span></a></div></div></div></div>')
    return head_ + body + foot


# ----------------------------------------------------------------------------
# Hyvor Talk
# ----------------------------------------------------------------------------
def w_hyvor(p, art, site, v):
    pub, now = v["pub"], v["now"]
    clock = Clock(p.rng, pub, now)
    n = count_comments(art)
    reacts = [("Superb", "🤩"), ("Love", "😍"), ("Wow", "😮"), ("Sad", "😢"), ("Laugh", "😂"), ("Angry", "😠")]
    rx = "".join(f'<div class="reaction"><span class="reaction-emoji">{p.X(e)}</span><span class="reaction-name">{p.X(nm)}</span>'
                 f'<span class="reaction-count">{p.X(str(p.rng.randint(0, 25)))}</span></div>' for nm, e in reacts)

    def one(node, depth, parent):
        cid, depth = new_cid(p, node, depth, parent)
        d = clock.next(30, 3000)
        name = node["author"] or "Guest"
        up = node.get("up", p.rng.randint(0, 8))
        badge = f'<span class="badge">{p.C(cid, node["badge"])}</span>' if node.get("badge") else ""
        out = (f'<div class="comment{" reply" if depth else ""}" id="comment-{p.rng.randint(10**5, 10**6)}">'
               f'<div class="comment-head">{p.img(("comment", cid), "https://talk.hyvor.com/avatars/", ext="png", alt="")}'
               f'<span class="name">{p.C(cid, name)}</span>{badge}<a class="time" href="#">{p.C(cid, rel(now, d))}</a></div>'
               f'<div class="comment-body">{cparas(p, cid, node["paras"])}</div>'
               f'<div class="comment-actions"><button class="vote up">{p.C(cid, "▲")} {p.C(cid, str(up))}</button> <button class="vote down">{p.C(cid, "▼")}</button> '
               f'<button class="reply">{p.C(cid, "Reply")}</button></div>')
        if node["children"]:
            out += '<div class="replies">' + "".join(one(ch, depth + 1, cid) for ch in node["children"]) + "</div>"
        return out + "</div>"

    head_ = (f'<div id="hyvor-talk-view"><div class="hyvor-talk"><div class="reactions-box"><div class="reactions-title">{p.X("What do you think?")}</div>'
             f'<div class="reactions">{rx}</div></div>'
             f'<div class="comments-header"><span class="comments-count">{p.X(f"{n} Comments")}</span> <button class="login">{p.X("Login")}</button></div>'
             f'<div class="comment-box"><div class="placeholder">{p.X("Write your comment...")}</div></div>'
             f'<div class="sort">{p.X("Sort by:")} <a class="active">{p.X("Top")}</a> <a>{p.X("Newest")}</a> <a>{p.X("Oldest")}</a></div><div class="comments">')
    body = "".join(one(nd, 0, None) for nd in art["comments"])
    return head_ + body + f'</div><div class="powered-by"><a href="https://talk.hyvor.com">{p.X("Powered by Hyvor Talk")}</a></div></div></div>'


# ----------------------------------------------------------------------------
# giscus (GitHub Discussions)
# ----------------------------------------------------------------------------
def w_giscus(p, art, site, v):
    pub, now = v["pub"], v["now"]
    clock = Clock(p.rng, pub, now)
    top = len(art["comments"])
    reps = count_comments(art) - top
    nreact = p.rng.randint(3, 30)

    def one(node, depth, parent):
        cid, depth = new_cid(p, node, depth, parent)
        d = clock.next(60, 5000)
        name = node["author"]
        verb = "replied" if depth else "commented"
        owner = f'<span class="gsc-comment-author-association">{p.C(cid, node["badge"])}</span>' if node.get("badge") else ""
        rx = ""
        if node.get("likes"):
            rx = f'<div class="gsc-reactions"><button class="gsc-social-reaction-summary-item">{p.C(cid, "👍")} {p.C(cid, str(node["likes"]))}</button></div>'
        out = (f'<div class="gsc-{"reply" if depth else "comment"}"><div class="gsc-comment-box">'
               f'<div class="gsc-comment-header"><a class="gsc-comment-author-avatar" href="https://github.com/{name}">'
               f'{p.img(("comment", cid), "https://avatars.githubusercontent.com/u/", ext="", alt="@" + name, query="?v=4")}'
               f'<span class="link-primary">{p.C(cid, name)}</span></a> {owner} '
               f'<a class="link-secondary" href="#"><time datetime="{d_isoz(d)}">{p.C(cid, verb + " " + rel(now, d))}</time></a></div>'
               f'<div class="markdown gsc-comment-content">{cparas(p, cid, node["paras"])}</div>{rx}</div>')
        if not depth:
            kids = node["children"]
            out += '<div class="gsc-replies">'
            if kids:
                out += f'<h3 class="gsc-replies-count">{p.C(cid, f"{len(kids)} repl" + ("y" if len(kids) == 1 else "ies"))}</h3>'
                out += "".join(one(ch, depth + 1, cid) for ch in kids)
            # after the last thread this is no longer "between two comments": boilerplate
            wr = p.X("Write a reply") if node is art["comments"][-1] else p.thread_ui("Write a reply")
            out += f'<div class="gsc-reply-box"><button class="gsc-reply-box-button">{wr}</button></div></div>'
        return out + "</div>"

    head_ = (f'<div class="giscus"><div class="gsc-main"><div class="gsc-reactions"><h4 class="gsc-reactions-count">{p.X(f"{nreact} reactions")}</h4>'
             f'<div class="gsc-reactions-list"><button>{p.X("👍")} {p.X(str(nreact - 2))}</button> <button>{p.X("🎉")} {p.X("2")}</button></div></div>'
             f'<div class="gsc-header"><h4 class="gsc-comments-count">{p.X(f"{top} comments")} · {p.X(f"{reps} replies")}</h4>'
             f'<em class="color-text-secondary">{p.X("– powered by")} <a href="https://giscus.app">{p.X("giscus")}</a></em>'
             f'<div class="BtnGroup"><button>{p.X("Oldest")}</button><button>{p.X("Newest")}</button></div></div><div class="gsc-timeline">')
    body = "".join(one(nd, 0, None) for nd in art["comments"])
    foot = (f'</div><div class="gsc-comment-box"><div class="gsc-comment-box-tabs"><button>{p.X("Write")}</button> <button>{p.X("Preview")}</button></div>'
            f'<textarea class="gsc-comment-box-textarea" placeholder="Sign in to comment"></textarea>'
            f'<div class="gsc-comment-box-bottom"><a href="https://guides.github.com/features/mastering-markdown/">{p.X("Styling with Markdown is supported")}</a>'
            f'<a class="btn btn-primary" href="#">{p.X("Sign in with GitHub")}</a></div></div></div></div>')
    return head_ + body + foot


# ----------------------------------------------------------------------------
# VK comments widget
# ----------------------------------------------------------------------------
def vk_date(now, d):
    if d.date() == now.date():
        return f"сегодня в {d.hour}:{d.minute:02d}"
    if (now.date() - d.date()).days == 1:
        return f"вчера в {d.hour}:{d.minute:02d}"
    if d.year == now.year:
        return f"{d.day} {RU_MON_SHORT[d.month-1]} в {d.hour}:{d.minute:02d}"
    return f"{d.day} {RU_MON_SHORT[d.month-1]} {d.year}"


def w_vk(p, art, site, v):
    pub, now = v["pub"], v["now"]
    clock = Clock(p.rng, pub, now)
    n = count_comments(art) + v.get("hidden", 0)

    def one(node, depth, parent, parent_node=None):
        cid, depth = new_cid(p, node, depth, parent)
        d = clock.next(10, 700)
        name = node["author"]
        ava = p.img(("comment", cid), "https://sun9-12.userapi.com/impf/c850/", alt=name, attrs='class="reply_img" width="34" height="34"' if depth else 'class="post_img" width="50" height="50"')
        to = f' <span class="reply_to">{p.C(cid, node["to"])}</span>' if node.get("to") else ""
        likes = node.get("likes")
        like = (f'<div class="like_wrap"><a class="like_btn like _like" href="#"><span class="like_button_label">{p.C(cid, "Мне нравится")}</span>'
                + (f' <span class="like_button_count">{p.C(cid, str(likes))}</span>' if likes else "") + "</a></div>")
        out = (f'<div class="{"reply" if depth else "post"}" id="{"reply" if depth else "post"}-{p.rng.randint(10**6, 10**7)}">'
               f'<div class="{"reply" if depth else "post"}_image"><a href="#">{ava}</a></div>'
               f'<div class="reply_content"><div class="reply_author"><a class="author" href="https://vk.com/id{p.rng.randint(10**5, 10**8)}">{p.C(cid, name)}</a></div>'
               f'<div class="reply_text"><div class="wall_reply_text">{cparas(p, cid, node["paras"])}</div></div>'
               f'<div class="reply_footer"><a class="wd_lnk reply_date" href="#">{p.C(cid, vk_date(now, d))}</a>{to} '
               f'<a class="reply_link" href="#">{p.C(cid, "Ответить")}</a>{like}</div></div>')
        if node["children"] or node.get("more"):
            out += '<div class="replies"><div class="replies_wrap">' + "".join(one(ch, depth + 1, cid) for ch in node["children"])
            if node.get("more"):
                k = node["more"]
                out += f'<a class="replies_next" href="#">{p.thread_ui(f"Показать ещё {k} " + ru_plural(k, "ответ", "ответа", "ответов"))}</a>'
            out += "</div></div>"
        return out + "</div>"

    word = ru_plural(n, "комментарий", "комментария", "комментариев")
    tabs = ""
    if v.get("vk_tabs"):
        tabs = (f'<div class="comments-tabs"><h3>{p.X("Комментарии")}</h3><ul class="tabs"><li class="active"><a href="#vk">{p.X("ВКонтакте")}</a></li>'
                f'<li><a href="#fb">{p.X("Facebook")}</a></li></ul></div>')
    head_ = (f'{tabs}<div id="vk_comments" class="vk_comments"><div class="wcomments_head"><span class="wcomments_count">{p.X(f"{n} {word}")}</span> '
             f'<span class="wcomments_sort"><a href="#" class="active">{p.X("Сначала интересные")}</a> <a href="#">{p.X("Сначала новые")}</a></span></div>'
             f'<div class="wcomments_form"><div class="reply_field" contenteditable="true">{p.X("Написать комментарий...")}</div>'
             f'<button class="flat_button">{p.X("Отправить")}</button> <a href="#" class="wcomments_login">{p.X("Войти")}</a></div>'
             f'<div class="wcomments_posts">')
    body = "".join(one(nd, 0, None) for nd in art["comments"])
    foot = "</div>"
    if v.get("hidden"):
        foot += f'<a class="wcomments_more" href="#">{p.X(f"Показать все {n} {word}")}</a>'
    foot += "</div>"
    return head_ + body + foot


# ----------------------------------------------------------------------------
# Cackle
# ----------------------------------------------------------------------------
def ru_date(d):
    from chrome import MON
    return f"{d.day} {MON['ru'][d.month-1]} {d.year} в {d.hour:02d}:{d.minute:02d}"


def w_cackle(p, art, site, v):
    pub, now = v["pub"], v["now"]
    clock = Clock(p.rng, pub, now)
    n = count_comments(art) + v.get("hidden", 0)

    def one(node, depth, parent):
        cid, depth = new_cid(p, node, depth, parent)
        d = clock.next(10, 900)
        name = node["author"] or "Гость"
        guest = f' <span class="mc-comment-guest">{p.C(cid, "гость")}</span>' if node.get("guest") and node["author"] else ""
        votes = node.get("up", p.rng.randint(-2, 9))
        vs = f"+{votes}" if votes > 0 else str(votes)
        when = rel_i18n(now, d, "ru") if (now - d).days < 3 else ru_date(d)
        out = (f'<div class="mc-comment{" mc-comment-child" if depth else ""}" id="mc-comment-{p.rng.randint(10**6, 10**7)}" style="margin-left:{min(depth, 4) * 40}px">'
               f'<div class="mc-comment-wrapper"><div class="mc-avatar">{p.img(("comment", cid), "https://cackle.me/avatar/", ext="png", alt="")}</div>'
               f'<div class="mc-comment-body"><div class="mc-comment-head"><span class="mc-comment-author">{p.C(cid, name)}</span>{guest} '
               f'<a class="mc-comment-time" href="#">{p.C(cid, when)}</a></div>'
               f'<div class="mc-comment-msg">{cparas(p, cid, node["paras"])}</div>'
               f'<div class="mc-comment-footer"><a class="mc-comment-reply" href="#">{p.C(cid, "Ответить")}</a> '
               f'<span class="mc-comment-vote"><a class="mc-vote-up" href="#">{p.C(cid, "▲")}</a> <span class="mc-vote-count">{p.C(cid, vs)}</span> '
               f'<a class="mc-vote-down" href="#">{p.C(cid, "▼")}</a></span> <a class="mc-comment-spam" href="#">{p.C(cid, "Пожаловаться")}</a></div></div></div></div>')
        for ch in node["children"]:
            out += one(ch, depth + 1, cid)
        return out

    word = ru_plural(n, "комментарий", "комментария", "комментариев")
    socials = ["ВКонтакте", "Одноклассники", "Facebook", "Mail.ru", "Яндекс", "Google"]
    head_ = (f'<div id="mc-container"><div class="mc-container"><div class="mc-head"><h3 class="mc-title">{p.X("Комментарии")}</h3>'
             f'<span class="mc-comment-count">{p.X(f"{n} {word}")}</span></div>'
             f'<div class="mc-auth"><span>{p.X("Войти с помощью:")}</span> ' +
             " ".join(f'<a href="#" class="mc-social">{p.img("boilerplate", "https://cackle.me/static/img/social/", ext="png", alt=s)}</a>' for s in socials) +
             f'</div><div class="mc-editor"><div class="mc-editor-placeholder">{p.X("Написать комментарий...")}</div>'
             f'<button class="mc-button">{p.X("Отправить")}</button></div>'
             f'<div class="mc-sort">{p.X("Сортировка:")} <a href="#" class="active">{p.X("Популярные")}</a> <a href="#">{p.X("Новые")}</a> <a href="#">{p.X("Старые")}</a></div>'
             f'<div class="mc-comments">')
    body = "".join(one(nd, 0, None) for nd in art["comments"])
    foot = "</div>"
    if v.get("hidden"):
        foot += f'<div class="mc-more"><a href="#">{p.X("Показать ещё комментарии")}</a></div>'
    foot += f'<div class="mc-copyright"><a href="https://cackle.me">{p.X("Комментарии для сайта Cackle")}</a></div></div></div>'
    return head_ + body + foot


# ----------------------------------------------------------------------------
# a news CMS's own comments (en / de / fr / es)
# ----------------------------------------------------------------------------
NATIVE = {
    "en": dict(title="Comments ({n})", rules="Comments are moderated. Please read our community guidelines before posting.",
               guide="Community guidelines", login="Sign in or register to join the conversation.", sort="Sort by:",
               sorts=["Newest", "Oldest", "Most liked"], reply="Reply", report="Report", rec=None,
               more=lambda k: f"Show {k} more repl" + ("y" if k == 1 else "ies"), load="Load more comments",
               replyto="Replying to {a}", num=False),
    "de": dict(title="Kommentare ({n})", rules="Bitte beachten Sie unsere Netiquette. Kommentare werden vor der Veröffentlichung geprüft.",
               guide="Netiquette", login="Melden Sie sich an, um mitzudiskutieren.", sort="Sortieren nach:",
               sorts=["Neueste", "Älteste", "Meistempfohlen"], reply="Antworten", report="Melden", rec="Empfehlen",
               more=lambda k: f"{k} weitere Antwort" + ("" if k == 1 else "en") + " anzeigen", load="Weitere Kommentare laden",
               replyto="Antwort auf #{num} von {a}", num=True),
    "fr": dict(title="Commentaires ({n})", rules="Les commentaires sont modérés. Merci de respecter notre charte.",
               guide="Charte des commentaires", login="Connectez-vous pour réagir.", sort="Trier par :",
               sorts=["Plus récents", "Plus anciens", "Plus appréciés"], reply="Répondre", report="Signaler un abus", rec=None,
               more=lambda k: f"Voir {k} réponse" + ("" if k == 1 else "s") + " de plus", load="Charger plus de commentaires",
               replyto="En réponse à {a}", num=False),
    "es": dict(title="Comentarios ({n})", rules="Los comentarios están sujetos a moderación. Consulta nuestras normas de participación.",
               guide="Normas de participación", login="Inicia sesión para comentar.", sort="Ordenar por:",
               sorts=["Más recientes", "Más antiguos", "Más valorados"], reply="Responder", report="Denunciar", rec=None,
               more=lambda k: f"Ver {k} respuesta" + ("" if k == 1 else "s") + " más", load="Cargar más comentarios",
               replyto="En respuesta a {a}", num=False),
}


def w_native(p, art, site, v):
    lang = site.get("lang", "en")
    ui = NATIVE[lang]
    pub, now = v["pub"], v["now"]
    clock = Clock(p.rng, pub, now)
    n = count_comments(art) + v.get("hidden", 0)
    numbering = {}

    def one(node, depth, parent, pnode=None):
        cid, depth = new_cid(p, node, depth, parent)
        numbering[id(node)] = cid
        d = clock.next(5, 400)
        name = node["author"] or {"en": "Anonymous", "de": "Gast", "fr": "Anonyme", "es": "Anónimo"}[lang]
        badges = ""
        for b in str(node.get("badge", "")).split(","):
            b = b.strip()
            if b:
                badges += f' <span class="cmt-badge">{p.C(cid, b)}</span>'
        when = rel_i18n(now, d, lang)
        numtag = f' <a class="cmt-num" href="#cmt-{cid}">{p.C(cid, f"#{cid}")}</a>' if ui["num"] else ""
        replyto = ""
        if pnode is not None and v.get("replyto", True):
            replyto = f'<div class="cmt-replyto">{p.C(cid, ui["replyto"].format(a=pnode["author"], num=numbering[id(pnode)]))}</div>'
        up = node.get("up", p.rng.randint(0, 30))
        if ui["rec"]:
            votes = f'<button class="cmt-rec">{p.C(cid, ui["rec"])}</button> <span class="cmt-rec-count">{p.C(cid, str(up))}</span>'
        else:
            down = node.get("down", p.rng.randint(0, 6))
            votes = (f'<button class="cmt-up" aria-label="Upvote">{p.C(cid, "▲")} {p.C(cid, str(up))}</button> '
                     f'<button class="cmt-down" aria-label="Downvote">{p.C(cid, "▼")} {p.C(cid, str(down))}</button>')
        out = (f'<div class="cmt-item"><article class="cmt{" cmt-reply" if depth else ""}" id="cmt-{cid}">'
               f'<header class="cmt-head">{p.img(("comment", cid), "https://static." + site["domain"] + "/avatars/", ext="png", alt="")}'
               f'<strong class="cmt-user">{p.C(cid, name)}</strong>{badges} <time datetime="{d_isoz(d)}">{p.C(cid, when)}</time>{numtag}</header>'
               f'{replyto}<div class="cmt-text">{cparas(p, cid, node["paras"])}</div>'
               f'<footer class="cmt-actions"><button class="cmt-reply-btn">{p.C(cid, ui["reply"])}</button> {votes} '
               f'<button class="cmt-report">{p.C(cid, ui["report"])}</button></footer></article></div>')
        if node["children"] or node.get("more"):
            out += '<div class="cmt-replies">' + "".join(one(ch, depth + 1, cid, node) for ch in node["children"])
            if node.get("more"):
                out += f'<button class="cmt-more-replies">{p.thread_ui(ui["more"](node["more"]))}</button>'
            out += "</div>"
        return out

    head_ = (f'<h2 class="comments-title">{p.X(ui["title"].format(n=n))}</h2>'
             f'<p class="comments-rules">{p.X(ui["rules"])} <a href="#">{p.X(ui["guide"])}</a></p>'
             f'<p class="comments-login"><a href="#">{p.X(ui["login"])}</a></p>'
             f'<div class="comments-sort">{p.X(ui["sort"])} ' + " | ".join(f'<a href="#">{p.X(s)}</a>' for s in ui["sorts"]) + "</div>"
             '<div class="comments-list">')
    body = "".join(one(nd, 0, None) for nd in art["comments"])
    foot = "</div>"
    if v.get("hidden"):
        foot += f'<button class="comments-load-more">{p.X(ui["load"])}</button>'
    return head_ + body + foot


# ----------------------------------------------------------------------------
# disinformation-style blog, own comment system
# ----------------------------------------------------------------------------
def w_loud(p, art, site, v):
    pub, now = v["pub"], v["now"]
    clock = Clock(p.rng, pub, now)
    n = count_comments(art)
    ui = site["loud"]

    def one(node, depth, parent, pnode=None):
        cid, depth = new_cid(p, node, depth, parent)
        d = clock.next(3, 200)
        name = node["author"] or "Anonymous"
        h, ap = h12(d)
        when = f"{MONTHS[d.month-1]} {d.day}, {d.year} at {h}:{d.minute:02d} {ap}"
        inreply = f'<span class="inreply">{p.C(cid, "in reply to " + pnode["author"])}</span> ' if pnode else ""
        out = (f'<div class="comment-item" id="c{cid}" style="margin-left:{depth * 45}px">'
               f'<div class="c-meta"><span class="c-num">{p.C(cid, f"#{cid}")}</span> <b class="c-name">{p.C(cid, name)}</b> {inreply}'
               f'<span class="c-date">{p.C(cid, when)}</span></div>'
               f'<div class="c-text">{cparas(p, cid, node["paras"])}</div>'
               f'<div class="c-links"><a href="#">{p.C(cid, "Reply")}</a> | <a href="#">{p.C(cid, "Report")}</a></div></div>')
        for ch in node["children"]:
            out += one(ch, depth + 1, cid, node)
        return out

    head_ = (f'<h3 class="comments-title">{p.X(ui["comments_title"].format(n=n))}</h3>'
             f'<div class="comment-policy"><p>{p.X(ui["policy"])}</p></div>')
    body = "".join(one(nd, 0, None) for nd in art["comments"])
    form = (f'<div id="respond"><h3>{p.X(ui["form_title"])}</h3><form><p><label>{p.X("Name")}</label> <input type="text" name="n"></p>'
            f'<p><textarea name="c" rows="8" cols="60"></textarea></p><p><input type="submit" value="{p.X(ui["submit"])}"></p></form></div>')
    return head_ + '<div class="comment-list">' + body + "</div>" + form


# ----------------------------------------------------------------------------
# closed / empty comment areas (hard negatives)
# ----------------------------------------------------------------------------
def w_closed(p, art, site, v):
    kind = v.get("closed_kind", "en")
    if kind == "en":
        return (f'<h2 class="comments-title">{p.X("Comments")}</h2>'
                f'<div class="comments-closed"><p>{p.X("Comments are closed for this article.")}</p>'
                f'<p>{p.X("Why? We close comments on stories about court cases that are still under way.")} '
                f'<a href="#">{p.X("Read our community guidelines")}</a></p></div>')
    if kind == "de":
        return (f'<h2 class="comments-title">{p.X("Kommentare")}</h2>'
                f'<p class="comments-closed">{p.X("Die Kommentarfunktion für diesen Artikel ist geschlossen.")}</p>'
                f'<p>{p.X("Wir schließen die Kommentare in der Regel nach 48 Stunden.")} <a href="#">{p.X("Mehr zu unseren Diskussionsregeln")}</a></p>')
    if kind == "first":
        return (f'<h3 class="comments-title">{p.X("0 Comments")}</h3>'
                f'<p class="be-first">{p.X("Be the first to comment!")}</p>'
                f'<div class="comment-form"><div class="placeholder">{p.X("Join the discussion")}</div>'
                f'<p><label>{p.X("Name")}</label> <input type="text"></p><p><label>{p.X("Email")}</label> <input type="text"></p>'
                f'<p><input type="submit" value="{p.X("Post Comment")}"></p></div>')
    if kind == "none":
        return ""
    raise ValueError(kind)


WIDGETS = {
    "fbplugin": w_fbplugin, "livefyre": w_livefyre, "openweb": w_openweb, "vuukle": w_vuukle,
    "intensedebate": w_intensedebate, "commento": w_commento, "hyvor": w_hyvor, "giscus": w_giscus,
    "vk": w_vk, "cackle": w_cackle, "native": w_native, "loud": w_loud, "closed": w_closed,
}
