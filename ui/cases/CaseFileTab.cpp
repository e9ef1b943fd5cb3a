#include "CaseFileTabs.h"
#include "widgets/Tone.h"

#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>

namespace baken::ui {

CaseFileTab::CaseFileTab(CaseContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_message(new QLabel(this))
{
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    setTone(m_message, Tone::Problem);
    m_message->setAccessibleName(tr("Message"));
    m_message->hide();
}

void CaseFileTab::setCase(qint64 caseId)
{
    m_caseId = caseId;
    showMessage({});
    refresh();
}

void CaseFileTab::showMessage(const QString &message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

QTreeWidget *CaseFileTab::makeList(const QString &accessibleName, const QStringList &headers)
{
    auto *list = new QTreeWidget(this);
    list->setAccessibleName(accessibleName);
    list->setHeaderLabels(headers);
    list->setRootIsDecorated(false);
    list->setAlternatingRowColors(true);
    list->setUniformRowHeights(true);
    list->header()->setStretchLastSection(true);
    return list;
}

QLabel *buddyLabel(const QString &text, QWidget *field)
{
    auto *label = new QLabel(text, field->parentWidget());
    label->setBuddy(field);
    if (field->accessibleName().isEmpty()) {
        QString name = text;
        field->setAccessibleName(name.remove(u'&').remove(u':'));
    }
    return label;
}

std::optional<int> parseMinutes(const QString &text)
{
    const QString t = text.trimmed();
    bool ok = false;
    if (const int colon = static_cast<int>(t.indexOf(u':')); colon >= 0) {
        const int hours = t.left(colon).toInt(&ok);
        if (!ok || hours < 0)
            return std::nullopt;
        const int minutes = t.mid(colon + 1).toInt(&ok);
        if (!ok || minutes < 0 || minutes > 59)
            return std::nullopt;
        return hours * 60 + minutes;
    }
    if (const int minutes = t.toInt(&ok); ok)
        return minutes >= 0 ? std::optional<int>(minutes) : std::nullopt;
    QString decimal = t;
    decimal.replace(u',', u'.');
    if (decimal.endsWith(u'h'))
        decimal.chop(1);
    const double hours = decimal.trimmed().toDouble(&ok);
    if (!ok || hours < 0)
        return std::nullopt;
    return static_cast<int>(hours * 60 + 0.5);
}

QString formatMinutes(int minutes)
{
    return QStringLiteral("%1:%2").arg(minutes / 60).arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

} // namespace baken::ui
