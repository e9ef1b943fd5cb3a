#include "AttendanceModel.h"
#include "GroupContext.h"
#include "GroupTabs.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QTableView>
#include <QVBoxLayout>

namespace baken::ui {

AttendanceTab::AttendanceTab(GroupContext &context, QWidget *parent)
    : GroupTab(context, parent)
    , m_model(new AttendanceModel(context, this))
    , m_session(new QComboBox(this))
    , m_view(makeTable(m_model, tr("Attendance of the members"),
                       tr("The members and whether they came to the chosen session; press 1, 2 or 3 to record it.")))
{
    m_session->setObjectName(QStringLiteral("attendanceSessionCombo"));
    m_view->setObjectName(QStringLiteral("attendanceView"));
    m_session->setAccessibleName(tr("Session"));
    m_session->setToolTip(tr("The session whose attendance is shown and recorded."));
    m_session->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    // Cell by cell, so Space ticks the column under the cursor.
    m_view->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->installEventFilter(this);
    auto *sessionLabel = new QLabel(tr("Sessi&on:"), this);
    sessionLabel->setBuddy(m_session);
    auto *viewLabel = new QLabel(tr("&Who was there:"), this);
    viewLabel->setBuddy(m_view);
    auto *hint = new QLabel(tr("Press 1 for present, 2 for absent with notice, 3 for absent: the next member is "
                               "selected. Space or a click ticks the column under the cursor. Missing sessions "
                               "in a row creates a task to check in, as the group's aftercare rules say."),
                            this);
    hint->setWordWrap(true);

    auto *top = new QHBoxLayout;
    top->addWidget(sessionLabel);
    top->addWidget(m_session);
    top->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(viewLabel);
    layout->addWidget(m_view, 1);
    layout->addWidget(hint);
    layout->addWidget(m_message);

    connect(m_session, &QComboBox::currentIndexChanged, this, &AttendanceTab::loadSession);
    connect(m_model, &AttendanceModel::errorOccurred, this, [this](const QString &message) { showMessage(message); });
    connect(m_model, &AttendanceModel::attendanceRecorded, this, [this] {
        showMessage({});
        Q_EMIT groupChanged();
    });
    setFocusProxy(m_view);
}

void AttendanceTab::refresh()
{
    const QDateTime current = m_session->currentData().toDateTime();
    const QSignalBlocker blocker(m_session);
    m_session->clear();
    if (m_groupId > 0) {
        auto sessions = m_context.service().sessions(m_groupId);
        if (!sessions)
            showMessage(sessions.error().message);
        const QDateTime now = QDateTime::currentDateTime();
        const QLocale locale;
        // Only sessions that have started; the latest first.
        for (const Session &s : sessions ? *sessions : QList<Session>()) {
            if (s.cancelled || s.start > now)
                continue;
            m_session->insertItem(
                0, tr("Session %1 – %2").arg(s.number).arg(locale.toString(s.start, QLocale::ShortFormat)),
                s.originalStart);
        }
    }
    if (m_session->count() == 0)
        m_session->addItem(tr("(no session has taken place yet)"));
    const int at = m_session->findData(current);
    m_session->setCurrentIndex(at >= 0 ? at : 0);
    loadSession();
}

bool AttendanceTab::selectSession(const QDateTime &originalStart)
{
    const int at = m_session->findData(originalStart);
    if (at < 0)
        return false;
    m_session->setCurrentIndex(at);
    return true;
}

void AttendanceTab::loadSession()
{
    m_model->setSession(m_groupId, m_session->currentData().toDateTime());
    if (!m_model->errorText().isEmpty())
        showMessage(m_model->errorText());
    m_view->setEnabled(m_model->rowCount() > 0);
    if (m_model->errorText().isEmpty() && m_model->rowCount() == 0 && m_session->currentData().isValid())
        showMessage(tr("Nobody was a member on the day of this session: people count from the day they joined."), true);
    else if (m_model->errorText().isEmpty())
        showMessage({});
    if (m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(0, AttendanceModel::PresentColumn));
}

bool AttendanceTab::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        std::optional<Attendance> value;
        if (key->key() == Qt::Key_1)
            value = Attendance::Present;
        else if (key->key() == Qt::Key_2)
            value = Attendance::Excused;
        else if (key->key() == Qt::Key_3)
            value = Attendance::Absent;
        const int row = m_view->currentIndex().row();
        if (value && row >= 0 && (key->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier) {
            if (m_model->setAttendance(row, *value) && row + 1 < m_model->rowCount())
                m_view->setCurrentIndex(m_model->index(row + 1, AttendanceModel::columnOf(*value)));
            else
                m_view->setCurrentIndex(m_model->index(row, AttendanceModel::columnOf(*value)));
            return true;
        }
    }
    return GroupTab::eventFilter(watched, event);
}

} // namespace baken::ui
