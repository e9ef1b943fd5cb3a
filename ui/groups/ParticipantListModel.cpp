#include "ParticipantListModel.h"

#include "GroupContext.h"
#include "cases/CodeChoices.h"

#include <QColor>
#include <QLocale>

#include <algorithm>

namespace baken::ui {

namespace {

int stateRank(ParticipantState state)
{
    switch (state) {
    case ParticipantState::Offered:
        return 0;
    case ParticipantState::Member:
        return 1;
    case ParticipantState::Waiting:
        return 2;
    case ParticipantState::Left:
        return 3;
    }
    return 4;
}

} // namespace

ParticipantListModel::ParticipantListModel(GroupContext &context, QObject *parent)
    : QAbstractTableModel(parent)
    , m_context(context)
{}

void ParticipantListModel::setGroup(qint64 groupId)
{
    m_groupId = groupId;
    reload();
}

void ParticipantListModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_waiting.clear();
    m_error.clear();
    if (m_groupId > 0) {
        if (auto people = m_context.store().participants(m_groupId))
            m_rows = *people;
        else
            m_error = people.error().message;
    }
    // The store gives sign-up order; a stable sort keeps it within each state.
    std::stable_sort(m_rows.begin(), m_rows.end(), [](const Participant &a, const Participant &b) {
        return stateRank(a.state) < stateRank(b.state);
    });
    int place = 0;
    for (const Participant &p : std::as_const(m_rows))
        if (p.state == ParticipantState::Waiting)
            m_waiting.insert(p.id, ++place);
    endResetModel();
}

std::optional<Participant> ParticipantListModel::participantAt(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return std::nullopt;
    return m_rows.at(row);
}

int ParticipantListModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_rows.at(row).id == id)
            return row;
    return -1;
}

int ParticipantListModel::waitingPosition(qint64 id) const
{
    return m_waiting.value(id, 0);
}

QString ParticipantListModel::sourceText(const Participant &p) const
{
    const QString key = toKey(p.source) + u'/' + QString::number(p.caseId) + u'/' + QString::number(p.consultationId);
    if (auto cached = m_sources.constFind(key); cached != m_sources.cend())
        return *cached;
    QString text = label(p.source);
    if (p.source == ParticipantSource::Case && p.caseId > 0) {
        if (auto file = m_context.cases().store().caseById(p.caseId); file && !file->number.isEmpty())
            text = tr("Case %1").arg(file->number);
    } else if (p.source == ParticipantSource::Consultation && p.consultationId > 0) {
        if (auto c = m_context.consultations().byId(p.consultationId))
            text = tr("Doubt line, %1").arg(shortDate(c->occurredAt.date()));
    }
    m_sources.insert(key, text);
    return text;
}

QString ParticipantListModel::stateText(const Participant &p) const
{
    if (p.state == ParticipantState::Waiting)
        return tr("Waiting, no. %1").arg(waitingPosition(p.id));
    return label(p.state);
}

int ParticipantListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ParticipantListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ParticipantListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Participant &p = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case PseudonymColumn:
            return p.pseudonym;
        case StateColumn:
            return stateText(p);
        case SourceColumn:
            return sourceText(p);
        case JoinedColumn:
            return shortDate(p.joinedOn);
        case LeftColumn:
            return p.leftReason.isEmpty() ? shortDate(p.leftOn) : tr("%1 (%2)").arg(shortDate(p.leftOn), p.leftReason);
        case ContactColumn:
            return p.contact;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == StateColumn && p.state == ParticipantState::Offered)
            return tr("A seat came free: contact this person and record whether they accept it");
        if (index.column() == LeftColumn && !p.leftReason.isEmpty())
            return p.leftReason;
        return {};
    case Qt::ForegroundRole:
        if (p.state == ParticipantState::Left)
            return QColor(0x75, 0x75, 0x75);
        if (p.state == ParticipantState::Offered && index.column() == StateColumn)
            return QColor(0x8a, 0x5a, 0x00);
        return {};
    case IdRole:
        return p.id;
    case StateRole:
        return static_cast<int>(p.state);
    default:
        return {};
    }
}

QVariant ParticipantListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case PseudonymColumn:
        return tr("Pseudonym");
    case StateColumn:
        return tr("State");
    case SourceColumn:
        return tr("Came from");
    case JoinedColumn:
        return tr("Joined");
    case LeftColumn:
        return tr("Left");
    case ContactColumn:
        return tr("Contact");
    default:
        return {};
    }
}

} // namespace baken::ui
