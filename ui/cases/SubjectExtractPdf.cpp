#include "SubjectExtractPdf.h"

#include "interchange/SubjectExtract.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QIODevice>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

#include <utility>

namespace baken::ui {

namespace {

// The translation context of these texts (lupdate needs a class).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(baken::ui::SubjectExtractPdf)
};

using Field = std::pair<QString, QString>;

QString escaped(const QString &value)
{
    return value.toHtmlEscaped().replace(u'\n', QStringLiteral("<br/>"));
}

QString longDate(const QDate &date)
{
    return date.isValid() ? QLocale().toString(date, QStringLiteral("d MMMM yyyy")) : QString();
}

// Short month names, so a date and time fit one line of a table cell.
QString dateTime(const QDateTime &at)
{
    return at.isValid() ? QLocale().toString(at.toLocalTime(), QStringLiteral("d MMM yyyy, HH:mm")) : QString();
}

QString yesNo(bool value)
{
    return value ? Text::tr("Yes") : Text::tr("No");
}

// Builds the HTML; every value goes through escaped() here and nowhere else.
class Html final {
public:
    // The spacer keeps headings clear of a table above them, where
    // QTextDocument ignores the heading's top margin.
    void heading(const QString &title) { m_html += u"<p class=\"gap\">&#160;</p><h2>" + escaped(title) + u"</h2>"; }

    void paragraph(const QString &text, const QString &cssClass = {})
    {
        const QString open = cssClass.isEmpty() ? u"<p>"_qs : QString(u"<p class=\"" + cssClass + u"\">");
        m_html += open + escaped(text) + u"</p>";
    }

    // A two-column list of labels and values; empty values are left out.
    void fields(const QList<Field> &fields)
    {
        m_html += u"<table class=\"fields\" width=\"100%\" cellspacing=\"0\" cellpadding=\"3\">"_qs;
        for (const auto &[label, value] : fields)
            if (!value.trimmed().isEmpty())
                m_html += u"<tr><td class=\"label\" width=\"30%\">" + escaped(label) + u"</td><td>" + escaped(value)
                          + u"</td></tr>";
        m_html += u"</table>"_qs;
    }

    // A table with a header row that repeats on every page it spans.
    void table(const QStringList &headers, const QList<int> &widths, const QList<QStringList> &rows)
    {
        if (rows.isEmpty())
            return paragraph(Text::tr("None."), QStringLiteral("none"));
        m_html += u"<table class=\"list\" width=\"100%\" cellspacing=\"0\" cellpadding=\"4\"><thead><tr>"_qs;
        for (qsizetype i = 0; i < headers.size(); ++i)
            m_html += u"<th width=\"" + QString::number(widths.value(i)) + u"%\">" + escaped(headers.at(i)) + u"</th>";
        m_html += u"</tr></thead>"_qs;
        for (const QStringList &row : rows) {
            m_html += u"<tr>"_qs;
            for (const QString &cell : row)
                m_html += u"<td>" + escaped(cell) + u"</td>";
            m_html += u"</tr>"_qs;
        }
        m_html += u"</table>"_qs;
    }

    void raw(const QString &trustedMarkup) { m_html += trustedMarkup; }
    const QString &html() const { return m_html; }

private:
    QString m_html;
};

QString styleSheet()
{
    return QStringLiteral("p.title { font-size: 16pt; font-weight: bold; color: #1f3b4d; margin-bottom: 2px; }"
                          "h2 { font-size: 12.5pt; color: #1f3b4d; margin-top: 0px; margin-bottom: 5px; }"
                          "p.gap { font-size: 6pt; margin: 0px; }"
                          "p.meta { color: #5c5c5c; margin-top: 0px; }"
                          "p.none { color: #5c5c5c; font-style: italic; }"
                          "td.explanation { background-color: #f3f0e8; }"
                          "td.label { color: #4a4a4a; }"
                          "table.list { border-collapse: collapse; border: 1px solid #c9c3b6; margin-bottom: 4px; }"
                          "table.list th { background-color: #e8e4da; text-align: left; border: 1px solid #c9c3b6; }"
                          "table.list td { border: 1px solid #c9c3b6; }");
}

QString html(const SubjectExtract &x)
{
    Html out;
    out.paragraph(x.title, QStringLiteral("title"));
    out.paragraph(x.caseNumber.isEmpty() ? Text::tr("Made on %1").arg(dateTime(x.createdAt))
                                         : Text::tr("Case %1 · made on %2").arg(x.caseNumber, dateTime(x.createdAt)),
                  QStringLiteral("meta"));
    out.raw(u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"8\"><tr><td class=\"explanation\">"
            + escaped(x.explanation) + u"</td></tr></table>");

    out.heading(Text::tr("About you"));
    out.fields({{Text::tr("Recorded as"), x.identity},
                {Text::tr("Pseudonym"), x.pseudonym},
                {Text::tr("Name"), x.name},
                {Text::tr("Contact details"), x.contactDetails},
                {Text::tr("Role"), x.role},
                {Text::tr("Department"), x.unit},
                {Text::tr("Bystander"),
                 x.bystander ? Text::tr("Yes, you reported what happened to someone else") : QString()}});

    out.heading(Text::tr("Your report"));
    QString when = longDate(x.incidentDate);
    if (x.incidentUntil.isValid())
        when = Text::tr("%1 to %2").arg(when, longDate(x.incidentUntil));
    out.fields({{Text::tr("Case number"), x.caseNumber},
                {Text::tr("Kind"), x.caseType},
                {Text::tr("Intake date"), longDate(x.intakeDate)},
                {Text::tr("Reported via"), x.channel},
                {Text::tr("When it happened"), when},
                {Text::tr("How often"), x.frequency},
                {Text::tr("What happened"), x.whatHappened},
                {Text::tr("Impact on you"), x.impact},
                {Text::tr("What you would like to happen"), x.desiredOutcome},
                {Text::tr("Grounds"), x.grounds.join(QStringLiteral(", "))},
                {Text::tr("Forms of behaviour"), x.forms.join(QStringLiteral(", "))}});

    out.heading(Text::tr("Your consents"));
    QList<QStringList> rows;
    for (const auto &c : x.consents)
        rows << QStringList{c.subject, yesNo(c.given), longDate(c.date), c.body};
    out.table({Text::tr("Consent"), Text::tr("Given"), Text::tr("Date"), Text::tr("With")}, {44, 12, 20, 24}, rows);

    out.heading(Text::tr("Contacts"));
    rows.clear();
    for (const auto &c : x.contacts)
        rows << QStringList{dateTime(c.at), c.channel, c.note};
    out.table({Text::tr("When"), Text::tr("How"), Text::tr("Note")}, {22, 17, 61}, rows);

    out.heading(Text::tr("Referrals"));
    rows.clear();
    for (const auto &r : x.referrals)
        rows << QStringList{r.body, longDate(r.date), yesNo(r.sharedData)};
    out.table({Text::tr("Referred to"), Text::tr("Date"), Text::tr("Your details passed on")}, {46, 24, 30}, rows);

    out.heading(Text::tr("Agreements and deadlines"));
    rows.clear();
    for (const auto &f : x.followUps)
        rows << QStringList{f.title, f.kind, longDate(f.due),
                            f.doneAt.isValid() ? dateTime(f.doneAt) : Text::tr("Open")};
    out.table({Text::tr("What"), Text::tr("Kind"), Text::tr("Due"), Text::tr("Done")}, {37, 16, 23, 24}, rows);

    out.heading(Text::tr("Status"));
    out.fields({{Text::tr("Current status"), x.status},
                {Text::tr("Outcome"), x.outcome},
                {Text::tr("Closed on"), longDate(x.closedDate)},
                {Text::tr("To be destroyed on"), longDate(x.destructionDate)}});
    out.raw(u"<p class=\"gap\">&#160;</p>"_qs);
    rows.clear();
    for (const auto &s : x.statusHistory)
        rows << QStringList{dateTime(s.at), s.status};
    out.table({Text::tr("Since"), Text::tr("Status")}, {30, 70}, rows);
    return out.html();
}

} // namespace

Status writeSubjectExtractPdf(const SubjectExtract &extract, QIODevice &out)
{
    const auto failed = [&out] {
        return Error{ErrorCode::Io, Text::tr("The PDF could not be written: %1").arg(out.errorString())};
    };
    QPdfWriter writer(&out);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(20, 18, 20, 14), QPageLayout::Millimeter);
    writer.setResolution(300);
    writer.setTitle(extract.title);
    writer.setCreator(QStringLiteral("Baken"));

    QTextDocument document;
    document.documentLayout()->setPaintDevice(&writer);
    document.setDocumentMargin(0);
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setStyleHint(QFont::SansSerif);
    font.setPointSizeF(9.5);
    document.setDefaultFont(font);
    document.setDefaultStyleSheet(styleSheet());
    document.setHtml(html(extract));

    // The body leaves room at the bottom of each page for a footer line.
    QFont footerFont = font;
    footerFont.setPointSizeF(7.5);
    const QFontMetricsF footerMetrics(footerFont, &writer);
    const QRectF page(QPointF(0, 0), QSizeF(writer.width(), writer.height()));
    const QSizeF body(page.width(), page.height() - 2.5 * footerMetrics.height());
    document.setPageSize(body);
    const int pages = document.pageCount();
    const QString footer =
        extract.caseNumber.isEmpty()
            ? Text::tr("Data-subject extract · confidential: contains personal data")
            : Text::tr("Data-subject extract, case %1 · confidential: contains personal data").arg(extract.caseNumber);

    QPainter painter;
    if (!painter.begin(&writer))
        return failed();
    for (int index = 0; index < pages; ++index) {
        if (index > 0 && !writer.newPage())
            return failed();
        painter.save();
        const QRectF view(0, index * body.height(), body.width(), body.height());
        painter.translate(0, -view.top());
        painter.setClipRect(view);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = view;
        document.documentLayout()->draw(&painter, context);
        painter.restore();

        painter.setFont(footerFont);
        painter.setPen(QColor(0x5c, 0x5c, 0x5c));
        const QRectF line(0, page.height() - footerMetrics.height(), page.width(), footerMetrics.height());
        painter.drawText(line, Qt::AlignLeft | Qt::AlignVCenter, footer);
        painter.drawText(line, Qt::AlignRight | Qt::AlignVCenter, Text::tr("Page %1 of %2").arg(index + 1).arg(pages));
    }
    if (!painter.end())
        return failed();
    return {};
}

} // namespace baken::ui
