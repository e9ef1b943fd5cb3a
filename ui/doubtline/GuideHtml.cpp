#include "GuideHtml.h"

namespace baken::ui {

namespace {

QString pick(const baken::GuideText &text, const QString &language)
{
    const QString wanted = text.in(language).trimmed();
    return wanted.isEmpty() ? text.in(language == u"en" ? QStringLiteral("nl") : QStringLiteral("en")).trimmed()
                            : wanted;
}

QString paragraph(const QString &text)
{
    return text.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>"));
}

} // namespace

QString GuideHtml::html(const GuideEntry &entry, const QString &bodyName, const QString &language)
{
    QString out = u"<h3>" + bodyName.toHtmlEscaped() + u"</h3>";
    const std::pair<QString, QString> sections[] = {
        {tr("What it does"), pick(entry.what, language)},
        {tr("When to go there"), pick(entry.when, language)},
        {tr("What happens next"), pick(entry.next, language)},
    };
    bool any = false;
    for (const auto &[heading, text] : sections) {
        if (text.isEmpty())
            continue;
        any = true;
        out += u"<p><b>" + heading.toHtmlEscaped() + u"</b><br>" + paragraph(text) + u"</p>";
    }
    QString anonymous = label(entry.anonymous);
    if (const QString note = pick(entry.anonymousNote, language); !note.isEmpty())
        anonymous = tr("%1 – %2").arg(anonymous, note);
    out += u"<p><b>" + tr("Anonymous reports").toHtmlEscaped() + u"</b><br>" + paragraph(anonymous) + u"</p>";
    if (!entry.contact.trimmed().isEmpty()) {
        any = true;
        out += u"<p><b>" + tr("Contact").toHtmlEscaped() + u"</b><br>" + paragraph(entry.contact.trimmed()) + u"</p>";
    }
    if (!any)
        out += u"<p><i>"
               + tr("There is no guide text for this body yet. Add it with “Edit the guide…”.").toHtmlEscaped()
               + u"</i></p>";
    return out;
}

QString GuideHtml::hint()
{
    return u"<p><i>"
           + tr("Choose a body under “Referred to” to see what it does, when to go there, what happens next and "
                "whether it accepts anonymous reports.")
                 .toHtmlEscaped()
           + u"</i></p>";
}

} // namespace baken::ui
