"""Whole-page templates for forum threads and Slashdot-style discussions.

    phpbb3     phpBB 3.x prosilver (English or German language pack): dl.postprofile
               before the post body, "by jane » Mon Mar 06, 2017 4:36 pm" /
               "von jane » Mo 6. Mär 2017, 16:36", "jane wrote: ↑ <date>" quotes
    vb4        vBulletin 4 (English or French): "06-03-2017, 04:36 PM #2",
               userinfo, bbcode_quote "Originally Posted by" / "Envoyé par",
               signature, "Reply With Quote" / "Répondre avec citation"
    discourse  Discourse: crawler (no-JS) view with itemprop markup and "N Likes",
               or the JS view (topic map, "1 Reply", ❤ counts, suggested topics)
    xenforo    XenForo 2: message-user cell, "jane said:" / "Click to expand...",
               "Report Like Reply", reactions bar "bob, carol and 3 others"
    slashdot   slashdot.org D2 markup (nested ul#commentlisting) and an old
               slashcode static page (tables + nested <ul>)

The opening post is the article: its text is body, the thread title and its
subject line are title, its profile / header / signature / buttons are
boilerplate.  Replies are comments; forum replies are flat (depth 0, parent
null) even when they quote; Slashdot threads are nested.
"""
from __future__ import annotations

from chrome import Clock, d_isoz, h12, links, rel
from chrome import tp1
from widgets import cparas, new_cid

MONTHS = tp1.MONTHS
DAYS = tp1.DAYS


def simple_head(title, site):
    return tp1.head(title, site["name"])


def opx(art, key, default):
    return art["op"].get(key, default)


def body_paras(p, art, quote=None):
    """Opening-post body: paragraphs, quotes and lists as body."""
    out = []
    if art["standfirst"]:
        out.append(f"{p.B(art['standfirst'])}<br><br>")
    for b in art["blocks"]:
        k = b[0]
        if k == "p":
            out.append(f"{p.B(b[1])}<br><br>")
        elif k == "h":
            out.append(f"<strong>{p.B(b[1])}</strong><br>")
        elif k == "q":
            inner = p.B(b[1])
            out.append(quote(inner) if quote else f"<blockquote>{inner}</blockquote>")
        elif k in ("ul", "ol"):
            out.append(f"<{k}>" + "".join(f"<li>{p.B(x)}</li>" for x in b[1]) + f"</{k}>")
        else:
            raise ValueError(k)
    html_ = "\n".join(out)
    while html_.endswith("<br><br>") or html_.endswith("<br>"):
        html_ = html_[:-4]
    return html_


def post_paras(p, cid, paras, quote):
    """Reply text: plain paragraphs separated by <br><br>; consecutive 'Q> '
    paragraphs form one quote box built by quote(inner_html)."""
    out, buf = [], []

    def flush():
        if buf:
            out.append(quote("<br>".join(p.C(cid, x) for x in buf)))
            buf.clear()

    for para in paras:
        if para.startswith("Q> "):
            buf.append(para[3:])
        else:
            flush()
            out.append(f"{p.C(cid, para)}<br><br>")
    flush()
    html_ = "\n".join(out)
    while html_.endswith("<br>"):
        html_ = html_[:-4]
    return html_

DE_DAYS = ["Mo", "Di", "Mi", "Do", "Fr", "Sa", "So"]
DE_MON = ["Jan", "Feb", "Mär", "Apr", "Mai", "Jun", "Jul", "Aug", "Sep", "Okt", "Nov", "Dez"]

PHPBB = {
    "en": dict(skip="Skip to content", search="Search", adv="Advanced search", quick="Quick links", faq="FAQ", login="Login",
               register="Register", index="Board index", postreply="Post Reply", nposts="{n} posts", page="Page", of="of",
               wrote="{a} wrote:", rank="Registered User", date=tp1.d_phpbb, avatar="User avatar", posts="Posts:", joined="Joined:",
               loc="Location:", post="Post", by="by", quote="Quote", edited="Last edited by {a} on {d}, edited 1 time in total.",
               top="Top", jump="Jump to", online="Who is online", browsing="Users browsing this forum: No registered users and {n} guests",
               times="All times are", tz="UTC", cookies="Delete cookies", privacy="Privacy", terms="Terms",
               transl_html=lambda p: "", **{"return": "Return to “{f}”"}),
    "de": dict(skip="Zum Inhalt", search="Suche", adv="Erweiterte Suche", quick="Schnellzugriff", faq="FAQ", login="Anmelden",
               register="Registrieren", index="Foren-Übersicht", postreply="Antwort erstellen", nposts="{n} Beiträge", page="Seite", of="von",
               wrote="{a} hat geschrieben:", rank="Mitglied",
               date=lambda d: f"{DE_DAYS[d.weekday()]} {d.day}. {DE_MON[d.month-1]} {d.year}, {d.hour:02d}:{d.minute:02d}",
               avatar="Benutzeravatar", posts="Beiträge:", joined="Registriert:", loc="Wohnort:", post="Beitrag", by="von", quote="Zitieren",
               edited="Zuletzt geändert von {a} am {d}, insgesamt 1-mal geändert.", top="Nach oben", jump="Gehe zu", online="Wer ist online?",
               browsing="Mitglieder in diesem Forum: Keine registrierten Benutzer und {n} Gäste", times="Alle Zeiten sind", tz="UTC+01:00",
               cookies="Alle Cookies löschen", privacy="Datenschutz", terms="Nutzungsbedingungen",
               transl_html=lambda p: f'<br>{p.X("Deutsche Übersetzung durch phpBB.de")}', **{"return": "Zurück zu „{f}“"}),
}


def _vb_date_en(d):
    h, ap = h12(d)
    return (f"{d.day:02d}-{d.month:02d}-{d.year},", f"{h:02d}:{d.minute:02d} {ap.upper()}")


def _vb_now_en(now):
    h, ap = h12(now)
    return f"All times are GMT. The time now is {h:02d}:{now.minute:02d} {ap.upper()}."


VB4 = {
    "en": dict(logo_alt=" - Powered by vBulletin", register="Register", help="Help", username="User Name", login="Log in", remember="Remember Me?",
               forum="Forum", newposts="New Posts", faq="FAQ", calendar="Calendar", community="Community", actions="Forum Actions",
               quick="Quick Links", whatsnew="What's New?", home="Home", thread="Thread:", results="Results 1 to {n} of {n}",
               tools="Thread Tools", display="Display", quote_alt="Quote", orig="Originally Posted by", viewpost="View Post",
               senior="Senior Member", member="Member", joindate="Join Date", location="Location", posts="Posts", date=_vb_date_en,
               offline="{a} is offline", avatar="{a}'s Avatar", rwq="Reply With Quote", report="Report Post", prev="Previous Thread",
               next="Next Thread", similar="Similar Threads", by_in="By {a} in forum {f}", replies="Replies:", lastpost="Last Post:",
               perms=["You may not post new threads", "You may not post replies", "You may not post attachments", "You may not edit your posts"],
               codes=["BB code is On", "Smilies are On", "[IMG] code is On", "[VIDEO] code is On", "HTML code is Off"],
               permissions="Posting Permissions", rules="Forum Rules", contact="Contact Us", archive="Archive", top="Top",
               now=_vb_now_en, transl_html=lambda p: ""),
    "fr": dict(logo_alt=" - Propulsé par vBulletin", register="S'inscrire", help="Aide", username="Nom d'utilisateur", login="Connexion",
               remember="Se souvenir de moi ?", forum="Forum", newposts="Nouveaux messages", faq="FAQ", calendar="Calendrier",
               community="Communauté", actions="Actions du forum", quick="Liens rapides", whatsnew="Quoi de neuf ?", home="Accueil",
               thread="Discussion:", results="Affichage des résultats 1 à {n} sur {n}", tools="Outils de la discussion", display="Affichage",
               quote_alt="Citation", orig="Envoyé par", viewpost="Voir le message", senior="Membre éprouvé", member="Membre actif",
               joindate="Date d'inscription", location="Localisation", posts="Messages",
               date=lambda d: (f"{d.day:02d}/{d.month:02d}/{d.year},", f"{d.hour:02d}h{d.minute:02d}"),
               offline="{a} est déconnecté", avatar="Avatar de {a}", rwq="Répondre avec citation", report="Signaler le message",
               prev="Discussion précédente", next="Discussion suivante", similar="Discussions similaires", by_in="Par {a} dans le forum {f}",
               replies="Réponses:", lastpost="Dernier message:",
               perms=["Vous ne pouvez pas créer de discussions", "Vous ne pouvez pas envoyer des réponses",
                      "Vous ne pouvez pas envoyer des pièces jointes", "Vous ne pouvez pas modifier vos messages"],
               codes=["Le BBcode est Activé", "Les Smileys sont Activés", "La balise [IMG] est Activée", "Le code HTML est Désactivé"],
               permissions="Règles de messages", rules="Règles du forum", contact="Nous contacter", archive="Archives", top="Haut de page",
               now=lambda n: f"Fuseau horaire GMT +1. Il est actuellement {n.hour:02d}h{n.minute:02d}.",
               transl_html=lambda p: f'<br />{p.X("Version française #23 par l’association vBulletin francophone")}'),
}


# ----------------------------------------------------------------------------
# phpBB 3 prosilver
# ----------------------------------------------------------------------------
def phpbb3_page(p, art, site, v):
    pub, now = v["pub"], v["now"]
    clock = Clock(p.rng, pub, now)
    posts = [None] + list(art["comments"])
    nposts = len(posts)
    tid = p.rng.randint(1000, 40000)
    forum = site["forum"]
    L = PHPBB[site.get("lang", "en")]
    out = [simple_head(art["title"], site), '<body id="phpbb" class="nojs notouch section-viewtopic ltr">',
           '<div id="wrap" class="wrap"><a id="top" class="top-anchor" accesskey="t"></a>',
           f'<div id="page-header"><div class="headerbar" role="banner"><div class="inner"><div id="site-description" class="site-description">'
           f'<a id="logo" class="logo" href="./index.php"><span class="site_logo"></span></a><h1>{p.X(site["name"])}</h1><p>{p.X(site["tagline"])}</p>'
           f'<p class="skiplink"><a href="#start_here">{p.X(L["skip"])}</a></p></div>'
           f'<div id="search-box" class="search-box search-header" role="search"><form action="./search.php" method="get" id="search"><fieldset>'
           f'<input name="keywords" id="keywords" type="search" maxlength="128" class="inputbox search tiny" size="20" value="" placeholder="Search…" />'
           f'<button class="button button-search" type="submit"><i class="icon fa-search fa-fw" aria-hidden="true"></i><span class="sr-only">{p.X(L["search"])}</span></button>'
           f'<a href="./search.php" class="button button-search-end"><i class="icon fa-cog fa-fw" aria-hidden="true"></i><span class="sr-only">{p.X(L["adv"])}</span></a>'
           f'</fieldset></form></div></div></div>',
           f'<div class="navbar" role="navigation"><div class="inner"><ul id="nav-main" class="nav-main linklist" role="menubar">'
           f'<li id="quick-links" class="quick-links dropdown-container responsive-menu"><a href="#" class="dropdown-trigger"><i class="icon fa-bars fa-fw" aria-hidden="true"></i><span>{p.X(L["quick"])}</span></a></li>'
           f'<li><a href="/app.php/help/faq" rel="help" role="menuitem"><i class="icon fa-question-circle fa-fw" aria-hidden="true"></i><span>{p.X(L["faq"])}</span></a></li>'
           f'<li class="rightside"><a href="./ucp.php?mode=login" role="menuitem"><i class="icon fa-power-off fa-fw" aria-hidden="true"></i><span>{p.X(L["login"])}</span></a></li>'
           f'<li class="rightside"><a href="./ucp.php?mode=register" role="menuitem"><i class="icon fa-pencil-square-o fa-fw" aria-hidden="true"></i><span>{p.X(L["register"])}</span></a></li></ul>'
           f'<ul id="nav-breadcrumbs" class="nav-breadcrumbs linklist navlinks" role="menubar"><li class="breadcrumbs">'
           f'<span class="crumb"><a href="./index.php"><i class="icon fa-home fa-fw"></i><span>{p.X(L["index"])}</span></a></span>'
           f'<span class="crumb"><a href="./viewforum.php?f=3"><span>{p.X(site["category"])}</span></a></span>'
           f'<span class="crumb"><a href="./viewforum.php?f=7"><span>{p.X(forum)}</span></a></span></li></ul></div></div></div>',
           '<a id="start_here" class="anchor"></a><div id="page-body" class="page-body" role="main">',
           f'<h2 class="topic-title"><a href="./viewtopic.php?t={tid}">{p.T(art["title"])}</a></h2>']

    def action_bar(where):
        return (f'<div class="action-bar bar-{where}"><a href="./posting.php?mode=reply&amp;t={tid}" class="button">'
                f'<span>{p.X(L["postreply"])}</span> <i class="icon fa-reply fa-fw" aria-hidden="true"></i></a>'
                + (f'<div class="search-box" role="search"><form method="get" id="topic-search" action="./search.php"><fieldset>'
                   f'<input class="inputbox search tiny" type="search" name="keywords" id="search_keywords" size="20" placeholder="Search this topic…" />'
                   f'<button class="button button-search" type="submit"><i class="icon fa-search fa-fw"></i><span class="sr-only">{p.X(L["search"])}</span></button></fieldset></form></div>'
                   if where == "top" else "")
                + f'<div class="pagination">{p.X(L["nposts"].format(n=nposts))} &bull; {p.X(L["page"])} <strong>{p.X("1")}</strong> {p.X(L["of"])} <strong>{p.X("1")}</strong></div></div>')

    out.append(action_bar("top"))

    def quote_for(name, qdate):
        def q(inner):
            return (f'<blockquote><div><cite>{p.C(cur[0], L["wrote"].format(a=name))} <a href="#" data-post-id="1">↑</a>'
                    f'<span class="responsive-hide">{p.C(cur[0], qdate)}</span></cite>{inner}</div></blockquote>')
        return q

    cur = [None]
    last_by = {}
    for i, node in enumerate(posts):
        pid = p.rng.randint(10**5, 10**6)
        bg = "bg2" if i % 2 == 0 else "bg1"
        if node is None:
            K = p.X
            name, d = art["author"], pub
            rank, nposts_u, joined, loc = opx(art, "rank", L["rank"]), opx(art, "posts", 812), opx(art, "joined", "Sun Jan 08, 2012 7:15 pm"), opx(art, "loc", "")
            subject = p.T(art["title"])
            content = body_paras(p, art)
            sig = art["opsig"]
        else:
            cid = p.new_comment(0, None)
            cur[0] = cid
            K = (lambda t, c=cid: p.C(c, t))
            d = clock.next(20, 1500)
            name = node["author"]
            rank, nposts_u, joined, loc = node.get("rank", L["rank"]), node.get("posts", p.rng.randint(3, 5000)), node.get("joined", ""), node.get("loc", "")
            subject = K(node.get("subject", "Re: " + art["title"]))
            qa = node.get("qa", art["author"])
            qd = L["date"](last_by.get(qa, pub))
            content = post_paras(p, cid, node["paras"], quote_for(qa, qd))
            sig = node.get("sig")
        last_by[name] = d
        ava = p.img("boilerplate" if node is None else ("comment", cur[0]), "./download/file.php?avatar=", ext="png", alt=L["avatar"]) if (node is None or node.get("ava", True)) else ""
        prof = (f'<dl class="postprofile" id="profile{pid}"><dt class="has-profile-rank has-avatar"><div class="avatar-container"><a href="#" class="avatar">{ava}</a></div>'
                f'<a href="./memberlist.php?mode=viewprofile&amp;u={p.rng.randint(2, 9000)}" class="username">{K(name)}</a></dt>'
                f'<dd class="profile-rank">{K(rank)}</dd>'
                f'<dd class="profile-posts"><strong>{K(L["posts"])}</strong> <a href="#">{K(str(nposts_u))}</a></dd>'
                + (f'<dd class="profile-joined"><strong>{K(L["joined"])}</strong> {K(joined)}</dd>' if joined else "")
                + (f'<dd class="profile-custom-field profile-phpbb_location"><strong>{K(L["loc"])}</strong> {K(loc)}</dd>' if loc else "")
                + "</dl>")
        author_line = (f'<p class="author"><a class="unread" href="#p{pid}"><i class="icon fa-file fa-fw icon-lightgray icon-md" aria-hidden="true"></i>'
                       f'<span class="sr-only">{K(L["post"])}</span></a> <span class="responsive-hide">{K(L["by"])} <strong><a href="#" class="username">{K(name)}</a></strong> » </span>{K(L["date"](d))}</p>')
        buttons = (f'<ul class="post-buttons"><li><a href="./posting.php?mode=quote&amp;p={pid}" class="button button-icon-only">'
                   f'<i class="icon fa-quote-left fa-fw" aria-hidden="true"></i><span>{K(L["quote"])}</span></a></li></ul>')
        sig_html = f'<div id="sig{pid}" class="signature">{K(sig)}</div>' if sig else ""
        edited = ""
        if node is not None and node.get("edited"):
            edited = f'<div class="notice">{K(L["edited"].format(a=name, d=L["date"](d + (now - d) / 50)))}</div>'
        out.append(f'<div id="p{pid}" class="post has-profile {bg}"><div class="inner">{prof}'
                   f'<div class="postbody"><div id="post_content{pid}"><h3 class="{"first" if node is None else ""}"><a href="#p{pid}">{subject}</a></h3>'
                   f'{buttons}{author_line}<div class="content">{content}</div>{edited}{sig_html}</div></div>'
                   f'<div class="back2top"><a href="#top" class="top">{K(L["top"])}</a></div></div></div>\n<hr class="divider" />')
    out.append(action_bar("bottom"))
    guests = p.rng.randint(2, 40)
    out.append(f'<div class="action-bar actions-jump"><p class="jumpbox-return"><a href="./viewforum.php?f=7" class="left-box arrow-left">'
               f'<i class="icon fa-angle-left fa-fw icon-black" aria-hidden="true"></i><span>{p.X(L["return"].format(f=forum))}</span></a></p>'
               f'<div class="jumpbox dropdown-container"><span class="button button-secondary dropdown-trigger"><span>{p.X(L["jump"])}</span></span></div></div>'
               f'<div class="stat-block online-list"><h3>{p.X(L["online"])}</h3><p>{p.X(L["browsing"].format(n=guests))}</p></div></div>')
    out.append(f'<div id="page-footer" class="page-footer" role="contentinfo"><div class="navbar"><div class="inner"><ul id="nav-footer" class="nav-footer linklist">'
               f'<li class="breadcrumbs"><span class="crumb"><a href="./index.php"><span>{p.X(L["index"])}</span></a></span></li>'
               f'<li class="rightside">{p.X(L["times"])} <span title="UTC">{p.X(L["tz"])}</span></li>'
               f'<li class="rightside"><a href="./ucp.php?mode=delete_cookies"><i class="icon fa-trash fa-fw"></i><span>{p.X(L["cookies"])}</span></a></li></ul></div></div>'
               f'<div class="copyright">{p.X("Powered by")} <a href="https://www.phpbb.com/">{p.X("phpBB")}</a>{p.X("® Forum Software © phpBB Limited")}{L["transl_html"](p)}</div>'
               f'<div class="footer-row"><a class="footer-link" href="./ucp.php?mode=privacy"><span class="footer-link-text">{p.X(L["privacy"])}</span></a> | '
               f'<a class="footer-link" href="./ucp.php?mode=terms"><span class="footer-link-text">{p.X(L["terms"])}</span></a></div></div></div></body></html>')
    return "\n".join(out)


# ----------------------------------------------------------------------------
# vBulletin 4
# ----------------------------------------------------------------------------
def vb4_page(p, art, site, v):
    pub, now = v["pub"], v["now"]
    clock = Clock(p.rng, pub, now)
    posts = [None] + list(art["comments"])
    n = len(posts)
    tid = p.rng.randint(10**4, 10**6)
    forum = site["forum"]
    L = VB4[site.get("lang", "en")]
    out = [simple_head(art["title"], site), '<body><div class="above_body"><div id="header" class="floatcontainer doc_header">',
           f'<div><a name="top" href="forum.php" class="logo-image">{p.img("boilerplate", "images/misc/", ext="png", alt=site["name"] + L["logo_alt"])}</a></div>',
           f'<div id="toplinks" class="toplinks"><ul class="nouser"><li><a href="register.php" rel="nofollow">{p.X(L["register"])}</a></li><li><a rel="help" href="faq.php">{p.X(L["help"])}</a></li>'
           f'<li><form id="navbar_loginform" action="login.php?do=login" method="post"><fieldset id="logindetails" class="logindetails"><div><div>'
           f'<input type="text" class="textbox default-value" name="vb_login_username" id="navbar_username" size="10" value="{p.X(L["username"])}" /> '
           f'<input type="password" class="textbox" tabindex="102" name="vb_login_password" id="navbar_password" size="10" /> '
           f'<input type="submit" class="loginbutton" tabindex="104" value="{p.X(L["login"])}" /></div></div></fieldset>'
           f'<div id="remember" class="remember"><label for="cb_cookieuser_navbar"><input type="checkbox" name="cookieuser" value="1" id="cb_cookieuser_navbar" /> {p.X(L["remember"])}</label></div></form></li></ul></div></div>',
           f'<div id="navbar" class="navbar"><ul id="navtabs" class="navtabs floatcontainer"><li class="selected"><a class="navtab" href="forum.php">{p.X(L["forum"])}</a>'
           f'<ul class="floatcontainer"><li><a href="search.php?do=getnew">{p.X(L["newposts"])}</a></li><li><a rel="help" href="faq.php">{p.X(L["faq"])}</a></li>'
           f'<li><a href="calendar.php">{p.X(L["calendar"])}</a></li><li class="popupmenu"><a href="javascript://" class="popupctrl">{p.X(L["community"])}</a></li>'
           f'<li class="popupmenu"><a href="javascript://" class="popupctrl">{p.X(L["actions"])}</a></li><li class="popupmenu"><a href="javascript://" class="popupctrl">{p.X(L["quick"])}</a></li></ul></li>'
           f'<li><a class="navtab" href="activity.php">{p.X(L["whatsnew"])}</a></li></ul></div></div>',
           f'<div class="body_wrapper"><div id="breadcrumb" class="breadcrumb"><ul class="floatcontainer">'
           f'<li class="navbithome"><a href="index.php">{p.img("boilerplate", "images/misc/", ext="png", alt=L["home"])}</a></li>'
           f'<li class="navbit"><a href="forum.php">{p.X("Forum")}</a></li><li class="navbit"><a href="forumdisplay.php?f=12">{p.X(site["category"])}</a></li>'
           f'<li class="navbit"><a href="forumdisplay.php?f=31">{p.X(forum)}</a></li><li class="navbit lastnavbit"><span> {p.T(art["title"])}</span></li></ul><hr /></div>',
           f'<div id="pagetitle"><h1>{p.X(L["thread"])} <span class="threadtitle"><a href="showthread.php?t={tid}" title="Reload this Page">{p.T(art["title"])}</a></span></h1></div>',
           f'<div id="thread_controls" class="thread_info block"><div id="postpagestats_above" class="postpagestats">{p.X(L["results"].format(n=n))}</div>'
           f'<ul id="postlist_popups" class="postlist_popups popupgroup"><li class="popupmenu"><a href="javascript://" class="popupctrl">{p.X(L["tools"])}</a></li>'
           f'<li class="popupmenu"><a href="javascript://" class="popupctrl">{p.X(L["display"])}</a></li></ul></div>',
           '<div id="postlist" class="postlist restrain"><ol id="posts" class="posts" start="1">']

    def quote_for(cid, name):
        def q(inner):
            return (f'<div class="bbcode_container"><div class="bbcode_quote"><div class="quote_container"><div class="bbcode_quote_container"></div>'
                    f'<div class="bbcode_postedby">{p.img(("comment", cid), "images/misc/", ext="png", alt=L["quote_alt"])} {p.C(cid, L["orig"])} '
                    f'<strong>{p.C(cid, name)}</strong> <a href="showthread.php?p=1#post1" rel="nofollow">{p.img(("comment", cid), "images/buttons/", ext="png", alt=L["viewpost"])}</a></div>'
                    f'<div class="message">{inner}</div></div></div></div>')
        return q

    for i, node in enumerate(posts):
        pid = p.rng.randint(10**5, 10**7)
        if node is None:
            K, key = p.X, "boilerplate"
            name, d = art["author"], pub
            utitle, joined, loc, nposts_u = opx(art, "rank", L["senior"]), opx(art, "joined", "Jun 2009"), opx(art, "loc", ""), opx(art, "posts", "1,204")
            subject = ""
            content = body_paras(p, art)
            sig = art["opsig"]
        else:
            cid = p.new_comment(0, None)
            K, key = (lambda t, c=cid: p.C(c, t)), ("comment", cid)
            d = clock.next(15, 2000)
            name = node["author"]
            utitle, joined, loc, nposts_u = node.get("rank", L["member"]), node.get("joined", "Mar 2014"), node.get("loc", ""), node.get("posts", str(p.rng.randint(5, 3000)))
            subject = f'<h2 class="title icon">{K(node["subject"])}</h2>' if node.get("subject") else ""
            content = post_paras(p, cid, node["paras"], quote_for(cid, node.get("qa", art["author"])))
            sig = node.get("sig")
        extra = "".join(f"<dt>{K(k)}</dt> <dd>{K(str(val))}</dd>" for k, val in ((L["joindate"], joined), (L["location"], loc), (L["posts"], nposts_u)) if val)
        sig_html = (f'<div class="after_content"><blockquote class="signature restore"><div class="signaturecontainer">{K(sig)}</div></blockquote></div>' if sig else "")
        out.append(
            f'<li class="postbitlegacy postbitim postcontainer old" id="post_{pid}">'
            f'<div class="posthead"><span class="postdate old"><span class="date">{K(L["date"](d)[0])}&nbsp;<span class="time">{K(L["date"](d)[1])}</span></span></span>'
            f'<span class="nodecontrols"><a name="post{pid}" href="showthread.php?p={pid}#post{pid}" class="postcounter">{K(f"#{i + 1}")}</a><a id="postcount{pid}" name="{i + 1}"></a></span></div>'
            f'<div class="postdetails"><div class="userinfo"><div class="username_container"><div class="popupmenu memberaction">'
            f'<a class="username offline popupctrl" href="member.php?u={p.rng.randint(2, 90000)}"><strong>{K(name)}</strong></a></div>'
            f'{p.img(key, "images/statusicon/user-", ext="png", alt=L["offline"].format(a=name))}</div>'
            f'<span class="usertitle">{K(utitle)}</span>'
            + (f'<a class="postuseravatar" href="#">{p.img(key, "customavatars/avatar", ext="gif", alt=L["avatar"].format(a=name))}</a>' if (node is None or node.get("ava", True)) else "")
            + f'<hr /><dl class="userinfo_extra">{extra}</dl></div>'
            f'<div class="postbody"><div class="postrow">{subject}<div class="content"><div id="post_message_{pid}"><blockquote class="postcontent restore ">{content}</blockquote></div></div>'
            f'</div>{sig_html}<div class="cleardiv"></div></div></div>'
            f'<div class="postfoot"><div class="textcontrols floatcontainer"><span class="postcontrols">'
            f'<a id="qrwq_{pid}" class="newreply" href="newreply.php?do=newreply&amp;p={pid}" rel="nofollow">{p.img(key, "images/buttons/", ext="png", alt=L["rwq"])} {K(L["rwq"])}</a></span>'
            f'<span class="postlinking"><a class="report" href="report.php?p={pid}" rel="nofollow">{p.img(key, "images/buttons/", ext="png", alt=L["report"])}</a></span></div></div><hr /></li>')
    out.append("</ol></div>")
    out.append(f'<div id="postpagestats" class="postpagestats">{p.X(L["results"].format(n=n))}</div>'
               f'<div class="navlinks"><strong>&laquo;</strong> <a href="#" class="textcontrol">{p.X(L["prev"])}</a> | '
               f'<a href="#" class="textcontrol">{p.X(L["next"])}</a> <strong>&raquo;</strong></div>')
    if site.get("similar"):
        out.append(f'<div id="similar_threads" class="block"><h4 class="blockhead">{p.X(L["similar"])}</h4><div class="blockbody"><ol class="similar_threads">'
                   + "".join(f'<li class="floatcontainer"><div class="titleblock"><h6><a href="#">{p.X(t)}</a></h6><div class="starter_forum">{p.X(L["by_in"].format(a=a, f=forum))}</div></div>'
                             f'<div class="dateblock"><span class="shade">{p.X(L["replies"])}</span> {p.X(str(r))}<div class="starter_forum"><span class="shade">{p.X(L["lastpost"])}</span> {p.X(dd)}</div></div></li>'
                             for t, a, r, dd in site["similar"]) + "</ol></div></div>")
    perms = L["perms"]
    codes = L["codes"]
    out.append(f'<div class="options_block"><div class="collapse options_correct"><h4 class="blockhead options_correct">{p.X(L["permissions"])}</h4>'
               f'<div class="blockbody formcontrols floatcontainer options_correct"><div id="forumrules" class="info_subblock"><ul class="youcandoblock">'
               + "".join(f'<li>{p.X(x)}</li>' for x in perms) + '</ul><div class="bbcodeblock"><ul>'
               + "".join(f'<li>{p.X(x)}</li>' for x in codes) + f'</ul><p><a href="misc.php?do=showrules">{p.X(L["rules"])}</a></p></div></div></div></div></div>')
    h, ap = h12(now)
    out.append(f'</div><div id="footer" class="floatcontainer footer"><ul id="footer_links" class="footer_links">'
               f'<li><a href="sendmessage.php" rel="nofollow">{p.X(L["contact"])}</a></li><li><a href="/">{p.X(site["name"])}</a></li>'
               f'<li><a href="archive/index.php">{p.X(L["archive"])}</a></li><li><a href="#top" onclick="document.location.hash=\'top\'; return false;">{p.X(L["top"])}</a></li></ul></div>'
               f'<div class="below_body"><div id="footer_time" class="shade footer_time">{p.X(L["now"](now))}</div>'
               f'<div id="footer_copyright" class="shade footer_copyright">{p.X("Powered by vBulletin® Version 4.2.5")} <br />{p.X(f"Copyright © {now.year} vBulletin Solutions Inc. All rights reserved.")}{L["transl_html"](p)}</div></div></body></html>')
    return "\n".join(out)


# ----------------------------------------------------------------------------
# Discourse
# ----------------------------------------------------------------------------
def d_discourse(d):       # March 6, 2017,  4:36pm
    h, ap = h12(d)
    return f"{MONTHS[d.month-1]} {d.day}, {d.year}, {h}:{d.minute:02d}{ap}"


def discourse_page(p, art, site, v):
    pub, now = v["pub"], v["now"]
    clock = Clock(p.rng, pub, now)
    posts = [None] + list(art["comments"])
    tid = p.rng.randint(1000, 90000)
    js = v.get("discourse_view") == "js"
    cat = site["forum"]

    def quote_for(cid, name):
        def q(inner):
            return (f'<aside class="quote no-group" data-username="{name}" data-post="1" data-topic="{tid}"><div class="title"><div class="quote-controls"></div>'
                    f'{p.img(("comment", cid), "/user_avatar/" + site["domain"] + "/", ext="png", alt="")} {p.C(cid, name + ":")}</div><blockquote>{inner}</blockquote></aside>')
        return q

    def qparas(cid, paras, name):
        return cparas(p, cid, paras, quote=quote_for(cid, name))

    out = [simple_head(art["title"], site), '<body class="crawler">' if not js else '<body class="docked">']
    if not js:
        out.append(f'<header class="d-header"><div class="wrap"><div class="contents"><div class="header-content">'
                   f'<a href="/">{p.img("boilerplate", "/uploads/default/original/1X/", ext="png", alt=site["name"], attrs="id=site-logo")}</a></div></div></div></header>')
        out.append(f'<div id="main-outlet" class="wrap" role="main"><div id="topic-title"><h1><a href="/t/{tid}">{p.T(art["title"])}</a></h1>'
                   f'<div class="topic-category" itemscope itemtype="http://schema.org/BreadcrumbList"><span itemprop="itemListElement">'
                   f'<a href="/c/{cat.lower()}/5" class="badge-wrapper bullet"><span class="badge-category-bg"></span><span class="badge-category clear-badge">'
                   f'<span class="category-name" itemprop="name">{p.X(cat)}</span></span></a></span></div>')
        if art["tags"]:
            out.append('<div class="topic-tags">' + " ".join(f'<a href="/tag/{t}" class="discourse-tag">{p.X(t)}</a>' for t in art["tags"]) + "</div>")
        out.append("</div>")
        out.append(f'<div itemscope itemtype="http://schema.org/DiscussionForumPosting"><meta itemprop="headline" content="{art["title"]}">')
        for i, node in enumerate(posts):
            if node is None:
                K, name, full, d = p.X, art["author"], opx(art, "full", ""), pub
                content = body_paras(p, art, quote=lambda inner: f"<blockquote>{inner}</blockquote>").replace("<br><br>", "</p><p>")
                content = f"<p>{content}</p>"
                likes = opx(art, "likes", 0)
                extra = ' itemprop="text"'
                cls = 'class="topic-body crawler-post"'
            else:
                cid = p.new_comment(0, None)
                K = (lambda t, c=cid: p.C(c, t))
                name, full, d = node["author"], node.get("full", ""), clock.next(20, 1800)
                content = qparas(cid, node["paras"], node.get("qa", art["author"]))
                likes = node.get("likes", 0)
                cls = f'id="post_{i + 1}" itemprop="comment" itemscope itemtype="http://schema.org/Comment" class="topic-body crawler-post"'
            fullname = f" ({K(full)})" if full else ""
            likes_html = (f'<div itemprop="interactionStatistic" itemscope itemtype="http://schema.org/InteractionCounter"><meta itemprop="interactionType" content="http://schema.org/LikeAction"/>'
                          f'<meta itemprop="userInteractionCount" content="{likes}" /><span class="post-likes">{K(f"{likes} Like" + ("" if likes == 1 else "s"))}</span></div>') if likes else ""
            out.append(f'<div {cls}><div class="crawler-post-meta"><span class="creator" itemprop="author" itemscope itemtype="http://schema.org/Person">'
                       f'<a itemprop="url" href="/u/{name}"><span itemprop="name">{K(name)}</span></a>{fullname}</span>'
                       f'<link itemprop="mainEntityOfPage" href="/t/{tid}"><span class="crawler-post-infos">'
                       f'<time itemprop="datePublished" datetime="{d_isoz(d)}" class="post-time">{K(d_discourse(d))}</time>'
                       f'<meta itemprop="dateModified" content="{d_isoz(d)}"><span itemprop="position">{K(str(i + 1))}</span></span></div>'
                       f'<div class="post" itemprop="text">{content}</div>{likes_html}</div>')
        out.append("</div>")
        if site.get("related_topics"):
            out.append(f'<div id="related-topics" class="more-topics__list" role="complementary"><h3 id="related-topics-title" class="more-topics__list-title">{p.X("Related topics")}</h3>'
                       f'<div class="topic-list-container"><table class="topic-list"><thead><tr><th>{p.X("Topic")}</th><th></th><th class="replies">{p.X("Replies")}</th>'
                       f'<th class="views">{p.X("Views")}</th><th>{p.X("Activity")}</th></tr></thead><tbody>'
                       + "".join(f'<tr><td><a href="#" class="title raw-link raw-topic-link">{p.X(t)}</a></td><td></td><td class="replies"><span class="posts">{p.X(str(r))}</span></td>'
                                 f'<td class="views"><span class="views">{p.X(str(vw))}</span></td><td>{p.X(act)}</td></tr>' for t, r, vw, act in site["related_topics"])
                       + "</tbody></table></div></div>")
        out.append("</div>")
        out.append(f'<footer class="container wrap"><nav class="crawler-nav"><ul><li><a href="/"><span>{p.X("Home")}</span></a></li>'
                   f'<li><a href="/categories">{p.X("Categories")}</a></li><li><a href="/guidelines">{p.X("Guidelines")}</a></li>'
                   f'<li><a href="/tos">{p.X("Terms of Service")}</a></li><li><a href="/privacy">{p.X("Privacy Policy")}</a></li></ul></nav></footer>'
                   f'<footer id="noscript-footer"><p>{p.X("Powered by")} <a href="https://www.discourse.org">{p.X("Discourse")}</a>{p.X(", best viewed with JavaScript enabled")}</p></footer></body></html>')
        return "\n".join(out)

    # JS view ------------------------------------------------------------------
    out.append(f'<header class="d-header"><div class="wrap"><div class="contents"><div class="title"><a href="/">{p.X(site["name"])}</a></div>'
               f'<div class="panel"><span class="header-buttons"><button class="btn btn-primary sign-up-button">{p.X("Sign Up")}</button> '
               f'<button class="btn btn-primary login-button">{p.X("Log In")}</button></span></div></div></div></header>')
    out.append(f'<div id="main-outlet"><div id="topic-title"><div class="title-wrapper"><h1><a href="/t/{tid}" class="fancy-title">{p.T(art["title"])}</a></h1>'
               f'<div class="topic-category"><a class="badge-category__wrapper" href="#"><span class="badge-category__name">{p.X(cat)}</span></a>'
               + "".join(f' <a href="#" class="discourse-tag">{p.X(t)}</a>' for t in art["tags"]) + "</div></div></div>")
    out.append('<div class="posts-wrapper"><div class="topic-post">')
    total_likes = 0
    for i, node in enumerate(posts):
        if node is None:
            K, key, name, full, d = p.X, "boilerplate", art["author"], opx(art, "full", ""), pub
            content = "<p>" + body_paras(p, art).replace("<br><br>", "</p><p>") + "</p>"
            likes, title_ = opx(art, "likes", 0), opx(art, "utitle", "")
            nrep = opx(art, "nrep", 0)
        else:
            cid = p.new_comment(0, None)
            K, key = (lambda t, c=cid: p.C(c, t)), ("comment", cid)
            name, full, d = node["author"], node.get("full", ""), clock.next(20, 1800)
            content = qparas(cid, node["paras"], node.get("qa", art["author"]))
            likes, title_, nrep = node.get("likes", 0), node.get("utitle", ""), node.get("nrep", 0)
        total_likes += likes
        if d.year == now.year:
            when = f"{MONTHS[d.month-1][:3]} {d.day}"
        else:
            when = f"{MONTHS[d.month-1][:3]} '{d.year % 100:02d}"
        if (now - d).days < 1:
            when = rel(now, d, short=True)
        reply_to = ""
        if node is not None and node.get("to"):
            reply_to = (f'<a class="reply-to-tab" href="#">{p.img(key, "/user_avatar/" + site["domain"] + "/", ext="png", alt="")}'
                        f'<span>{K(node["to"])}</span></a>')
        names = (f'<div class="names trigger-user-card"><span class="first username"><a href="/u/{name}">{K(name)}</a></span>'
                 + (f'<span class="second full-name"><a href="/u/{name}">{K(full)}</a></span>' if full else "")
                 + (f'<span class="user-title">{K(title_)}</span>' if title_ else "") + "</div>")
        rep_btn = f'<button class="widget-button btn-flat show-replies">{K(f"{nrep} Reply" if nrep == 1 else f"{nrep} Replies")}</button> ' if nrep else ""
        like_cnt = f'<button class="widget-button btn-flat like-count">{K(str(likes))}</button>' if likes else ""
        out.append(f'<article id="post_{i + 1}" class="boxed onscreen-post"><div class="row"><div class="topic-avatar">'
                   f'<a class="trigger-user-card main-avatar" href="/u/{name}">{p.img(key, "/user_avatar/" + site["domain"] + "/", ext="png", alt="")}</a></div>'
                   f'<div class="topic-body clearfix"><div class="topic-meta-data">{names}<div class="post-infos">{reply_to}'
                   f'<div class="post-info post-date"><a class="post-date" href="/t/{tid}/{i + 1}"><span title="{d_discourse(d)}" class="relative-date">{K(when)}</span></a></div></div></div>'
                   f'<div class="regular contents"><div class="cooked">{content}</div>'
                   f'<section class="post-menu-area clearfix"><nav class="post-controls">{rep_btn}<div class="actions">{like_cnt}'
                   f'<button class="widget-button btn-flat toggle-like" title="like this post">{K("❤")}</button> '
                   f'<button class="widget-button btn-flat share" title="share a link to this post"></button> '
                   f'<button class="widget-button btn-flat reply create" title="begin composing a reply to this post"><span class="d-button-label">{K("Reply")}</span></button></div></nav></section>')
        if node is None:
            users = len({n_["author"] for n_ in art["comments"]} | {art["author"]})
            out.append(f'<section class="topic-map"><ul class="clearfix"><li><h4>{p.X("created")}</h4>{p.img("boilerplate", "/user_avatar/" + site["domain"] + "/", ext="png", alt="")} '
                       f'<span class="relative-date">{p.X(f"{MONTHS[pub.month-1][:3]} {pub.day}")}</span></li>'
                       f'<li><h4>{p.X("last reply")}</h4><span class="relative-date">{p.X(rel(now, now - (now - pub) / 7, short=True))}</span></li>'
                       f'<li><span class="number">{p.X(str(len(posts) - 1))}</span><h4>{p.X("replies")}</h4></li>'
                       f'<li><span class="number">{p.X(str(p.rng.randint(200, 4000)))}</span><h4>{p.X("views")}</h4></li>'
                       f'<li><span class="number">{p.X(str(users))}</span><h4>{p.X("users")}</h4></li>'
                       f'<li><span class="number">{p.X(str(p.rng.randint(5, 60)))}</span><h4>{p.X("likes")}</h4></li></ul></section>')
        out.append("</div></div></div></article>")
    out.append("</div></div>")
    out.append(f'<div class="topic-timeline"><div class="timeline-scrollarea"><div class="timeline-date-wrapper"><a href="#">{p.X(f"{MONTHS[pub.month-1][:3]} {pub.year}")}</a></div>'
               f'<div class="timeline-handle"></div><div class="timeline-scroller-content"><div class="timeline-replies">{p.X(f"1 / {len(posts)}")}</div></div>'
               f'<div class="timeline-date-wrapper"><a href="#">{p.X(rel(now, now - (now - pub) / 7, short=True))}</a></div></div></div>')
    if site.get("related_topics"):
        out.append(f'<div class="more-topics__container"><h3 class="more-topics__list-title">{p.X("Suggested Topics")}</h3><table class="topic-list"><thead><tr>'
                   f'<th>{p.X("Topic")}</th><th>{p.X("Replies")}</th><th>{p.X("Views")}</th><th>{p.X("Activity")}</th></tr></thead><tbody>'
                   + "".join(f'<tr><td><a href="#">{p.X(t)}</a></td><td>{p.X(str(r))}</td><td>{p.X(str(vw))}</td><td>{p.X(act)}</td></tr>' for t, r, vw, act in site["related_topics"])
                   + f'</tbody></table><h3 class="more-topics__browse-more">{p.X("Want to read more? Browse other topics in")} <a href="#">{p.X(cat)}</a> {p.X("or")} '
                   f'<a href="/latest">{p.X("view latest topics")}</a>.</h3></div>')
    out.append("</div></body></html>")
    return "\n".join(out)


# ----------------------------------------------------------------------------
# XenForo 2
# ----------------------------------------------------------------------------
def xenforo_page(p, art, site, v):
    pub, now = v["pub"], v["now"]
    clock = Clock(p.rng, pub, now)
    posts = [None] + list(art["comments"])
    forum = site["forum"]

    def d_xf(d):
        return f"{MONTHS[d.month-1][:3]} {d.day}, {d.year}"

    def quote_for(cid, name):
        def q(inner):
            return (f'<blockquote data-attributes="" data-quote="{name}" class="bbCodeBlock bbCodeBlock--expandable bbCodeBlock--quote js-expandWatch">'
                    f'<div class="bbCodeBlock-title"><a href="#" class="bbCodeBlock-sourceJump" rel="nofollow">{p.C(cid, name + " said:")}</a></div>'
                    f'<div class="bbCodeBlock-content"><div class="bbCodeBlock-expandContent js-expandContent">{inner}</div>'
                    f'<div class="bbCodeBlock-expandLink js-expandLink"><a role="button" tabindex="0">{p.C(cid, "Click to expand...")}</a></div></div></blockquote>')
        return q

    out = [simple_head(art["title"], site), '<body data-template="thread_view">',
           f'<header class="p-header" id="header"><div class="p-header-inner"><div class="p-header-logo p-header-logo--image"><a href="/">'
           f'{p.img("boilerplate", "/styles/default/xenforo/", ext="png", alt=site["name"])}</a></div></div></header>',
           f'<nav class="p-nav"><ul class="p-nav-list">' + "".join(f'<li><a class="p-navEl-link" href="#">{p.X(x)}</a></li>' for x in ["Home", "Forums", "What's new", "Members"])
           + f'</ul><div class="p-navgroup p-account p-navgroup--guest"><a href="/login/" class="p-navgroup-link p-navgroup-link--logIn"><span class="p-navgroup-linkText">{p.X("Log in")}</span></a>'
           f'<a href="/register/" class="p-navgroup-link p-navgroup-link--register"><span class="p-navgroup-linkText">{p.X("Register")}</span></a></div></nav>',
           f'<div class="p-body"><ul class="p-breadcrumbs">' + "".join(f'<li><a href="#"><span>{p.X(x)}</span></a></li>' for x in ["Forums", site["category"], forum]) + "</ul>",
           f'<div class="p-body-header"><div class="p-title"><h1 class="p-title-value">{p.T(art["title"])}</h1></div>'
           f'<div class="p-description"><ul class="listInline listInline--bullet"><li><i class="fa--xf far fa-user" aria-hidden="true" title="Thread starter"></i>'
           f'<span class="u-srOnly">{p.X("Thread starter")}</span> <a href="#" class="username u-concealed">{p.X(art["author"])}</a></li>'
           f'<li><i class="fa--xf far fa-clock" aria-hidden="true" title="Start date"></i><span class="u-srOnly">{p.X("Start date")}</span> '
           f'<a href="#" class="u-concealed"><time class="u-dt" datetime="{d_isoz(pub)}">{p.X(d_xf(pub))}</time></a></li></ul></div></div>',
           '<div class="block block--messages"><div class="block-container"><div class="block-body js-replyNewMessageContainer">']
    for i, node in enumerate(posts):
        if node is None:
            K, key, name, d = p.X, "boilerplate", art["author"], pub
            content = body_paras(p, art)
            utitle, joined, msgs, react, loc = opx(art, "rank", "Well-known member"), opx(art, "joined", "Jan 14, 2016"), opx(art, "posts", "2,841"), opx(art, "react", "1,906"), opx(art, "loc", "")
            sig, reactors = art["opsig"], opx(art, "reactors", "")
        else:
            cid = p.new_comment(0, None)
            K, key = (lambda t, c=cid: p.C(c, t)), ("comment", cid)
            name, d = node["author"], clock.next(20, 1800)
            content = post_paras(p, cid, node["paras"], quote_for(cid, node.get("qa", art["author"])))
            utitle, joined, msgs, react, loc = node.get("rank", "Member"), node.get("joined", "Sep 3, 2019"), node.get("posts", str(p.rng.randint(10, 900))), node.get("react", str(p.rng.randint(5, 600))), node.get("loc", "")
            sig, reactors = node.get("sig"), node.get("reactors", "")
        pairs = "".join(f'<dl class="pairs pairs--justified"><dt>{K(k)}</dt><dd>{K(str(val))}</dd></dl>'
                        for k, val in (("Joined", joined), ("Messages", msgs), ("Reaction score", react), ("Location", loc)) if val)
        react_html = ""
        if reactors:
            react_html = (f'<div class="reactionsBar js-reactionsList is-active"><ul class="reactionSummary"><li><span class="reaction reaction--small reaction--1">'
                          f'{p.img(key, "/styles/default/xenforo/reactions/emojione/", ext="png", alt="Like")}</span></li></ul> '
                          f'<span class="u-srOnly">{K("Reactions:")}</span><a class="reactionsBar-link" href="#">{K(reactors)}</a></div>')
        edited = f'<div class="message-lastEdit">{K("Last edited: " + d_xf(d))}</div>' if node is not None and node.get("edited") else ""
        sig_html = f'<aside class="message-signature"><div class="bbWrapper">{K(sig)}</div></aside>' if sig else ""
        out.append(
            f'<article class="message message--post js-post js-inlineModContainer" data-author="{name}" id="js-post-{p.rng.randint(10**5, 10**7)}">'
            f'<span class="u-anchorTarget"></span><div class="message-inner"><div class="message-cell message-cell--user"><section class="message-user">'
            f'<div class="message-avatar"><div class="message-avatar-wrapper"><a href="#" class="avatar avatar--m">{p.img(key, "/data/avatars/m/", ext="jpg", alt=name)}</a></div></div>'
            f'<div class="message-userDetails"><h4 class="message-name"><a href="#" class="username">{K(name)}</a></h4><h5 class="userTitle message-userTitle">{K(utitle)}</h5></div>'
            f'<div class="message-userExtras">{pairs}</div><span class="message-userArrow"></span></section></div>'
            f'<div class="message-cell message-cell--main"><div class="message-main js-quickEditTarget"><header class="message-attribution message-attribution--split">'
            f'<ul class="message-attribution-main listInline"><li class="u-concealed"><a href="#" rel="nofollow"><time class="u-dt" datetime="{d_isoz(d)}">{K(d_xf(d))}</time></a></li></ul>'
            f'<ul class="message-attribution-opposite message-attribution-opposite--list"><li><a href="#" class="message-attribution-gadget" title="Share"><i class="fa--xf far fa-share-alt"></i></a></li>'
            f'<li><a href="#" rel="nofollow">{K(f"#{i + 1}")}</a></li></ul></header>'
            f'<div class="message-content js-messageContent"><div class="message-userContent lbContainer js-lbContainer"><article class="message-body js-selectToQuote">'
            f'<div class="bbWrapper">{content}</div><div class="js-selectToQuoteEnd">&nbsp;</div></article></div>{edited}{sig_html}</div>'
            f'<footer class="message-footer"><div class="message-actionBar actionBar"><div class="actionBar-set actionBar-set--external">'
            f'<a href="#" class="actionBar-action actionBar-action--report" data-xf-click="overlay">{K("Report")}</a></div>'
            f'<div class="actionBar-set actionBar-set--internal"><a href="#" class="actionBar-action actionBar-action--reaction"><span class="reaction-text">{K("Like")}</span></a> '
            f'<a href="#" class="actionBar-action actionBar-action--reply">{K("Reply")}</a></div></div>'
            f'{react_html}</footer></div></div></div></article>')
    out.append("</div></div></div>")
    out.append(f'<div class="block-outer block-outer--after"><div class="block-outer-opposite"><div class="blockMessage blockMessage--none">'
               f'<a href="/login/" class="button--link button"><span class="button-text">{p.X("You must log in or register to reply here.")}</span></a></div></div></div>')
    if site.get("similar"):
        out.append(f'<div class="block"><h3 class="block-header">{p.X("Similar threads")}</h3><div class="block-body"><div class="structItemContainer">'
                   + "".join(f'<div class="structItem"><div class="structItem-title"><a href="#">{p.X(t)}</a></div>'
                             f'<div class="structItem-minor"><ul class="structItem-parts"><li>{p.X(a)}</li><li>{p.X(dd)}</li><li>{p.X("Replies: " + str(r))}</li><li>{p.X(forum)}</li></ul></div></div>'
                             for t, a, r, dd in site["similar"]) + "</div></div></div>")
    out.append(f'<div class="shareButtons"><span class="shareButtons-label">{p.X("Share:")}</span> <a class="shareButtons-button" href="#"><span>{p.X("Facebook")}</span></a> '
               f'<a class="shareButtons-button" href="#"><span>{p.X("Reddit")}</span></a> <a class="shareButtons-button" href="#"><span>{p.X("Email")}</span></a> '
               f'<a class="shareButtons-button" href="#"><span>{p.X("Link")}</span></a></div></div>')
    out.append(f'<footer class="p-footer"><div class="p-footer-copyright"><a href="https://xenforo.com" class="u-concealed">{p.X("Community platform by XenForo® © 2010-2024 XenForo Ltd.")}</a></div>'
               f'<ul class="p-footer-linkList">' + "".join(f'<li><a href="#">{p.X(x)}</a></li>' for x in ["Contact us", "Terms and rules", "Privacy policy", "Help", "Home"]) + "</ul></footer></body></html>")
    return "\n".join(out)


# ----------------------------------------------------------------------------
# Slashdot (D2) and an old slashcode static page
# ----------------------------------------------------------------------------
def d_sd(d, year=True):
    h, ap = h12(d)
    y = f", {d.year}" if year else ""
    return f"{DAYS[d.weekday()]} {MONTHS[d.month-1]} {d.day:02d}{y} @{h:02d}:{d.minute:02d}{ap.upper()}"


def slashdot_page(p, art, site, v):
    pub, now = v["pub"], v["now"]
    clock = Clock(p.rng, pub, now)
    fid = p.rng.randint(10**8, 10**9 - 1)
    sid = p.rng.randint(10**6, 10**7)
    cnum = [p.rng.randint(5 * 10**7, 6 * 10**7)]
    n_total = sum(1 for _ in _walk(art["comments"])) + v.get("hidden", 0)
    old = v.get("sd_old", False)

    def nextnum():
        cnum[0] += p.rng.randint(3, 400)
        return cnum[0]

    def one(node, depth, parent):
        cid, depth = new_cid(p, node, depth, parent)
        d = clock.next(2, 120)
        num = nextnum()
        name = node["author"] or "Anonymous Coward"
        uid = node.get("uid")
        if node.get("subject"):
            subj = node["subject"]
        elif parent:
            ps = subj_of[parent]
            subj = ps if ps.startswith("Re:") else "Re:" + ps
        else:
            subj = "Untitled"
        subj_of[cid] = subj
        score = node.get("score", 1)
        mod = node.get("mod")
        sc = f"(Score:{score}" + (f", {mod})" if mod else ")")
        by = f"{name} ({uid})" if uid else name
        if old:
            body = cparas(p, cid, node["paras"], quote=lambda inner: f'<div class="quote">{inner}</div>')
            sig = f'<div class="sig">{p.C(cid, "--")}<br>{p.C(cid, node["sig"])}</div>' if node.get("sig") else ""
            html_ = (f'<li><a name="{num}"></a><table width="100%" border="0" cellpadding="0" cellspacing="0"><tr><td bgcolor="#cccccc">'
                     f'<font size="3" color="#000000"><b>{p.C(cid, subj)}</b></font> {p.C(cid, sc)}<br>'
                     f'<font size="2">{p.C(cid, "by")} ' + (f'<a href="//{site["domain"]}/~{name}">{p.C(cid, by)}</a>' if uid else p.C(cid, by))
                     + f' {p.C(cid, "on " + d_sd(d, year=False))} (<a href="#">{p.C(cid, f"#{num}")}</a>)</font></td></tr>'
                     f'<tr><td>{body}{sig}<br><font size="2">[ <a href="#">{p.C(cid, "Reply to This")}</a>'
                     + (f' | <a href="#">{p.C(cid, "Parent")}</a>' if parent else "") + " ]</font></td></tr></table>")
            kids = ""
            if node["children"] or node.get("hidden"):
                kids = "<ul>" + "".join(one(ch, depth + 1, cid) for ch in node["children"])
                if node.get("hidden"):
                    hid_txt = f"{node['hidden']} replies beneath your current threshold."
                    kids += f'<li><b>{p.thread_ui(hid_txt)}</b></li>'
                kids += "</ul>"
            return html_ + kids + "</li>"
        if node.get("collapsed"):
            html_ = (f'<li id="tree_{num}" class="comment hidden"><div class="cw" id="comment_{num}"><div id="comment_top_{num}" class="commentTop">'
                     f'<div class="title"><h4><a href="#" id="comment_link_{num}">{p.C(cid, subj)}</a></h4> <span class="score">{p.C(cid, sc)}</span></div>'
                     f'<div class="details">{p.C(cid, "by")} <span class="by">{p.C(cid, by)}</span></div></div></div>')
        else:
            body = cparas(p, cid, node["paras"], quote=lambda inner: f'<div class="quote">{inner}</div>')
            sig = f'<div id="comment_sig_{num}" class="sig">{p.C(cid, "--")}<br>{p.C(cid, node["sig"])}</div>' if node.get("sig") else ""
            zoo = ""
            if uid and node.get("homepage"):
                zoo = f' <small><span class="zooicon"><a href="#">{p.C(cid, "Homepage")}</a></span> <span class="zooicon"><a href="#">{p.C(cid, "Journal")}</a></span></small>'
            who = f'<a href="//slashdot.org/~{name}">{p.C(cid, by)}</a>' if uid else p.C(cid, by)
            html_ = (f'<li id="tree_{num}" class="comment"><div id="comment_status_{num}" class="commentstatus"></div><div class="cw" id="comment_{num}">'
                     f'<div id="comment_top_{num}" class="commentTop"><div class="title"><h4 id="comment_link_{num}"><a href="//{site["domain"]}/comments.pl?sid={sid}&amp;cid={num}">{p.C(cid, subj)}</a></h4> '
                     f'<span id="comment_score_{num}" class="score">{p.C(cid, sc)}</span></div>'
                     f'<div class="details">{p.C(cid, "by")} <span class="by">{who}</span> <span class="otherdetails" id="comment_otherdetails_{num}">'
                     f'{p.C(cid, "on")} <span class="date">{p.C(cid, d_sd(d, year=d.year != now.year))}</span> (<span class="sd-info-block">{p.C(cid, "#")}<a href="#">{p.C(cid, str(num))}</a></span>){zoo}</span></div></div>'
                     f'<div class="commentBody"><div id="comment_body_{num}">{body}</div>{sig}</div>'
                     f'<div class="commentSub" id="comment_sub_{num}"><span class="nbutton"><b><a href="#">{p.C(cid, "Reply to This")}</a></b></span> '
                     f'<span class="nbutton"><b><a href="#">{p.C(cid, "Share")}</a></b></span> '
                     + (f'<span class="nbutton"><b><a href="#">{p.C(cid, "Parent")}</a></b></span> ' if parent else "")
                     + f'<div class="ofp"><span class="nbutton"><b><a href="#">{p.C(cid, "Flag as Inappropriate")}</a></b></span></div></div></div>')
        kids = ""
        if node["children"] or node.get("hidden"):
            kids = f'<ul id="commentTree_{num}">' + "".join(one(ch, depth + 1, cid) for ch in node["children"])
            if node.get("hidden"):
                k = node["hidden"]
                kids += f'<li class="hidden"><span class="hidden-comments">{p.thread_ui(f"{k} hidden comment" + ("" if k == 1 else "s"))}</span></li>'
            kids += "</ul>"
        return html_ + kids + "</li>"

    subj_of = {}

    src = site["source_for"].get(art["key"], "example.com")
    dept = v.get("dept", "some-assembly-required")
    editor = art["author"]
    out = [simple_head(art["title"], site), '<body class="anon index2 article">']
    if old:
        out.append(f'<table width="100%" cellpadding="0" cellspacing="0" border="0"><tr><td><a href="/">{p.img("boilerplate", "/images/", ext="gif", alt=site["name"])}</a></td>'
                   f'<td align="right"><font size="2">{p.X(site["tagline"])}</font></td></tr></table>')
        out.append('<p class="menu"><font size="2">[ ' + " | ".join(f'<a href="#">{p.X(x)}</a>' for x in site["menu"]) + " ]</font></p>")
        out.append(f'<table width="100%" cellpadding="0" cellspacing="0" border="0"><tr><td bgcolor="#006666"><font color="#ffffff" size="4"><b>{p.T(art["title"])}</b></font></td></tr></table>')
        out.append(f'<font size="2"><b>{p.X("Posted by")} <a href="#">{p.X(editor)}</a> {p.X("on " + d_sd(pub))}</b><br>{p.X("from the " + dept + " dept.")}</font><br><br>')
        out.append(f'<div class="intro">{"".join(f"<p>{p.B(b[1])}</p>" if b[0] == "p" else f"<blockquote><i>{p.B(b[1])}</i></blockquote>" for b in art["blocks"])}</div>')
        out.append(f'<p><b>( <a href="#">{p.X("Read More...")}</a> | {p.X(f"{n_total} comments")} )</b></p>')
        out.append(f'<hr><form><font size="2">{p.X("Threshold:")} <select name="threshold"><option>{p.X("-1: " + str(n_total + 6) + " comments")}</option>'
                   f'<option selected>{p.X("1: " + str(n_total) + " comments")}</option></select> '
                   f'<select name="mode"><option selected>{p.X("Threaded")}</option><option>{p.X("Nested")}</option><option>{p.X("Flat")}</option></select> '
                   f'<input type="submit" value="{p.X("Change")}"></font></form>'
                   f'<p><font size="1">{p.X("The Fine Print: The following comments are owned by whoever posted them. We are not responsible for them in any way.")}</font></p>')
        out.append('<ul class="comments">' + "".join(one(nd, 0, None) for nd in art["comments"]) + "</ul>")
        out.append(f'<hr><p align="center"><font size="2"><i>{p.X(site["fortune"])}</i></font></p>')
        out.append(f'<p align="center"><font size="1">{p.X(site["footer"])}</font></p></body></html>')
        return "\n".join(out)
    out.append(f'<header id="slashdot_header"><div class="container"><div class="logo"><a href="//slashdot.org">{p.img("boilerplate", "//a.fsdn.com/sd/", ext="png", alt="Slashdot")}</a></div>'
               f'<nav class="nav-primary">' + " ".join(f'<a href="#">{p.X(x)}</a>' for x in site["menu"]) + "</nav>"
               f'<div class="search"><form action="//slashdot.org/index2.pl" method="get"><input type="text" name="fhfilter" value="" placeholder="Search Slashdot" />'
               f'<input type="submit" value="{p.X("Search")}"></form></div>'
               f'<div class="login"><a href="#">{p.X("Login")}</a> {p.X("or")} <a href="#">{p.X("Sign up")}</a></div></div></header>')
    out.append(f'<div class="nav-secondary"><ul><li><span class="nav-label">{p.X("Topics:")}</span></li>' + "".join(f'<li><a href="#">{p.X(x)}</a></li>' for x in site["topics"])
               + f'</ul><ul><li><span class="nav-label">{p.X("Follow us:")}</span></li>' + "".join(f'<li><a href="#">{p.X(x)}</a></li>' for x in ["RSS", "Facebook", "LinkedIn", "Twitter", "Youtube"]) + "</ul></div>")
    out.append(f'<article class="fhitem fhitem-story article usermode thumbs" id="firehose-{fid}"><header><span class="sd-key-firehose-id">{p.X(str(fid))}</span>'
               f'<h2 class="story"><span id="title-{fid}" class="story-title"><a href="//{site["domain"]}/story/{pub.year % 100:02d}/{pub.month:02d}/{pub.day:02d}/{p.rng.randint(1000, 9999)}/">{p.T(art["title"])}</a> '
               f'<span class=" no extlnk"><a class="story-sourcelnk" href="https://{src}/">{p.T("(" + src + ")")}</a></span></span></h2>'
               f'<div class="details" id="details-{fid}"><span class="story-details"><span class="story-byline">{p.X("Posted by")} <a href="#">{p.X(editor)}</a> '
               f'{p.X("on")} <time id="fhtime-{fid}" datetime="{d_isoz(pub)}">{p.X(d_sd(pub))}</time></span></span>'
               f'<span class="dept-text">{p.X("from the " + dept + " dept.")}</span></div></header>'
               f'<div class="body" id="fhbody-{fid}"><div id="text-{fid}" class="p">'
               + "".join(f"<p>{p.B(b[1])}</p>" if b[0] == "p" else f"<i>{p.B(b[1])}</i>" for b in art["blocks"]) + "</div></div>"
               f'<aside><span class="story-tags"><span class="tag-bar none">' + " ".join(f'<a class="topic" href="#">{p.X(t)}</a>' for t in art["tags"]) + "</span></span></aside>"
               f'<footer><div class="comment-bubble"><a href="#">{p.X(str(n_total))}</a></div></footer></article>')
    out.append(f'<section class="related-links"><h4>{p.X("Related Links")}</h4><ul>' + "".join(f'<li><a href="#">{p.X(t)}</a></li>' for t in site["related"]) + "</ul></section>")
    out.append(f'<div id="commentwrap"><div class="commentBox"><div class="commentBoxForm"><div class="d2head">'
               f'<span class="totalcommentcnt">{p.X(str(n_total))}</span> <span>{p.X("comments")}</span> '
               f'<span class="loadall"><a href="#">{p.X("Load All Comments")}</a></span></div>'
               f'<div class="filters">{p.X("Filter:")} ' + " ".join(f'<a href="#">{p.X(x)}</a>' for x in ["All", "Insightful", "Informative", "Interesting", "Funny"]) + "</div>"
               f'<div class="fineprint"><b>{p.X("The Fine Print:")}</b> {p.X("The following comments are owned by whoever posted them. We are not responsible for them in any way.")}</div></div></div>')
    out.append('<ul id="commentlisting" class="d2">' + "".join(one(nd, 0, None) for nd in art["comments"]) + "</ul>")
    if v.get("hidden"):
        out.append(f'<div id="d2_more"><a href="#">{p.X("Load More Comments")}</a></div>')
    out.append("</div>")
    out.append(f'<div id="fortune"><p>{p.X(site["fortune"])}</p></div>'
               f'<footer id="slashdot_footer"><nav>' + " ".join(f'<a href="#">{p.X(x)}</a>' for x in ["FAQ", "Story Archive", "Hall of Fame", "Advertising", "Terms", "Privacy Statement", "About", "Feedback"])
               + f'</nav><p class="copyright">{p.X(f"Copyright © {now.year} Slashdot Media. All Rights Reserved.")}</p></footer></body></html>')
    return "\n".join(out)


def _walk(nodes):
    for n in nodes:
        yield n
        yield from _walk(n["children"])


PAGES = {"phpbb3": phpbb3_page, "vb4": vb4_page,
         "discourse": discourse_page, "xenforo": xenforo_page, "slashdot": slashdot_page}
