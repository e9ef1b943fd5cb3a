// The Groups page's actions on a whole group: create, edit, export the
// calendar, and the summary above the tabs.
#include "GroupContext.h"
#include "GroupDialog.h"
#include "GroupsPage.h"
#include "ScheduleText.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTabWidget>

namespace baken::ui {

namespace {

// A file name from the theme: letters, digits and dashes only.
QString fileNameFor(const QString &theme)
{
    QString name;
    for (const QChar c : theme.toLower())
        name += c.isLetterOrNumber() ? c : u'-';
    while (name.contains(QStringLiteral("--")))
        name.replace(QStringLiteral("--"), QStringLiteral("-"));
    name = name.left(40);
    while (name.endsWith(u'-'))
        name.chop(1);
    while (name.startsWith(u'-'))
        name.remove(0, 1);
    return (name.isEmpty() ? QStringLiteral("group") : name) + u".ics";
}

} // namespace

void GroupsPage::refreshHeader()
{
    if (m_groupId <= 0)
        return;
    auto group = m_context->store().group(m_groupId);
    if (!group) {
        m_theme->clear();
        m_summary->clear();
        return showMessage(group.error().message);
    }
    const QLocale locale;
    const SeriesSchedule &s = group->schedule;
    const QTime end = s.firstStart.time().addSecs(60LL * s.durationMinutes);
    QString when = s.count > 0 ? tr("%1, %n session(s) from %2", nullptr, s.count)
                                     .arg(recurrenceText(s), locale.toString(s.firstStart.date(), QLocale::LongFormat))
                               : tr("%1 from %2 until %3")
                                     .arg(recurrenceText(s), locale.toString(s.firstStart.date(), QLocale::LongFormat),
                                          locale.toString(s.until, QLocale::LongFormat));
    when += u", "
            + tr("%1–%2").arg(locale.toString(s.firstStart.time(), QLocale::ShortFormat),
                              locale.toString(end, QLocale::ShortFormat));
    QStringList lines{when.left(1).toUpper() + when.mid(1) + u'.'};
    QStringList where;
    if (!group->place.isEmpty())
        where << group->place;
    if (!group->onlineLink.isEmpty())
        where << group->onlineLink;
    if (!where.isEmpty())
        lines << tr("Where: %1").arg(where.join(QStringLiteral(" · ")));
    QStringList names;
    for (const qint64 id : std::as_const(group->facilitatorIds))
        if (const QString name = m_context->cases().label(id); !name.isEmpty())
            names << name;
    lines << (names.isEmpty() ? tr("Facilitators: none chosen") : tr("Facilitators: %1").arg(names.join(u", ")));
    const QString missed = group->missedInARow > 0
                               ? tr("a task after %n missed session(s) in a row", nullptr, group->missedInARow)
                               : tr("no task for missed sessions");
    const QString checkIn = group->checkInDays > 0
                                ? tr("a check-in %n day(s) after the series", nullptr, group->checkInDays)
                                : tr("no check-in after the series");
    lines << tr("Aftercare: %1; %2.").arg(missed, checkIn);
    m_theme->setText(group->theme);
    m_summary->setText(lines.join(u'\n'));
}

void GroupsPage::newGroup()
{
    auto *dialog = new GroupDialog(*m_context, GroupDialog::newGroup(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &GroupDialog::groupSaved, this, [this](qint64 id) {
        m_groupId = 0;
        openGroup(id, ParticipantsSection);
        showMessage(tr("The group is created. Add participants; once it is full, new ones go on the waiting list."),
                    true);
        Q_EMIT groupsChanged();
    });
    dialog->open();
}

void GroupsPage::editGroup()
{
    if (m_groupId <= 0)
        return;
    auto group = m_context->store().group(m_groupId);
    if (!group)
        return showMessage(group.error().message);
    auto *dialog = new GroupDialog(*m_context, *group, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &GroupDialog::groupSaved, this, [this](qint64 id) {
        m_groupId = 0;
        openGroup(id, static_cast<Section>(m_tabs->currentIndex()));
        showMessage({});
        Q_EMIT groupsChanged();
    });
    dialog->open();
}

void GroupsPage::exportCalendar()
{
    if (m_groupId <= 0)
        return;
    auto group = m_context->store().group(m_groupId);
    if (!group)
        return showMessage(group.error().message);
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    // Not the static helper: its nested event loop would outlive a lock.
    auto *files = new QFileDialog(this, tr("Export calendar"), QDir(folder).filePath(fileNameFor(group->theme)),
                                  tr("Calendar files (*.ics)"));
    files->setAcceptMode(QFileDialog::AcceptSave);
    files->setDefaultSuffix(QStringLiteral("ics"));
    files->setAttribute(Qt::WA_DeleteOnClose);
    connect(files, &QFileDialog::fileSelected, this, [this](const QString &path) {
        auto done = exportCalendarTo(path);
        showMessage(done ? *done : done.error().message, done.ok());
    });
    files->open();
}

Result<QString> GroupsPage::exportCalendarTo(const QString &path)
{
    auto group = m_context->store().group(m_groupId);
    if (!group)
        return group.error();
    auto changes = m_context->store().sessionChanges(m_groupId);
    if (!changes)
        return changes.error();
    CalendarSeries series;
    series.uid = m_context->calendarUid(group->id);
    series.title = group->theme;
    series.description = group->description;
    // The location field takes one; the link then goes with the description.
    if (!group->place.isEmpty() && !group->onlineLink.isEmpty())
        series.description += (series.description.isEmpty() ? QString() : QStringLiteral("\n\n"))
                              + tr("Online: %1").arg(group->onlineLink);
    series.location = group->location();
    series.schedule = group->schedule;
    series.changes = *changes;
    auto bytes = writeCalendar(series);
    if (!bytes)
        return bytes.error();
    const auto failed = [&path](const QSaveFile &file) {
        return Error{
            ErrorCode::Io,
            tr("The calendar could not be saved as %1: %2").arg(QDir::toNativeSeparators(path), file.errorString())};
    };
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return failed(file);
    if (file.write(*bytes) != bytes->size()) {
        const Error error = failed(file);
        file.cancelWriting();
        return error;
    }
    if (!file.commit())
        return failed(file);
    return tr("Saved %1. Import it into your calendar; exporting again later updates the same series there. It "
              "holds the theme, description, place and session dates, never a participant.")
        .arg(QFileInfo(path).fileName());
}

} // namespace baken::ui
