"""Page chrome for tests/pages2: news, blog and "loud" (disinformation-style)
sites in English, German, French, Spanish and Russian, the article body
(with the hard-negative blocks: embedded tweets, reader letters, event
listings, transcripts, recipe cards) and small date / i18n helpers.

Every visible word goes through p.X / p.B / p.T / p.CAP / p.C (see
tests/pages/engine.py).  The comment widget is rendered by a function from
widgets.py and dropped into the page where the site puts it.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "pages"))

import templates as tp1  # noqa: E402  (tests/pages/templates.py: shared helpers)
from templates import MONTHS, Clock, d_isoz, d_long, h12, head, links, rel, slug  # noqa: E402,F401

# ----------------------------------------------------------------------------
# i18n
# ----------------------------------------------------------------------------
UI = {
    "en": dict(by="By", published="Published", updated="Updated", share="Share", tags="Topics:",
               more_from="More from {sec}", most_read="Most read", rights="All rights reserved.",
               subscribe="Subscribe", signin="Sign in", search="Search", email="Email", copy="Copy link",
               comments_link="{n} comments", advert="Advertisement", read_more="Read more:"),
    "de": dict(by="Von", published="Veröffentlicht am", updated="Aktualisiert am", share="Teilen", tags="Themen:",
               more_from="Mehr aus {sec}", most_read="Meistgelesen", rights="Alle Rechte vorbehalten.",
               subscribe="Abonnieren", signin="Anmelden", search="Suche", email="E-Mail", copy="Link kopieren",
               comments_link="{n} Kommentare", advert="Anzeige", read_more="Lesen Sie auch:"),
    "fr": dict(by="Par", published="Publié le", updated="Mis à jour le", share="Partager", tags="Sujets :",
               more_from="Plus dans {sec}", most_read="Les plus lus", rights="Tous droits réservés.",
               subscribe="S'abonner", signin="Se connecter", search="Rechercher", email="E-mail", copy="Copier le lien",
               comments_link="{n} contributions", advert="Publicité", read_more="Lire aussi :"),
    "es": dict(by="Por", published="Publicado el", updated="Actualizado el", share="Compartir", tags="Temas:",
               more_from="Más de {sec}", most_read="Lo más leído", rights="Todos los derechos reservados.",
               subscribe="Suscríbete", signin="Iniciar sesión", search="Buscar", email="Correo", copy="Copiar enlace",
               comments_link="{n} comentarios", advert="Publicidad", read_more="Te puede interesar:"),
    "ru": dict(by="Автор:", published="Опубликовано", updated="Обновлено", share="Поделиться", tags="Теги:",
               more_from="Ещё в разделе «{sec}»", most_read="Самое читаемое", rights="Все права защищены.",
               subscribe="Подписаться", signin="Войти", search="Поиск", email="Почта", copy="Скопировать ссылку",
               comments_link="{n} комментариев", advert="Реклама", read_more="Читайте также:"),
}

MON = {
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
    "ru": ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"],
}
RU_MON_SHORT = ["янв", "фев", "мар", "апр", "мая", "июн", "июл", "авг", "сен", "окт", "ноя", "дек"]


def ru_plural(n, one, few, many):
    if n % 10 == 1 and n % 100 != 11:
        return one
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return few
    return many


def d_article(d, lang):
    h, ap = h12(d)
    if lang == "en":
        return f"{MONTHS[d.month-1]} {d.day}, {d.year} {h}:{d.minute:02d} {ap}"
    if lang == "de":
        return f"{d.day}. {MON['de'][d.month-1]} {d.year}, {d.hour}:{d.minute:02d} Uhr"
    if lang == "fr":
        return f"{d.day} {MON['fr'][d.month-1]} {d.year} à {d.hour}h{d.minute:02d}"
    if lang == "es":
        return f"{d.day} de {MON['es'][d.month-1]} de {d.year} - {d.hour:02d}:{d.minute:02d}"
    if lang == "ru":
        return f"{d.day} {MON['ru'][d.month-1]} {d.year}, {d.hour:02d}:{d.minute:02d}"
    raise ValueError(lang)


def rel_i18n(now, d, lang, short=False):
    """Relative time in the site language: 3 hours ago / vor 3 Stunden /
    il y a 3 heures / hace 3 horas / 3 часа назад."""
    if lang == "en":
        return rel(now, d, short)
    s = (now - d).total_seconds()
    units = [("y", 365 * 86400), ("mo", 30 * 86400), ("w", 7 * 86400), ("d", 86400), ("h", 3600), ("m", 60)]
    for u, sec in units:
        n = int(s // sec)
        if n >= 1:
            break
    else:
        u, n = "m", 1
    if lang == "de":
        w = {"y": ("Jahr", "Jahren"), "mo": ("Monat", "Monaten"), "w": ("Woche", "Wochen"), "d": ("Tag", "Tagen"),
             "h": ("Stunde", "Stunden"), "m": ("Minute", "Minuten")}[u]
        return f"vor {n} {w[0] if n == 1 else w[1]}"
    if lang == "fr":
        w = {"y": ("an", "ans"), "mo": ("mois", "mois"), "w": ("semaine", "semaines"), "d": ("jour", "jours"),
             "h": ("heure", "heures"), "m": ("minute", "minutes")}[u]
        return f"il y a {n} {w[0] if n == 1 else w[1]}"
    if lang == "es":
        w = {"y": ("año", "años"), "mo": ("mes", "meses"), "w": ("semana", "semanas"), "d": ("día", "días"),
             "h": ("hora", "horas"), "m": ("minuto", "minutos")}[u]
        return f"hace {n} {w[0] if n == 1 else w[1]}"
    if lang == "ru":
        w = {"y": ("год", "года", "лет"), "mo": ("месяц", "месяца", "месяцев"), "w": ("неделю", "недели", "недель"),
             "d": ("день", "дня", "дней"), "h": ("час", "часа", "часов"), "m": ("минуту", "минуты", "минут")}[u]
        return f"{n} {ru_plural(n, *w)} назад"
    raise ValueError(lang)


def count_comments(art):
    n = 0
    stack = list(art["comments"])
    while stack:
        x = stack.pop()
        n += 1
        stack.extend(x["children"])
    return n


# ----------------------------------------------------------------------------
# article body
# ----------------------------------------------------------------------------
def body_blocks(p, art, site, v):
    lang = site.get("lang", "en")
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
            out.append(tp1.figure(p, b[1], b[2], v.get("fig", "news"), site["domain"]))
        elif k == "rel":
            out.append(f'<p class="inline-related"><strong>{p.X(UI[lang]["read_more"])}</strong> '
                       f'<a href="https://{site["domain"]}/{slug(b[1])}/">{p.X(b[1])}</a></p>')
        elif k == "qa":
            out.append(f"<p><strong>{p.B(b[1])}</strong></p>\n<p>{p.B(b[2])}</p>")
        elif k == "spk":
            out.append(f"<p><strong>{p.B(b[1] + ':')}</strong> {p.B(b[2])}</p>")
        elif k == "tw":
            text, name, handle, date = b[1], b[2], b[3], b[4]
            out.append(f'<blockquote class="twitter-tweet" data-dnt="true"><p lang="{lang}" dir="ltr">{p.B(text)}</p>'
                       f'&mdash; {p.B(f"{name} ({handle})")} <a href="https://twitter.com/{handle.lstrip("@")}/status/'
                       f'{p.rng.randint(10**17, 10**18)}?ref_src=twsrc%5Etfw">{p.B(date)}</a></blockquote>\n'
                       f'<script async src="https://platform.twitter.com/widgets.js" charset="utf-8"></script>')
        elif k == "let":
            paras, sig = b[1], b[2]
            out.append('<blockquote class="reader-letter">' + "".join(f"<p>{p.B(x)}</p>" for x in paras) +
                       (f'<p class="letter-signature"><em>{p.B(sig)}</em></p>' if sig else "") + "</blockquote>")
        elif k == "ev":
            items = []
            for e in b[1]:
                when, what, where = e[0], e[1], e[2]
                note = e[3] if len(e) > 3 else ""
                items.append(f'<div class="event-item"><p class="event-when"><strong>{p.B(when)}</strong></p>'
                             f'<h3 class="event-title">{p.B(what)}</h3><p class="event-venue">{p.B(where)}</p>'
                             + (f'<p class="event-note">{p.B(note)}</p>' if note else "") + "</div>")
            out.append('<div class="event-list">' + "\n".join(items) + "</div>")
        elif k == "rc":
            facts = "".join(f'<div class="wprm-recipe-time-container"><span class="wprm-recipe-details-label">{p.B(a)}</span> '
                            f'<span class="wprm-recipe-details">{p.B(val)}</span></div>' for a, val in b[1])
            votes = p.rng.randint(9, 140)
            score = p.rng.choice(["4.6", "4.8", "4.9", "5"])
            out.append(f'<div id="recipe-card" class="wprm-recipe-container"><div class="wprm-recipe">'
                       f'<h2 class="wprm-recipe-name">{p.T(art["title"])}</h2>'
                       f'<div class="wprm-recipe-rating"><span class="stars">★★★★★</span> '
                       f'{p.X(f"{score} from {votes} votes")}</div>'
                       f'<div class="wprm-recipe-buttons"><a href="#" class="wprm-recipe-print">{p.X("Print Recipe")}</a> '
                       f'<a href="#" class="wprm-recipe-pin">{p.X("Pin Recipe")}</a> <a href="#" class="wprm-recipe-rate">{p.X("Rate Recipe")}</a></div>'
                       f'<div class="wprm-recipe-times-container">{facts}</div>')
        elif k == "ing":
            out.append(f'<div class="wprm-recipe-ingredients-container"><h3 class="wprm-recipe-header">{p.B("Ingredients")}</h3>'
                       '<ul class="wprm-recipe-ingredients">' + "".join(
                           f'<li class="wprm-recipe-ingredient">{p.B(x)}</li>' for x in b[1]) + "</ul></div>")
        elif k == "step":
            out.append(f'<div class="wprm-recipe-instructions-container"><h3 class="wprm-recipe-header">{p.B("Instructions")}</h3>'
                       '<ol class="wprm-recipe-instructions">' + "".join(
                           f'<li class="wprm-recipe-instruction"><div class="wprm-recipe-instruction-text">{p.B(x)}</div></li>'
                           for x in b[1]) + "</ol></div></div></div>")
        else:
            raise ValueError(k)
    return "\n".join(out)


# ----------------------------------------------------------------------------
# page chrome
# ----------------------------------------------------------------------------
def share_row(p, lang, ncom=None, cls="share-tools"):
    u = UI[lang]
    cnt = ""
    if ncom is not None:
        cnt = f' <a href="#comments" class="comment-count">{p.X("💬 " + u["comments_link"].format(n=ncom))}</a>'
    return (f'<div class="{cls}"><span class="share-label">{p.X(u["share"])}</span> '
            f'<a href="#" class="s-fb">{p.X("Facebook")}</a> <a href="#" class="s-tw">{p.X("Twitter")}</a> '
            f'<a href="#" class="s-mail">{p.X(u["email"])}</a> <a href="#" class="s-copy">{p.X(u["copy"])}</a>{cnt}</div>')


def cookie(p, lang):
    txt = {
        "en": ("We and our partners use cookies to personalise content and ads, and to analyse traffic.", "Accept", "Manage settings"),
        "de": ("Wir und unsere Partner verwenden Cookies, um Inhalte und Anzeigen zu personalisieren und Zugriffe zu analysieren.", "Akzeptieren", "Einstellungen"),
        "fr": ("Nous et nos partenaires utilisons des cookies pour personnaliser le contenu et les publicités et analyser le trafic.", "Accepter", "Paramétrer"),
        "es": ("Utilizamos cookies propias y de terceros para personalizar contenidos y anuncios y analizar el tráfico.", "Aceptar", "Configurar"),
        "ru": ("Мы используем файлы cookie, чтобы сайт работал лучше. Продолжая пользоваться сайтом, вы соглашаетесь с этим.", "Хорошо", "Подробнее"),
    }[lang]
    return (f'<div class="cookie-consent" role="dialog"><p>{p.X(txt[0])}</p>'
            f'<button class="cc-accept">{p.X(txt[1])}</button> <button class="cc-settings">{p.X(txt[2])}</button></div>')


def news_page(p, art, site, v, widget):
    """A news site: masthead, nav, kicker, headline, dek, byline, share row,
    body, topics, "More from", comment widget, "Most read", footer."""
    lang = site.get("lang", "en")
    u = UI[lang]
    pub, now = v["pub"], v["now"]
    ncom = count_comments(art) + v.get("hidden", 0)
    parts = [head(art["title"], site["name"]).replace('lang="en"', f'lang="{lang}"')]
    parts.append('<body class="article-page">')
    if v.get("cookie"):
        parts.append(cookie(p, lang))
    parts.append(f'<header class="masthead"><div class="topbar"><a href="/subscribe" class="btn-sub">{p.X(u["subscribe"])}</a> '
                 f'<a href="/login" class="btn-login">{p.X(u["signin"])}</a> <a href="/search">{p.X(u["search"])}</a></div>'
                 f'<div class="logo"><a href="/">{p.X(site["name"])}</a></div>')
    if site.get("tagline"):
        parts.append(f'<div class="tagline">{p.X(site["tagline"])}</div>')
    parts.append(f'<nav class="main-nav">{links(p, site["menu"])}</nav></header>')
    if site.get("ticker"):
        parts.append(f'<div class="ticker"><strong>{p.X(site["ticker"][0])}</strong> <a href="#">{p.X(site["ticker"][1])}</a></div>')
    parts.append('<main id="content"><article class="article">')
    parts.append(f'<div class="kicker"><a href="/{slug(site["section"])}/">{p.X(site["section"])}</a></div>')
    parts.append(f'<h1 class="headline">{p.T(art["title"])}</h1>')
    if art["standfirst"]:
        parts.append(f'<p class="dek">{p.B(art["standfirst"])}</p>')
    author = art["author"] or site.get("author", "Staff")
    by = f'{u["by"]} {author}'
    parts.append(f'<div class="byline"><span class="author">{p.X(by)}</span> '
                 f'<time datetime="{d_isoz(pub)}">{p.X(u["published"] + " " + d_article(pub, lang))}</time>')
    if v.get("updated"):
        up = pub + (now - pub) / 9
        parts.append(f' <time class="updated">{p.X(u["updated"] + " " + d_article(up, lang))}</time>')
    parts.append("</div>")
    parts.append(share_row(p, lang, ncom if v.get("count_in_share", True) and ncom else None))
    if v.get("lead_fig"):
        cap, credit = v["lead_fig"]
        parts.append(tp1.figure(p, cap, credit, "news", site["domain"]))
    parts.append('<div class="article-body">')
    parts.append(body_blocks(p, art, site, v))
    parts.append("</div>")
    if v.get("endnote"):
        parts.append(f'<p class="endnote"><em>{p.X(v["endnote"])}</em></p>')
    if art["tags"]:
        parts.append(f'<div class="topics"><span>{p.X(u["tags"])}</span> ' +
                     " ".join(f'<a href="#" rel="tag">{p.X(t)}</a>' for t in art["tags"]) + "</div>")
    parts.append(share_row(p, lang, None, cls="share-tools bottom"))
    parts.append("</article>")
    if site.get("related") and not v.get("related_after"):
        parts.append(f'<aside class="more-from"><h3>{p.X(u["more_from"].format(sec=site["section"]))}</h3>{links(p, site["related"], cls="")}</aside>')
    parts.append(f'<section id="comments" class="comments-section">{widget(p, art, site, v)}</section>')
    if site.get("related") and v.get("related_after"):
        parts.append(f'<aside class="more-from"><h3>{p.X(u["more_from"].format(sec=site["section"]))}</h3>{links(p, site["related"], cls="")}</aside>')
    if site.get("most_read"):
        parts.append(f'<aside class="most-read"><h3>{p.X(u["most_read"])}</h3><ol>' +
                     "".join(f'<li><a href="#">{p.X(t)}</a></li>' for t in site["most_read"]) + "</ol></aside>")
    parts.append("</main>")
    year = now.year
    copyright = f"© {year} {site['name']}. {u['rights']}"
    parts.append(f'<footer class="site-footer">{links(p, site["foot"], cls="footer-links")}'
                 f'<p class="copyright">{p.X(copyright)}</p></footer>')
    parts.append("</body></html>")
    return "\n".join(parts)


def blog_page(p, art, site, v, widget):
    """A personal / small-team blog: title, "Posted by … on …", body, labels,
    comment widget, sidebar (about, popular posts, archive), footer."""
    lang = site.get("lang", "en")
    pub = v["pub"]
    parts = [head(art["title"], site["name"]).replace('lang="en"', f'lang="{lang}"')]
    parts.append('<body class="single-post">')
    parts.append(f'<div id="header"><h1 class="blog-title"><a href="/">{p.X(site["name"])}</a></h1>'
                 f'<p class="description">{p.X(site["tagline"])}</p>{links(p, site["menu"], cls="nav")}</div>')
    parts.append('<div id="main"><div class="post">')
    parts.append(f'<h2 class="post-title">{p.T(art["title"])}</h2>')
    author = art["author"] or site.get("author", "admin")
    posted = v.get("posted_fmt", "Posted by {a} on {d}").format(a=author, d=d_long(pub) if lang == "en" else d_article(pub, lang))
    parts.append(f'<div class="post-meta">{p.X(posted)}</div>')
    if art["standfirst"]:
        parts.append(f'<p class="intro"><strong>{p.B(art["standfirst"])}</strong></p>')
    parts.append('<div class="post-body entry">')
    parts.append(body_blocks(p, art, site, dict(v, fig=v.get("fig", "figure"))))
    parts.append("</div>")
    if art["tags"]:
        parts.append(f'<div class="post-labels">{p.X(v.get("labels_word", "Labels:"))} ' +
                     ", ".join(f'<a href="#" rel="tag">{p.X(t)}</a>' for t in art["tags"]) + "</div>")
    if v.get("share_blog", True):
        parts.append(share_row(p, lang))
    parts.append("</div>")
    parts.append(f'<div id="comments-area">{widget(p, art, site, v)}</div>')
    parts.append("</div>")
    side = []
    if site.get("about"):
        side.append(f'<div class="widget about"><h3>{p.X(v.get("about_title", "About"))}</h3><p>{p.X(site["about"])}</p></div>')
    if site.get("popular"):
        side.append(f'<div class="widget popular"><h3>{p.X(v.get("popular_title", "Popular Posts"))}</h3>{links(p, site["popular"], cls="")}</div>')
    if site.get("archive"):
        side.append(f'<div class="widget archive"><h3>{p.X(v.get("archive_title", "Blog Archive"))}</h3>{links(p, site["archive"], cls="")}</div>')
    parts.append('<div id="sidebar">' + "\n".join(side) + "</div>")
    parts.append(f'<div id="footer"><p>{p.X(site["footer"])}</p></div>')
    parts.append("</body></html>")
    return "\n".join(parts)


def loud_page(p, art, site, v, widget):
    """Disinformation-style blog: shouting banners, donate boxes, "share
    before it gets deleted", Telegram links, a long angry article."""
    lang = site.get("lang", "en")
    pub = v["pub"]
    ui = site["loud"]
    parts = [head(art["title"], site["name"]).replace('lang="en"', f'lang="{lang}"')]
    parts.append('<body class="single">')
    parts.append(f'<div class="alert-bar"><marquee>{p.X(ui["banner"])}</marquee></div>')
    parts.append(f'<div id="header"><a href="/" class="logo">{p.X(site["name"])}</a> <span class="slogan">{p.X(site["tagline"])}</span></div>')
    parts.append(f'<div id="nav">{links(p, site["menu"], cls="nav")}</div>')
    parts.append(f'<div class="donate-box top"><a href="/donate"><strong>{p.X(ui["donate"])}</strong></a> {p.X(ui["donate_text"])}</div>')
    parts.append('<div id="content"><div class="post">')
    parts.append(f'<h1 class="entry-title">{p.T(art["title"])}</h1>')
    author = art["author"] or "Editor"
    parts.append(f'<div class="meta">{p.X(ui["posted"].format(a=author, d=d_long(pub) if lang == "en" else d_article(pub, lang)))}</div>')
    parts.append(f'<div class="share-warning"><strong>{p.X(ui["share_warn"])}</strong> <a href="#">{p.X("Facebook")}</a> <a href="#">{p.X("Telegram")}</a> <a href="#">{p.X(ui["email"])}</a></div>')
    if art["standfirst"]:
        parts.append(f'<p class="lead"><strong>{p.B(art["standfirst"])}</strong></p>')
    parts.append('<div class="entry">')
    parts.append(body_blocks(p, art, site, dict(v, fig="plain")))
    parts.append("</div>")
    parts.append(f'<div class="telegram-box"><p>{p.X(ui["telegram"])}</p></div>')
    parts.append(f'<div class="disclaimer"><small>{p.X(ui["disclaimer"])}</small></div>')
    if art["tags"]:
        parts.append(f'<div class="tags">{p.X(ui["tags"])} ' + ", ".join(f'<a href="#">{p.X(t)}</a>' for t in art["tags"]) + "</div>")
    parts.append("</div>")
    parts.append(f'<div id="comments">{widget(p, art, site, v)}</div>')
    parts.append("</div>")
    parts.append(f'<div id="sidebar"><div class="widget"><h3>{p.X(ui["hot"])}</h3>{links(p, site["popular"], cls="")}</div>'
                 f'<div class="donate-box side"><p>{p.X(ui["donate_side"])}</p><a href="/donate">{p.X(ui["donate"])}</a></div></div>')
    parts.append(f'<div id="footer"><p>{p.X(site["footer"])}</p></div>')
    parts.append("</body></html>")
    return "\n".join(parts)


CHROMES = {"news": news_page, "blog": blog_page, "loud": loud_page}
