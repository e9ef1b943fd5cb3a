#include "ShiftView.h"

#include "CallbackListModel.h"
#include "ConsultationForm.h"
#include "ConsultationListModel.h"
#include "DoubtLineContext.h"
#include "widgets/PageTitle.h"
#include "widgets/Tone.h"

#include <QAction>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace baken::ui {

namespace {

QTableView *makeTable(QAbstractItemModel *model, const QString &name, const QString &description, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setModel(model);
    view->setAccessibleName(name);
    view->setAccessibleDescription(description);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setTabKeyNavigation(false);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setHighlightSections(false);
    return view;
}

QLabel *countLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

// "Phone 12 · Chat 3", largest first.
QString joinCounts(QList<std::pair<QString, int>> counts)
{
    std::stable_sort(counts.begin(), counts.end(), [](const auto &a, const auto &b) { return a.second > b.second; });
    QStringList parts;
    const QLocale locale;
    for (const auto &[name, count] : counts)
        parts << name + u' ' + locale.toString(count);
    return parts.isEmpty() ? ShiftView::tr("none") : parts.join(QStringLiteral(" · "));
}

} // namespace

ShiftView::ShiftView(DoubtLineContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_ask(messageBoxAsker())
    , m_today(new ConsultationListModel(context, this))
    , m_callbacks(new CallbackListModel(context, this))
    , m_title(new QLabel(this))
    , m_search(new QLineEdit(this))
    , m_listLabel(new QLabel(tr("&Consultations today:"), this))
    , m_noMatch(new QLabel(this))
    , m_todayView(makeTable(m_today, tr("Consultations today"),
                            tr("Today's consultations, or the search results; press Enter to open one in the form."),
                            this))
    , m_callbackView(makeTable(m_callbacks, tr("Open callbacks"),
                               tr("Consultations whose caller still waits for a callback; press Enter to open one."),
                               this))
    , m_open(new QPushButton(tr("Open in the form"), this))
    , m_handOver(new QPushButton(tr("Make this a case"), this))
    , m_done(new QPushButton(tr("Callback done…"), this))
    , m_weekTotal(countLabel(this))
    , m_byChannel(countLabel(this))
    , m_byAssessment(countLabel(this))
    , m_nonData(countLabel(this))
    , m_message(new QLabel(this))
{
    QFont heading = m_title->font();
    heading.setBold(true);
    heading.setPointSizeF(heading.pointSizeF() * 1.2);
    m_title->setFont(heading);
    m_todayView->setObjectName(QStringLiteral("todayView"));
    m_callbackView->setObjectName(QStringLiteral("callbackView"));
    m_done->setObjectName(QStringLiteral("callbackDoneButton"));
    m_handOver->setObjectName(QStringLiteral("shiftHandOverButton"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    setTone(m_message, Tone::Problem);
    m_message->hide();
    m_open->setToolTip(tr("Open the selected consultation in the form to change it (Enter)"));
    m_handOver->setToolTip(tr("Hand the selected consultation over to a confidential advisor as a draft case (%1)")
                               .arg(ConsultationForm::handOverShortcut().toString(QKeySequence::NativeText)));
    m_done->setToolTip(tr("Mark the selected callback done; its contact detail is erased"));
    m_weekTotal->setObjectName(QStringLiteral("weekTotal"));
    m_byChannel->setObjectName(QStringLiteral("weekByChannel"));
    m_byAssessment->setObjectName(QStringLiteral("weekByAssessment"));
    m_nonData->setObjectName(QStringLiteral("weekNonData"));

    m_listLabel->setBuddy(m_todayView);
    m_search->setObjectName(QStringLiteral("consultationSearch"));
    m_search->setClearButtonEnabled(true);
    // Every Alt letter of the page is taken by the form; Ctrl+F reaches the
    // search from anywhere on the page (DoubtLinePage), as on the case list.
    m_search->setPlaceholderText(tr("Words from the question, on any day (%1)")
                                     .arg(QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText)));
    m_search->setAccessibleName(tr("Search consultations"));
    m_search->setToolTip(tr("Lists the consultations of every day whose question holds these words, newest first"));
    auto *searchLabel = new QLabel(tr("Search:"), this);
    searchLabel->setBuddy(m_search);
    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(searchLabel);
    searchRow->addWidget(m_search, 1);
    m_noMatch->setObjectName(QStringLiteral("noConsultationsMatch"));
    m_noMatch->setWordWrap(true);
    m_noMatch->setTextFormat(Qt::PlainText);
    m_noMatch->setAlignment(Qt::AlignCenter);
    m_noMatch->setFrameShape(QFrame::StyledPanel);
    m_noMatch->hide();
    auto *callbackLabel = new QLabel(tr("Open callbac&ks:"), this);
    callbackLabel->setBuddy(m_callbackView);

    auto *todayButtons = new QHBoxLayout;
    todayButtons->addStretch();
    todayButtons->addWidget(m_open);
    todayButtons->addWidget(m_handOver);
    auto *callbackButtons = new QHBoxLayout;
    callbackButtons->addStretch();
    callbackButtons->addWidget(m_done);

    auto *week = new QGroupBox(tr("This week"), this);
    auto *weekForm = new QFormLayout(week);
    weekForm->setRowWrapPolicy(QFormLayout::WrapLongRows);
    weekForm->addRow(tr("Total:"), m_weekTotal);
    weekForm->addRow(tr("By channel:"), m_byChannel);
    weekForm->addRow(tr("Discrimination?"), m_byAssessment);
    weekForm->addRow(tr("Without content:"), m_nonData);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addLayout(searchRow);
    layout->addWidget(m_listLabel);
    layout->addWidget(m_todayView, 3);
    layout->addWidget(m_noMatch, 3);
    layout->addLayout(todayButtons);
    layout->addWidget(callbackLabel);
    layout->addWidget(m_callbackView, 2);
    layout->addLayout(callbackButtons);
    layout->addWidget(m_message);
    layout->addWidget(week);

    connect(m_todayView, &QAbstractItemView::activated, this,
            [this](const QModelIndex &index) { Q_EMIT openRequested(m_today->idAt(index.row())); });
    connect(m_callbackView, &QAbstractItemView::activated, this,
            [this](const QModelIndex &index) { Q_EMIT openRequested(m_callbacks->idAt(index.row())); });
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (const qint64 id = selectedConsultationId(); id > 0)
            Q_EMIT openRequested(id);
    });
    connect(m_handOver, &QPushButton::clicked, this, [this] {
        if (const qint64 id = selectedConsultationId(); id > 0)
            Q_EMIT handOverRequested(id);
    });
    connect(m_done, &QPushButton::clicked, this, &ShiftView::completeSelectedCallback);
    // The same key as in the form: here it hands over the selected row.
    auto *handOver = new QAction(this);
    handOver->setShortcut(ConsultationForm::handOverShortcut());
    handOver->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(handOver, &QAction::triggered, m_handOver, &QPushButton::click);
    addAction(handOver);
    connect(m_todayView->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ShiftView::updateButtons);
    // As you type: each keystroke reads the count and the first page again.
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_today->setSearchText(text);
        m_todayView->resizeColumnsToContents();
        showMessage(m_today->errorText());
        updateListState();
        updateButtons();
    });
    connect(m_callbackView->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ShiftView::updateButtons);
    refresh();
}

void ShiftView::refresh()
{
    const qint64 today = selectedConsultationId();
    const qint64 callback = selectedCallbackId();
    const QDate day = QDate::currentDate();
    m_title->setText(tr("Shift on %1").arg(QLocale().toString(day, QLocale::LongFormat)));
    m_today->setDay(day);
    m_callbacks->reload();
    for (QTableView *view : {m_todayView, m_callbackView})
        view->resizeColumnsToContents();
    if (const int row = m_today->rowOf(today); row >= 0)
        m_todayView->selectRow(row);
    if (const int row = m_callbacks->rowOf(callback); row >= 0)
        m_callbackView->selectRow(row);
    const QString error = !m_today->errorText().isEmpty() ? m_today->errorText() : m_callbacks->errorText();
    showMessage(error);
    updateListState();
    refreshCounts();
    updateButtons();
}

void ShiftView::updateListState()
{
    if (!m_today->isSearching()) {
        m_listLabel->setText(tr("&Consultations today:"));
        m_todayView->setAccessibleName(tr("Consultations today"));
        m_noMatch->hide();
        m_todayView->show();
        return;
    }
    const int found = m_today->totalCount();
    m_listLabel->setText(tr("&Consultations matching the search: %1").arg(QLocale().toString(found)));
    m_todayView->setAccessibleName(tr("Consultations matching the search"));
    const bool none = found == 0 && m_today->errorText().isEmpty();
    m_noMatch->setText(tr("No consultations match “%1”.\n\nThe search looks for the beginnings of words in the "
                          "question. Try fewer letters or another word, or clear the search to see today's shift.")
                           .arg(m_today->searchText()));
    m_noMatch->setVisible(none);
    m_todayView->setVisible(!none);
}

void ShiftView::refreshCounts()
{
    const QDate today = QDate::currentDate();
    const QDate monday = today.addDays(1 - today.dayOfWeek());
    auto counts = m_context.store().counts(monday, today);
    if (!counts) {
        m_weekTotal->setText(counts.error().message);
        return;
    }
    int nonData = 0;
    QList<std::pair<QString, int>> kinds;
    for (auto it = counts->nonData.cbegin(); it != counts->nonData.cend(); ++it) {
        nonData += it.value();
        kinds.append({label(it.key()), it.value()});
    }
    m_weekTotal->setText(tr("%n consultation(s)", nullptr, counts->consultations) + u", "
                         + tr("%n contact(s) without content", nullptr, nonData));
    QList<std::pair<QString, int>> channels;
    for (auto it = counts->byChannel.cbegin(); it != counts->byChannel.cend(); ++it)
        channels.append({it.key() > 0 ? m_context.cases().label(it.key()) : tr("(not given)"), it.value()});
    m_byChannel->setText(joinCounts(channels));
    QList<std::pair<QString, int>> assessments;
    for (Assessment a : allAssessments())
        if (const int n = counts->byAssessment.value(a); n > 0)
            assessments.append({ConsultationListModel::assessmentText(a), n});
    m_byAssessment->setText(joinCounts(assessments));
    m_nonData->setText(joinCounts(kinds));
}

void ShiftView::selectConsultation(qint64 id)
{
    if (const int row = m_today->rowOf(id); row >= 0) {
        m_todayView->selectRow(row);
        m_todayView->scrollTo(m_today->index(row, 0));
    }
    if (const int row = m_callbacks->rowOf(id); row >= 0) {
        m_callbackView->selectRow(row);
        m_callbackView->scrollTo(m_callbacks->index(row, 0));
    }
}

qint64 ShiftView::selectedConsultationId() const
{
    const QModelIndexList rows = m_todayView->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : m_today->idAt(rows.first().row());
}

qint64 ShiftView::selectedCallbackId() const
{
    const QModelIndexList rows = m_callbackView->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : m_callbacks->idAt(rows.first().row());
}

void ShiftView::completeSelectedCallback()
{
    const qint64 id = selectedCallbackId();
    if (id <= 0)
        return;
    const int row = m_callbacks->rowOf(id);
    const QString contact = m_callbacks->index(row, CallbackListModel::ContactColumn).data().toString();
    Question question;
    question.title = tr("Callback done");
    question.text = tr("Mark this callback done?\n\nThe contact detail “%1” is then erased from the vault for good; "
                       "the consultation itself stays.")
                        .arg(contact);
    question.acceptText = tr("Done, erase the contact");
    question.rejectText = tr("Cancel");
    m_ask(this, question, [this, id](bool done) {
        if (!done)
            return;
        if (auto completed = m_context.service().completeCallback(id); !completed)
            return showMessage(completed.error().message);
        refresh();
        Q_EMIT callbackCompleted(id);
    });
}

void ShiftView::updateButtons()
{
    const QModelIndexList rows = m_todayView->selectionModel()->selectedRows();
    const bool selected = !rows.isEmpty();
    const bool content = selected && !rows.first().data(ConsultationListModel::NonDataRole).toBool();
    m_open->setEnabled(selected);
    m_handOver->setEnabled(content);
    m_done->setEnabled(selectedCallbackId() > 0);
}

void ShiftView::showMessage(const QString &message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

} // namespace baken::ui
