#include "ConsultationListModel.h"

#include "DoubtLineContext.h"
#include "widgets/Tone.h"

#include <QBrush>
#include <QLocale>

namespace baken::ui {

ConsultationListModel::ConsultationListModel(DoubtLineContext &context, QObject *parent)
    : QAbstractTableModel(parent)
    , m_context(context)
    , m_day(QDate::currentDate())
{}

void ConsultationListModel::setDay(const QDate &day)
{
    m_day = day;
    reload();
}

void ConsultationListModel::setSearchText(const QString &text)
{
    m_search = text.trimmed();
    reload();
}

void ConsultationListModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_error.clear();
    m_total = 0;
    if (isSearching()) {
        // The count first: the page reads the hits it kept (ConsultationSearch).
        auto total = m_context.search().count(m_search);
        auto rows = m_context.search().page(m_search, 0, PageSize);
        if (total && rows) {
            m_total = *total;
            m_rows = *rows;
        } else {
            m_error = (total ? rows.error() : total.error()).message;
        }
        endResetModel();
        return;
    }
    ConsultationFilter filter;
    filter.from = m_day;
    filter.to = m_day;
    if (auto rows = m_context.store().list(filter))
        m_rows = *rows;
    else
        m_error = rows.error().message;
    endResetModel();
}

qint64 ConsultationListModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

int ConsultationListModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_rows.at(row).id == id)
            return row;
    return -1;
}

bool ConsultationListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && isSearching() && m_error.isEmpty() && m_rows.size() < m_total;
}

void ConsultationListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    auto rows = m_context.search().page(m_search, static_cast<int>(m_rows.size()), PageSize);
    if (!rows) {
        m_error = rows.error().message;
        return;
    }
    if (rows->isEmpty()) { // fewer than counted: something was removed meanwhile
        m_total = static_cast<int>(m_rows.size());
        return;
    }
    const int first = static_cast<int>(m_rows.size());
    beginInsertRows({}, first, first + static_cast<int>(rows->size()) - 1);
    m_rows += *rows;
    endInsertRows();
}

int ConsultationListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ConsultationListModel::columnCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return isSearching() ? ColumnCount + 1 : ColumnCount;
}

QString ConsultationListModel::display(const Consultation &c, int column) const
{
    CaseContext &cases = m_context.cases();
    switch (column) {
    case TimeColumn:
        // A search spans every day: the date goes with the time.
        if (isSearching())
            return QLocale().toString(c.occurredAt, QLocale::ShortFormat);
        return QLocale().toString(c.occurredAt.time(), QLocale::ShortFormat);
    case ChannelColumn:
        return cases.label(c.channelId);
    case AssessmentColumn:
        // A non-data contact has no assessment: its kind says what it was.
        return isNonData(c.kind) ? label(c.kind) : assessmentText(c.assessment);
    case OutcomeColumn:
        if (isNonData(c.kind))
            return {};
        if (c.outcome == ConsultationOutcome::Advised && c.adviceId > 0)
            return cases.label(c.adviceId);
        if (c.outcome == ConsultationOutcome::Referred && c.referralBodyId > 0)
            return tr("Referred to %1").arg(cases.label(c.referralBodyId));
        return label(c.outcome);
    case QuestionColumn:
        return isSearching() ? c.question : QString();
    default:
        return {};
    }
}

QVariant ConsultationListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Consultation &c = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(c, index.column());
    case Qt::ToolTipRole:
        if (index.column() == OutcomeColumn && c.caseId > 0)
            return tr("Handed over as case %1").arg(c.caseNumber.isEmpty() ? tr("(draft)") : c.caseNumber);
        if (index.column() == QuestionColumn)
            return c.question;
        if (index.column() == TimeColumn && c.hasOpenCallback())
            return tr("Callback due %1").arg(QLocale().toString(c.callbackDue, QLocale::ShortFormat));
        return {};
    case Qt::ForegroundRole:
        if (isNonData(c.kind))
            return toneColorInViews(Tone::Quiet);
        return {};
    case IdRole:
        return c.id;
    case NonDataRole:
        return isNonData(c.kind);
    default:
        return {};
    }
}

QString ConsultationListModel::assessmentText(Assessment assessment)
{
    switch (assessment) {
    case Assessment::Yes:
        return tr("Yes");
    case Assessment::Possibly:
        return tr("Possibly");
    case Assessment::No:
        return tr("No");
    case Assessment::Unclear:
        break;
    }
    return tr("Unclear");
}

QVariant ConsultationListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return isSearching() ? tr("Date and time") : tr("Time");
    case ChannelColumn:
        return tr("Channel");
    case AssessmentColumn:
        return tr("Discrimination?");
    case OutcomeColumn:
        return tr("Outcome");
    case QuestionColumn:
        return tr("Question");
    default:
        return {};
    }
}

} // namespace baken::ui
