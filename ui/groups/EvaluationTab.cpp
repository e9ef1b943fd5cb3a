#include "GroupContext.h"
#include "GroupTabs.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace baken::ui {

EvaluationTab::EvaluationTab(GroupContext &context, QWidget *parent)
    : GroupTab(context, parent)
    , m_participant(new QComboBox(this))
    , m_score(new QSpinBox(this))
    , m_record(new QPushButton(tr("&Record score"), this))
    , m_summary(new QLabel(this))
{
    m_participant->setObjectName(QStringLiteral("evaluationParticipantCombo"));
    m_score->setObjectName(QStringLiteral("scoreSpin"));
    m_record->setObjectName(QStringLiteral("recordScoreButton"));
    m_summary->setObjectName(QStringLiteral("evaluationSummary"));
    m_participant->setAccessibleName(tr("Participant who gives a score"));
    m_score->setAccessibleName(tr("Score from 1 to 5"));
    m_participant->setToolTip(tr("The participant who gives a score; Baken never keeps which score was theirs."));
    m_score->setAccessibleDescription(tr("1 is poor, 5 is very good."));
    m_record->setToolTip(tr("Adds the score to the count and notes that this participant has scored."));
    m_score->setRange(1, 5);
    m_score->setValue(3);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    auto *explanation = new QLabel(tr("Each participant scores the series once, from 1 (poor) to 5 (very good). "
                                      "Baken keeps only how many gave each score. It remembers that someone "
                                      "has scored, so nobody scores twice, but never which score was theirs."),
                                   this);
    explanation->setWordWrap(true);
    auto *whoLabel = new QLabel(tr("&Who:"), this);
    whoLabel->setBuddy(m_participant);
    auto *scoreLabel = new QLabel(tr("S&core:"), this);
    scoreLabel->setBuddy(m_score);
    auto *form = new QFormLayout;
    form->addRow(whoLabel, m_participant);
    form->addRow(scoreLabel, m_score);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_record);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_message);
    layout->addSpacing(12);
    layout->addWidget(m_summary);
    layout->addStretch();

    connect(m_record, &QPushButton::clicked, this, &EvaluationTab::record);
    setFocusProxy(m_participant);
}

void EvaluationTab::refresh()
{
    m_participant->clear();
    if (m_groupId <= 0)
        return;
    auto people = m_context.store().participants(m_groupId);
    if (!people)
        return showMessage(people.error().message);
    // Everyone who took part (joined, maybe left since) and has not scored yet.
    for (const Participant &p : *people) {
        if (p.joinedOn.isValid() && !p.evaluated)
            m_participant->addItem(p.pseudonym, p.id);
    }
    const bool anyone = m_participant->count() > 0;
    if (!anyone)
        m_participant->addItem(tr("(everyone who took part has scored)"), 0);
    m_participant->setEnabled(anyone);
    m_score->setEnabled(anyone);
    m_record->setEnabled(anyone);

    auto summary = m_context.store().evaluation(m_groupId);
    if (!summary)
        return showMessage(summary.error().message);
    const QLocale locale;
    if (summary->count() == 0) {
        m_summary->setText(tr("No scores yet."));
        return;
    }
    QStringList counts;
    for (int score = 1; score <= 5; ++score)
        counts << tr("%1: %2×").arg(score).arg(summary->byScore.value(score));
    m_summary->setText(
        tr("%n score(s), mean %1.", nullptr, summary->count()).arg(locale.toString(summary->mean(), 'f', 1)) + u"\n"
        + counts.join(QStringLiteral("   ")));
}

void EvaluationTab::record()
{
    const qint64 id = m_participant->currentData().toLongLong();
    if (id <= 0)
        return;
    if (auto done = m_context.service().evaluate(id, m_score->value()); !done)
        return showMessage(done.error().message);
    showMessage(tr("The score is recorded, without a link to %1.").arg(m_participant->currentText()), true);
    refresh();
    Q_EMIT groupChanged();
}

} // namespace baken::ui
