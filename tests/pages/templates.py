"""HTML templates in the style of real comment systems and news sites.

Every renderer takes (p, art, site, v): the Page registry, the parsed article
(content_format.parse), the site dict and a variant dict, and returns the
whole HTML document.  All visible words go through p.X / p.B / p.T / p.CAP /
p.C so that the build knows what each piece of text is.
"""
from __future__ import annotations

from datetime import datetime, timedelta

MONTHS = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


# ----------------------------------------------------------------------------
# dates
# ----------------------------------------------------------------------------
def h12(d):
    h = d.hour % 12 or 12
    return h, ("am" if d.hour < 12 else "pm")


def d_wp(d, sep=" at "):                      # July 10, 2012 at 1:26 am
    h, ap = h12(d)
    return f"{MONTHS[d.month-1]} {d.day}, {d.year}{sep}{h}:{d.minute:02d} {ap}"


def d_long(d):                                 # July 10, 2012
    return f"{MONTHS[d.month-1]} {d.day}, {d.year}"


def d_mon(d):                                  # Mar 6, 2017
    return f"{MONTHS[d.month-1][:3]} {d.day}, {d.year}"


def d_blogger(d):                              # March 6, 2017 at 4:36 PM
    h, ap = h12(d)
    return f"{MONTHS[d.month-1]} {d.day}, {d.year} at {h}:{d.minute:02d} {ap.upper()}"


def d_typepad(d):                              # March 03, 2017 at 04:36 PM
    h, ap = h12(d)
    return f"{MONTHS[d.month-1]} {d.day:02d}, {d.year} at {h:02d}:{d.minute:02d} {ap.upper()}"


def d_phpbb(d):                                # Mon Mar 06, 2017 4:36 pm
    h, ap = h12(d)
    return f"{DAYS[d.weekday()][:3]} {MONTHS[d.month-1][:3]} {d.day:02d}, {d.year} {h}:{d.minute:02d} {ap}"


def d_vb(d):                                   # 06-03-2017, 04:36 PM
    h, ap = h12(d)
    return f"{d.day:02d}-{d.month:02d}-{d.year}, {h:02d}:{d.minute:02d} {ap.upper()}"


def d_dots(d):                                 # 06.03.2017 16:36
    return f"{d.day:02d}.{d.month:02d}.{d.year} {d.hour:02d}:{d.minute:02d}"


def d_iso(d):                                  # 2017-03-06 16:36
    return f"{d.year}-{d.month:02d}-{d.day:02d} {d.hour:02d}:{d.minute:02d}"


def d_isoz(d):                                 # 2017-03-06T16:36:00Z
    return d.strftime("%Y-%m-%dT%H:%M:%SZ")


def d_slash(d):                                # Monday July 23, 2012 @08:25PM
    h, ap = h12(d)
    return f"{DAYS[d.weekday()]} {MONTHS[d.month-1]} {d.day:02d}, {d.year} @{h:02d}:{d.minute:02d}{ap.upper()}"


def d_sputnik_head(d):                         # 14:52 GMT 10.03.2017
    return f"{d.hour:02d}:{d.minute:02d} GMT {d.day:02d}.{d.month:02d}.{d.year}"


def rel(now, d, short=False):
    s = (now - d).total_seconds()
    units = [("year", "y", 365 * 86400), ("month", "mo", 30 * 86400), ("week", "w", 7 * 86400),
             ("day", "d", 86400), ("hour", "h", 3600), ("minute", "m", 60)]
    if short:
        units = [u for u in units if u[0] != "month"]
    for name, ab, sec in units:
        n = int(s // sec)
        if n >= 1:
            if short:
                return f"{n}{ab}"
            if n == 1:
                return f"{'an' if name == 'hour' else 'a'} {name} ago"
            return f"{n} {name}s ago"
    return "just now"


# ----------------------------------------------------------------------------
# small helpers
# ----------------------------------------------------------------------------
def slug(text, n=6):
    out = "".join(c.lower() if c.isalnum() else "-" for c in text)
    out = "-".join(w for w in out.split("-") if w)
    return "-".join(out.split("-")[:n]) or "post"


def links(p, items, href="#", cls="menu", li_cls=""):
    lc = f' class="{li_cls}"' if li_cls else ""
    return f'<ul class="{cls}">' + "".join(
        f'<li{lc}><a href="{href if isinstance(href, str) else href(it)}">{p.X(it)}</a></li>' for it in items) + "</ul>"


def cparas(p, cid, paras, mode="p", qcls=""):
    """A comment's paragraphs; 'Q> ' paragraphs become block quotes."""
    out = []
    buf = []
    for para in paras:
        if para.startswith("Q> "):
            qa = f' class="{qcls}"' if qcls else ""
            out.append(f"<blockquote{qa}><p>{p.C(cid, para[3:])}</p></blockquote>")
        elif mode == "p":
            out.append(f"<p>{p.C(cid, para)}</p>")
        else:
            out.append(p.C(cid, para))
    if mode == "br":
        return "<br /><br />".join(out)
    return "\n".join(out)


class Clock:
    """Comment timestamps: strictly after the article and after the parent."""

    def __init__(self, rng, start, now=None):
        self.rng = rng
        self.t = start
        self.now = now

    def next(self, lo=3, hi=600):
        step = timedelta(minutes=self.rng.randint(lo, hi))
        if self.now is not None and self.t + step >= self.now - timedelta(minutes=2):
            step = (self.now - self.t) / 4          # keep every comment before "now"
        self.t = self.t + step
        return self.t


def figure(p, cap, credit, kind, domain):
    s = p.stem()
    if kind == "wpcaption":
        w = p.rng.choice([300, 480, 610, 640])
        wh = f"class=size-large width={w} height={w * 2 // 3}"
        txt = p.CAP(cap) + (" " + p.CAP(credit) if credit else "")
        return (f'<div id="attachment_{p.rng.randint(1000, 9999)}" style="width: {w + 10}px" class="wp-caption aligncenter">'
                f'{p.img("caption", f"https://{domain}/wp-content/uploads/2017/03/", alt="", attrs=wh, stem=s)}'
                f'<p class="wp-caption-text">{txt}</p></div>')
    if kind == "figure":
        cr = f' <span class="credit">{p.CAP(credit)}</span>' if credit else ""
        return (f'<figure class="wp-block-image size-large">{p.img("caption", f"https://{domain}/wp-content/uploads/", alt="", stem=s)}'
                f'<figcaption>{p.CAP(cap)}{cr}</figcaption></figure>')
    if kind == "news":
        cr = f'<span class="caption-credit">{p.CAP(credit)}</span>' if credit else ""
        return (f'<div class="article-figure"><figure><picture><source srcset="https://cdn.{domain}/img/{s}-800.webp">'
                f'{p.img("caption", f"https://cdn.{domain}/img/", alt=cap, stem=s)}</picture>'
                f'<figcaption><div class="caption-text">{p.CAP(cap)}</div>{cr}</figcaption></figure></div>')
    if kind == "blogger":
        return (f'<table align="center" cellpadding="0" cellspacing="0" class="tr-caption-container" style="margin-left: auto; margin-right: auto;"><tbody>'
                f'<tr><td style="text-align: center;"><a href="https://blogger.googleusercontent.com/img/b/{s}.jpg" style="margin-left: auto; margin-right: auto;">'
                f'{p.img("caption", "https://blogger.googleusercontent.com/img/b/s320/", alt="", attrs="border=0 height=213 width=320", stem=s)}</a></td></tr>'
                f'<tr><td class="tr-caption" style="text-align: center;">{p.CAP(cap)}{(" " + p.CAP(credit)) if credit else ""}</td></tr></tbody></table>')
    if kind == "sputnik":
        cr = f'<div class="b-inject__copy">{p.CAP(credit)}</div>' if credit else ""
        return (f'<div class="b-inject m-image"><div class="b-inject__media">{p.img("caption", "https://cdn1.img.sputniknews.com/images/10" , alt=cap, stem=s)}</div>'
                f'<div class="b-inject__media-desc">{p.CAP(cap)}</div>{cr}</div>')
    if kind == "plain":
        return (f'<p class="photo">{p.img("caption", f"/images/", alt=None, ext="gif", stem=s)}</p>'
                f'<p class="photo-caption"><em>{p.CAP(cap)}</em>{(" " + p.CAP(credit)) if credit else ""}</p>')
    raise ValueError(kind)


def related_inline(p, text, kind, domain):
    href = f"https://{domain}/{slug(text)}/"
    if kind == "readmore":
        return f'<p><strong>{p.X("READ MORE:")} <a href="{href}">{p.X(text)}</a></strong></p>'
    if kind == "related":
        return f'<p class="related-link">{p.X("Related:")} <a href="{href}">{p.X(text)}</a></p>'
    if kind == "alsoread":
        return (f'<div class="also-read"><span class="also-read__label">{p.X("Also read")}</span>'
                f'<div><a href="{href}">{p.X(text)}</a></div></div>')
    if kind == "sputnik":
        return f'<div class="b-inject m-article"><a href="{href}"><span class="b-inject__title">{p.X(text)}</span></a></div>'
    if kind == "bare":
        return f'<p><a href="{href}">{p.X(text)}</a></p>'
    raise ValueError(kind)


def body_blocks(p, art, site, fig="figure", rel="readmore", qa="strong", wrap_p=True):
    out = []
    for b in art["blocks"]:
        k = b[0]
        if k == "p":
            out.append(f"<p>{p.B(b[1])}</p>")
        elif k == "h":
            out.append(f"<h2>{p.B(b[1])}</h2>")
        elif k == "q":
            out.append(f"<blockquote><p>{p.B(b[1])}</p></blockquote>")
        elif k == "ol":
            out.append("<ol>" + "".join(f"<li>{p.B(x)}</li>" for x in b[1]) + "</ol>")
        elif k == "ul":
            out.append("<ul>" + "".join(f"<li>{p.B(x)}</li>" for x in b[1]) + "</ul>")
        elif k == "fig":
            out.append(figure(p, b[1], b[2], fig, site["domain"]))
        elif k == "rel":
            out.append(related_inline(p, b[1], rel, site["domain"]))
        elif k == "qa":
            if qa == "strong":
                out.append(f"<p><strong>{p.B(b[1])}</strong></p>\n<p>{p.B(b[2])}</p>")
            elif qa == "h3":
                out.append(f"<h3>{p.B(b[1])}</h3>\n<p>{p.B(b[2])}</p>")
            else:
                out.append(f'<p class="question"><b>{p.B(b[1])}</b></p>\n<p class="answer">{p.B(b[2])}</p>')
    return "\n".join(out)


def head(title, sitename, extra=""):
    return (f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">\n'
            f'<title>{title} | {sitename}</title>\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f'<link rel="stylesheet" href="/static/css/style.css">\n'
            f'<script>window.dataLayer = window.dataLayer || []; function gtag(){{dataLayer.push(arguments);}}</script>\n'
            f'{extra}</head>\n')


def cookie_notice(p, kind):
    if kind == "eu":
        return (f'<div id="cookie-notice" class="cn-bottom"><div class="cookie-notice-container">'
                f'<span id="cn-notice-text">{p.X("We use cookies to ensure that we give you the best experience on our website. If you continue to use this site we will assume that you are happy with it.")}</span>'
                f'<a href="#" id="cn-accept-cookie" class="cn-button">{p.X("Ok")}</a> <a href="/privacy-policy/" id="cn-more-info" class="cn-button">{p.X("Privacy policy")}</a></div></div>')
    if kind == "gdpr":
        return (f'<div class="gdpr-banner" role="dialog"><p>{p.X("This website uses cookies and similar technologies to personalise content and ads and to analyse our traffic. You can change your choices at any time under Privacy settings.")}</p>'
                f'<div class="gdpr-buttons"><button>{p.X("Accept all")}</button> <button>{p.X("Manage options")}</button></div></div>')
    if kind == "short":
        return (f'<div class="cookie-bar"><p>{p.X("By using this site you agree to our use of cookies.")} '
                f'<a href="/cookies">{p.X("Find out more")}</a> <a href="#" class="close">{p.X("Got it")}</a></p></div>')
    return ""


# ----------------------------------------------------------------------------
# WordPress (classic comment list, pingbacks, comment form)
# ----------------------------------------------------------------------------
def wp_comment(p, node, v, clock, parent, depth, pub, now, lst):
    """One <li> of ol.commentlist (or ul.children), children included."""
    if node.get("orphan"):
        cid = p.new_comment(node["depth"], None)
        depth = node["depth"]
    else:
        cid = p.new_comment(depth, parent)
    d = clock.next()
    theme = v["theme"]
    num = p.rng.randint(1200, 98000)
    parity = "even" if cid % 2 else "odd"
    avatar = p.img(("comment", cid), "https://secure.gravatar.com/avatar/", ext="", alt="",
                   attrs="class='avatar avatar-40 photo' height='40' width='40'",
                   query=f"?s=40&d=mm&r=g") if v.get("avatars", True) else ""
    author = node["author"] or "Anonymous"
    is_author = author == v.get("post_author")
    href = f"{v['url']}#comment-{num}"
    if theme == "twentyten":
        when = d_wp(d, v.get("at", " at "))
        inner = (f'<div id="comment-{num}">\n<div class="comment-author vcard">{avatar}'
                 f'<cite class="fn">{p.C(cid, author)}</cite> <span class="says">{p.C(cid, v.get("says", "says:"))}</span></div>\n'
                 f'<div class="comment-meta commentmetadata"><a href="{href}">{p.C(cid, when)}</a></div>\n'
                 f'<div class="comment-body">{cparas(p, cid, node["paras"])}</div>\n'
                 f'<div class="reply"><a rel="nofollow" class="comment-reply-link" href="#">{p.C(cid, v.get("reply", "Reply"))}</a></div>\n</div>')
    elif theme == "twentytwelve":
        when = d_wp(d)
        pa = f' <span>{p.C(cid, "Post author")}</span>' if is_author else ""
        inner = (f'<article id="comment-{num}" class="comment">\n<header class="comment-meta comment-author vcard">{avatar}'
                 f'<cite><b class="fn">{p.C(cid, author)}</b>{pa}</cite>'
                 f'<a href="{href}"><time datetime="{d_isoz(d)}">{p.C(cid, when)}</time></a></header>\n'
                 f'<section class="comment-content comment">{cparas(p, cid, node["paras"])}</section>\n'
                 f'<div class="reply"><a class="comment-reply-link" href="#">{p.C(cid, "Reply")}</a> <span>&darr;</span></div>\n</article>')
    elif theme == "modern":
        when = d_wp(d, v.get("at", " at "))
        inner = (f'<article id="div-comment-{num}" class="comment-body">\n<footer class="comment-meta">'
                 f'<div class="comment-author vcard">{avatar}<b class="fn">{p.C(cid, author)}</b> <span class="says">{p.C(cid, "says:")}</span></div>'
                 f'<div class="comment-metadata"><a href="{href}"><time datetime="{d_isoz(d)}">{p.C(cid, when)}</time></a></div></footer>\n'
                 f'<div class="comment-content">{cparas(p, cid, node["paras"])}</div>\n'
                 f'<div class="reply"><a rel="nofollow" class="comment-reply-link" href="#" aria-label="Reply to {author}">{p.C(cid, "Reply")}</a></div>\n</article>')
    elif theme == "kubrick":   # old default theme: numbered, "Says:", small date line
        when = f"{d_long(d)} at {h12(d)[0]}:{d.minute:02d} {h12(d)[1]}"
        inner = (f'{avatar}<cite>{p.C(cid, author)}</cite> {p.C(cid, "Says:")}<br />\n'
                 f'<small class="commentmetadata"><a href="{href}" title="">{p.C(cid, when)}</a> </small>\n'
                 f'{cparas(p, cid, node["paras"])}\n'
                 f'<div class="reply"><a class="comment-reply-link" href="#">{p.C(cid, v.get("reply", "Reply"))}</a></div>')
    elif theme == "recipe":     # recipe plugin: rating stars + "Reply" + "Jane says:"
        when = d_wp(d)
        stars = ""
        if node.get("rating"):
            stars = f'<div class="wprm-comment-rating">{p.C(cid, "★" * node["rating"] + "☆" * (5 - node["rating"]))}</div>'
        inner = (f'<article id="div-comment-{num}" class="comment-body">\n<footer class="comment-meta">'
                 f'<div class="comment-author vcard">{avatar}<b class="fn">{p.C(cid, author)}</b> <span class="says">{p.C(cid, "says:")}</span></div>'
                 f'<div class="comment-metadata"><a href="{href}"><time datetime="{d_isoz(d)}">{p.C(cid, when)}</time></a></div></footer>\n'
                 f'{stars}<div class="comment-content">{cparas(p, cid, node["paras"])}</div>\n'
                 f'<div class="reply"><a rel="nofollow" class="comment-reply-link" href="#">{p.C(cid, "Reply")}</a></div>\n</article>')
    else:
        raise ValueError(theme)
    kids = ""
    if node["children"]:
        kids = (f'\n<{lst} class="children">\n' +
                "\n".join(wp_comment(p, ch, v, clock, cid, depth + 1, pub, now, lst) for ch in node["children"]) +
                f"\n</{lst}>")
    bypost = " bypostauthor" if is_author else ""
    return (f'<li class="comment {parity} thread-{parity} depth-{depth+1}{bypost}" id="li-comment-{num}">\n'
            f'{inner}{kids}\n</li>')


def wp_pingback(p, text, kind, v):
    num = p.rng.randint(1200, 98000)
    label = "Pingback:" if kind == "pingback" else "Trackback:"
    if v["theme"] in ("twentyten", "kubrick"):
        return (f'<li class="post {kind}"><p>{p.X(label)} <a href="#" rel="external nofollow" class="url">{p.X(text)}</a>'
                f'<span class="edit-link"></span></p></li>')
    return (f'<li id="comment-{num}" class="{kind} even thread-even depth-1"><div class="comment-body">'
            f'{p.X(label)} <a href="#" rel="external nofollow ugc" class="url">{p.X(text)}</a> </div></li>')


XHTML_TAGS = 'You can use these tags: <a href="" title=""> <abbr title=""> <b> <blockquote cite=""> <em> <strong>'


def wp_form(p, v):
    kind = v.get("form", "modern")
    if kind == "none":
        return ""
    if kind == "old":
        return (f'<div id="respond">\n<h3>{p.X("Leave a Reply")}</h3>\n'
                f'<div class="cancel-comment-reply"><small><a rel="nofollow" id="cancel-comment-reply-link" href="#respond" style="display:none;">{p.X("Click here to cancel reply.")}</a></small></div>\n'
                f'<form action="/wp-comments-post.php" method="post" id="commentform">\n'
                f'<p><input type="text" name="author" id="author" value="" size="22" tabindex="1" aria-required="true" />\n<label for="author"><small>{p.X("Name (required)")}</small></label></p>\n'
                f'<p><input type="text" name="email" id="email" value="" size="22" tabindex="2" aria-required="true" />\n<label for="email"><small>{p.X("Mail (will not be published) (required)")}</small></label></p>\n'
                f'<p><input type="text" name="url" id="url" value="" size="22" tabindex="3" />\n<label for="url"><small>{p.X("Website")}</small></label></p>\n'
                f'<p><small><strong>{p.X("XHTML:")}</strong> {p.X(XHTML_TAGS)}</small></p>\n'
                f'<p><textarea name="comment" id="comment" cols="58" rows="10" tabindex="4"></textarea></p>\n'
                f'<p><input name="submit" type="submit" id="submit" tabindex="5" value="{p.X("Submit Comment")}" />\n<input type="hidden" name="comment_post_ID" value="{p.rng.randint(100, 9999)}" /></p>\n'
                f'<p style="display: none;"><input type="hidden" id="akismet_comment_nonce" name="akismet_comment_nonce" value="{p.stem()}" /></p>\n'
                f'<p><input type="checkbox" name="subscribe" id="subscribe" value="subscribe" style="width: auto;" /> <label for="subscribe">{p.X("Notify me of followup comments via e-mail")}</label></p>\n'
                f'</form>\n</div>')
    title = v.get("reply_title", "Leave a Reply")
    notes = (f'<p class="comment-notes"><span id="email-notes">{p.X("Your email address will not be published.")}</span> '
             f'{p.X("Required fields are marked")} <span class="required">*</span></p>')
    cookies = (f'<p class="comment-form-cookies-consent"><input id="wp-comment-cookies-consent" name="wp-comment-cookies-consent" type="checkbox" value="yes" /> '
               f'<label for="wp-comment-cookies-consent">{p.X("Save my name, email, and website in this browser for the next time I comment.")}</label></p>') if v.get("cookies_consent", True) else ""
    subs = ""
    if v.get("subscribe"):
        subs = (f'<p class="comment-subscription-form"><input type="checkbox" name="subscribe_comments" id="subscribe_comments" value="subscribe" style="width: auto;" /> '
                f'<label class="subscribe-label" for="subscribe_comments">{p.X("Notify me of follow-up comments by email.")}</label></p>'
                f'<p class="post-subscription-form"><input type="checkbox" name="subscribe_blog" id="subscribe_blog" value="subscribe" style="width: auto;" /> '
                f'<label class="subscribe-label" for="subscribe_blog">{p.X("Notify me of new posts by email.")}</label></p>')
    akismet = (f'<p class="akismet_comment_form_privacy_notice">{p.X("This site uses Akismet to reduce spam.")} '
               f'<a href="https://akismet.com/privacy/" target="_blank" rel="nofollow noopener">{p.X("Learn how your comment data is processed")}</a>.</p>') if v.get("akismet", True) else ""
    return (f'<div id="respond" class="comment-respond">\n<h3 id="reply-title" class="comment-reply-title">{p.X(title)} '
            f'<small><a rel="nofollow" id="cancel-comment-reply-link" href="#respond" style="display:none;">{p.X("Cancel reply")}</a></small></h3>\n'
            f'<form action="https://{v["domain"]}/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate>\n{notes}\n'
            f'<p class="comment-form-comment"><label for="comment">{p.X("Comment")} <span class="required">*</span></label> <textarea id="comment" name="comment" cols="45" rows="8" maxlength="65525" required="required"></textarea></p>\n'
            f'<p class="comment-form-author"><label for="author">{p.X("Name")} <span class="required">*</span></label> <input id="author" name="author" type="text" value="" size="30" maxlength="245" required="required" /></p>\n'
            f'<p class="comment-form-email"><label for="email">{p.X("Email")} <span class="required">*</span></label> <input id="email" name="email" type="email" value="" size="30" maxlength="100" aria-describedby="email-notes" required="required" /></p>\n'
            f'<p class="comment-form-url"><label for="url">{p.X("Website")}</label> <input id="url" name="url" type="url" value="" size="30" maxlength="200" /></p>\n'
            f'{cookies}\n{subs}\n'
            f'<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="{p.X("Post Comment")}" /> '
            f'<input type="hidden" name="comment_post_ID" value="{p.rng.randint(100, 9999)}" id="comment_post_ID" /> <input type="hidden" name="comment_parent" id="comment_parent" value="0" /></p>\n'
            f'</form>\n</div>\n{akismet}')


def wp_comments_section(p, art, site, v, pub, now):
    """div#comments: title, list, pingbacks, navigation, closed notice, form."""
    lst = "ul" if v.get("children_tag", "ul") == "ul" else "ol"
    clock = Clock(p.rng, pub, now)
    ncom = sum(1 for _ in _walk(art["comments"]))
    pings = v.get("pingbacks", [])
    out = ['<div id="comments" class="comments-area">']
    if ncom or (pings and v.get("pings_inline")):
        total = ncom + (len(pings) if v.get("pings_inline") else 0)
        ct = v.get("count_title", "responses_to")
        if ct == "responses_to":
            word = "Response" if total == 1 else "Responses"
            out.append(f'<h3 id="comments-title">{p.X(f"{total} {word} to")} <em>{p.X(art["title"])}</em></h3>')
        elif ct == "thoughts":
            ttl = art["title"]
            out.append(f'<h2 class="comments-title">{p.X(f"{total} thoughts on “{ttl}”")}</h2>')
        elif ct == "n_comments":
            out.append(f'<h3 class="comments-title">{p.X(f"{total} Comments")}</h3>')
        elif ct == "comments_colon":
            out.append(f'<h3 id="comments">{p.X(f"Comments ({total})")}</h3>')
        if v.get("older_nav_top"):
            out.append(f'<div class="navigation comment-navigation"><div class="nav-previous"><a href="#">{p.X("« Older Comments")}</a></div><div class="nav-next"></div></div>')
        # replies whose parent is on the previous comment page come first,
        # still inside their thread's ul.children (WordPress paged threads)
        orphans = []
        for node in art["comments"]:
            if not node.get("orphan"):
                break
            orphans.append(node)
        if orphans:
            out.append(f'<{lst} class="children">' + "\n".join(
                wp_comment(p, nd, v, clock, None, nd["depth"], pub, now, lst) for nd in orphans) + f"</{lst}>")
        out.append('<ol class="commentlist">')
        items = []
        ping_at = v.get("pings_at", {})
        for i, node in enumerate(art["comments"]):
            if node in orphans:
                continue
            for pi, (pk, ptxt) in enumerate(pings):
                if v.get("pings_inline") and ping_at.get(pi) == i:
                    items.append(wp_pingback(p, ptxt, pk, v))
            items.append(wp_comment(p, node, v, clock, None, 0, pub, now, lst))
        if v.get("pings_inline"):
            for pi, (pk, ptxt) in enumerate(pings):
                if ping_at.get(pi, len(art["comments"])) >= len(art["comments"]):
                    items.append(wp_pingback(p, ptxt, pk, v))
        out.append("\n".join(items))
        out.append("</ol>")
        if v.get("older_nav_bottom"):
            out.append(f'<div class="navigation"><div class="alignleft"><a href="#">{p.X("« Older Comments")}</a></div><div class="alignright"></div></div>')
    if pings and not v.get("pings_inline"):
        hdr = v.get("pings_header", "Trackbacks/Pingbacks")
        items = []
        for k, t in pings:
            if v.get("ping_dates"):
                items.append(f'<li><a href="#">{p.X(t)}</a> - {p.X(d_long(clock.next(60, 4000)))}</li>')
            else:
                items.append(f'<li>{p.X({"pingback": "Pingback:", "trackback": "Trackback:"}[k])} <a href="#">{p.X(t)}</a></li>')
        out.append(f'<div class="pings"><h3 id="pings">{p.X(hdr)}</h3><ol class="pinglist">' + "".join(items) + "</ol></div>")
    if v.get("closed"):
        out.append(f'<p class="nocomments">{p.X(v.get("closed_text", "Comments are closed."))}</p>')
    else:
        out.append(wp_form(p, dict(v, domain=site["domain"])))
    out.append("</div>")
    return "\n".join(out)


def _walk(nodes):
    for n in nodes:
        yield n
        yield from _walk(n["children"])


def wp_sidebar(p, site, v, art):
    w = []
    w.append(f'<li id="search-2" class="widget-container widget_search"><form role="search" method="get" id="searchform" class="searchform" action="/">'
             f'<div><label class="screen-reader-text" for="s">{p.X("Search for:")}</label><input type="text" value="" name="s" id="s" />'
             f'<input type="submit" id="searchsubmit" value="{p.X("Search")}" /></div></form></li>')
    if site.get("recent"):
        w.append(f'<li id="recent-posts-2" class="widget-container widget_recent_entries"><h3 class="widget-title">{p.X("Recent Posts")}</h3>'
                 + links(p, site["recent"], cls="") + "</li>")
    if site.get("recent_comments"):
        items = "".join(f'<li class="recentcomments"><span class="comment-author-link">{p.X(a)}</span> {p.X("on")} <a href="#">{p.X(t)}</a></li>'
                        for a, t in site["recent_comments"])
        w.append(f'<li id="recent-comments-2" class="widget-container widget_recent_comments"><h3 class="widget-title">{p.X("Recent Comments")}</h3><ul id="recentcomments">{items}</ul></li>')
    if site.get("archives"):
        arch = site["archives"]
        if arch == "auto":
            pub = v["pub"]
            arch = []
            y, m = pub.year, pub.month
            for _ in range(p.rng.randint(3, 6)):
                arch.append(f"{MONTHS[m - 1]} {y}")
                m -= 1
                if m == 0:
                    y, m = y - 1, 12
        w.append(f'<li id="archives-2" class="widget-container widget_archive"><h3 class="widget-title">{p.X("Archives")}</h3>' + links(p, arch, cls="") + "</li>")
    if site.get("categories"):
        w.append(f'<li id="categories-2" class="widget-container widget_categories"><h3 class="widget-title">{p.X("Categories")}</h3>' + links(p, site["categories"], cls="") + "</li>")
    if site.get("tagcloud"):
        cloud = " ".join(f'<a href="#" class="tag-cloud-link" style="font-size: {p.rng.choice([8, 9.5, 11, 13.2, 16, 22])}pt;">{p.X(t)}</a>' for t in site["tagcloud"])
        w.append(f'<li id="tag_cloud-2" class="widget-container widget_tag_cloud"><h3 class="widget-title">{p.X("Tags")}</h3><div class="tagcloud">{cloud}</div></li>')
    if site.get("meta", True):
        w.append(f'<li id="meta-2" class="widget-container widget_meta"><h3 class="widget-title">{p.X("Meta")}</h3><ul>'
                 f'<li><a href="/wp-login.php">{p.X("Log in")}</a></li>'
                 f'<li><a href="/feed/">{p.X("Entries feed")}</a></li><li><a href="/comments/feed/">{p.X("Comments feed")}</a></li>'
                 f'<li><a href="https://wordpress.org/">{p.X("WordPress.org")}</a></li></ul></li>')
    return f'<div id="primary" class="widget-area" role="complementary"><ul class="xoxo">\n' + "\n".join(w) + "\n</ul></div>"


def wp_page(p, art, site, v):
    """WordPress single post (twentyten-ish markup, varied by v)."""
    pub = v["pub"]
    now = v["now"]
    v = dict(v, url=f'https://{site["domain"]}/{pub.year}/{pub.month:02d}/{slug(art["title"])}/')
    author = art["author"] or site.get("author", "admin")
    v.setdefault("post_author", author)
    parts = [head(art["title"], site["name"])]
    parts.append(f'<body class="post-template-default single single-post postid-{p.rng.randint(100, 9999)} single-format-standard">')
    if v.get("cookie") == "top":
        parts.append(cookie_notice(p, site.get("cookie_kind", "eu")))
    parts.append('<div id="wrapper" class="hfeed">\n<div id="header"><div id="masthead"><div id="branding" role="banner">')
    parts.append(f'<div id="site-title"><span><a href="/" rel="home">{p.X(site["name"])}</a></span></div>')
    if site.get("tagline"):
        parts.append(f'<div id="site-description">{p.X(site["tagline"])}</div>')
    if v.get("header_img"):
        parts.append(p.img("boilerplate", f'https://{site["domain"]}/wp-content/themes/twentyten/images/headers/', alt="", attrs='width="940" height="198"'))
    parts.append(f'</div>\n<div id="access" role="navigation"><div class="skip-link screen-reader-text"><a href="#content">{p.X("Skip to content")}</a></div>')
    parts.append(f'<div class="menu-header">{links(p, site["menu"], cls="menu")}</div></div></div></div>')
    parts.append('<div id="main"><div id="container"><div id="content" role="main">')
    if v.get("nav_above"):
        prev_t, next_t = site["prevnext"]
        parts.append(f'<div id="nav-above" class="navigation"><div class="nav-previous"><a href="#" rel="prev"><span class="meta-nav">&larr;</span> {p.X(prev_t)}</a></div>'
                     f'<div class="nav-next"><a href="#" rel="next">{p.X(next_t)} <span class="meta-nav">&rarr;</span></a></div></div>')
    if v.get("title_top"):
        parts.append(f'<div class="page-header"><span class="label">{p.X(v["title_top"])}</span><h2 class="page-title">{p.T(art["title"])}</h2></div>')
    parts.append(f'<div id="post-{p.rng.randint(100, 9999)}" class="post type-post status-publish format-standard hentry">')
    if v.get("category_above"):
        parts.append(f'<div class="cat-links"><a href="#" rel="category tag">{p.X(site["categories"][0])}</a></div>')
    parts.append(f'<h1 class="entry-title">{p.T(art["title"])}</h1>')
    meta_kind = v.get("meta", "posted_on")
    if meta_kind == "posted_on":
        parts.append(f'<div class="entry-meta"><span class="meta-prep meta-prep-author">{p.X("Posted on")}</span> <a href="#" rel="bookmark">'
                     f'<span class="entry-date">{p.X(d_long(pub))}</span></a> <span class="meta-sep">{p.X("by")}</span> '
                     f'<span class="author vcard"><a class="url fn n" href="#">{p.X(author)}</a></span></div>')
    elif meta_kind == "byline_block":
        parts.append(f'<div class="entry-meta"><div class="byline">{p.X("By " + author)}</div><div class="posted-on"><time class="entry-date published" datetime="{d_isoz(pub)}">{p.X(d_long(pub))}</time></div>'
                     f'<div class="comments-link"><a href="#comments">{p.X(v.get("comments_link", "Leave a comment"))}</a></div></div>')
    if art["standfirst"]:
        parts.append(f'<p class="standfirst"><em>{p.B(art["standfirst"])}</em></p>')
    parts.append('<div class="entry-content">')
    parts.append(body_blocks(p, art, site, fig=v.get("fig", "wpcaption"), rel=v.get("rel", "readmore"), qa=v.get("qa", "strong")))
    if v.get("jetpack"):
        parts.append(f'<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon-text sd-sharing">'
                     f'<h3 class="sd-title">{p.X("Share this:")}</h3><div class="sd-content"><ul>'
                     f'<li class="share-twitter"><a rel="nofollow noopener noreferrer" class="share-twitter sd-button share-icon" href="#" target="_blank" title="Click to share on Twitter"><span>{p.X("Twitter")}</span></a></li>'
                     f'<li class="share-facebook"><a rel="nofollow noopener noreferrer" class="share-facebook sd-button share-icon" href="#" target="_blank" title="Click to share on Facebook"><span>{p.X("Facebook")}</span></a></li>'
                     f'<li class="share-end"></li></ul></div></div></div>'
                     f'<div class="sharedaddy sd-block sd-like jetpack-likes-widget-wrapper jetpack-likes-widget-unloaded"><h3 class="sd-title">{p.X("Like this:")}</h3>'
                     f'<div class="likes-widget-placeholder post-likes-widget-placeholder" style="height: 55px;"><span class="button"><span>{p.X("Like")}</span></span> <span class="loading">{p.X("Loading...")}</span></div>'
                     f'<span class="sd-text-color"></span><a class="sd-link-color"></a></div>')
        if v.get("jp_related"):
            parts.append(f'<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>{p.X("Related")}</em></h3>'
                         + "".join(f'<div class="jp-relatedposts-post"><h4 class="jp-relatedposts-post-title"><a href="#">{p.X(t)}</a></h4>'
                                   f'<p class="jp-relatedposts-post-date">{p.X(d)}</p><p class="jp-relatedposts-post-context">{p.X(c)}</p></div>'
                                   for t, d, c in v["jp_related"]) + "</div>")
    parts.append("</div>")
    if v.get("author_box"):
        parts.append(f'<div id="entry-author-info">{p.img("boilerplate", "https://secure.gravatar.com/avatar/", ext="", alt="", attrs="class=avatar width=60", query="?s=60")}'
                     f'<div id="author-description"><h2>{p.X("About " + author)}</h2>{p.X(v["author_box"])}'
                     f'<div id="author-link"><a href="#" rel="author">{p.X("View all posts by " + author)} <span class="meta-nav">&rarr;</span></a></div></div></div>')
    util = v.get("utility", "posted_in")
    if util == "posted_in":
        cat = site["categories"][0]
        tags = art["tags"]
        if tags:
            tag_html = ", ".join(f'<a href="#" rel="tag">{p.X(t)}</a>' for t in tags)
            parts.append(f'<div class="entry-utility">{p.X("This entry was posted in")} <a href="#" rel="category tag">{p.X(cat)}</a> '
                         f'{p.X("and tagged")} {tag_html}{p.X(". Bookmark the")} <a href="#" rel="bookmark">{p.X("permalink")}</a>.</div>')
        else:
            parts.append(f'<div class="entry-utility">{p.X("This entry was posted in")} <a href="#" rel="category tag">{p.X(cat)}</a>{p.X(". Bookmark the")} '
                         f'<a href="#" rel="bookmark">{p.X("permalink")}</a>.</div>')
    elif util == "tags_line":
        if art["tags"]:
            parts.append(f'<footer class="entry-footer"><span class="tags-links">{p.X("Tagged")} ' +
                         ", ".join(f'<a href="#" rel="tag">{p.X(t)}</a>' for t in art["tags"]) + "</span></footer>")
    parts.append("</div>")
    if v.get("nav_below", True):
        prev_t, next_t = site["prevnext"]
        parts.append(f'<div id="nav-below" class="navigation"><div class="nav-previous"><a href="#" rel="prev"><span class="meta-nav">&larr;</span> {p.X(prev_t)}</a></div>'
                     f'<div class="nav-next"><a href="#" rel="next">{p.X(next_t)} <span class="meta-nav">&rarr;</span></a></div></div>')
    parts.append(wp_comments_section(p, art, site, v, pub, now))
    parts.append("</div></div>")
    parts.append(wp_sidebar(p, site, v, art))
    parts.append(f'</div>\n<div id="footer" role="contentinfo"><div id="colophon"><div id="site-info"><a href="/" rel="home">{p.X(site["name"])}</a></div>'
                 f'<div id="site-generator"><a href="https://wordpress.org/">{p.X(site.get("generator", "Proudly powered by WordPress."))}</a></div></div></div>')
    if v.get("cookie") == "bottom":
        parts.append(cookie_notice(p, site.get("cookie_kind", "eu")))
    parts.append('</div>\n<script type="text/javascript" src="/wp-includes/js/comment-reply.min.js"></script>\n</body></html>')
    return "\n".join(parts)
