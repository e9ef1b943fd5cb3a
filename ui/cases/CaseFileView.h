#pragma once

#include "base/Result.h"
#include "cases/CaseRecord.h"

#include <QWidget>

#include <memory>

class QLabel;

namespace Ui {
class CaseFileView;
}

namespace baken::ui {

class CaseContext;
class CaseFileTab;
class IntakeForm;
class TimelineTab;

// One registered case: its number, status and retention in the header, the
// status actions, and tabs for the intake, timeline, follow-ups, hours,
// referrals and history.
class CaseFileView final : public QWidget {
    Q_OBJECT

public:
    enum Tab { IntakePage, TimelinePage, FollowUpsPage, HoursPage, ReferralsPage, HistoryPage };

    explicit CaseFileView(CaseContext &context, QWidget *parent = nullptr);
    ~CaseFileView() override;

    // Shows the case; false (with the reason shown) when it cannot be read.
    bool showCase(qint64 caseId);
    qint64 caseId() const { return m_file.id; }
    void showTab(Tab tab);
    IntakeForm *intakeForm() const { return m_intake; }
    TimelineTab *timeline() const { return m_timeline; }
    void closeCase();
    // Asks where to save the data-subject extract, then writes it.
    void saveSubjectExtract();
    // Writes the extract as `basePath`.pdf and `basePath`.json, atomically;
    // returns the sentence that tells the advisor where the files are.
    Result<QString> writeSubjectExtract(const QString &basePath);

Q_SIGNALS:
    void backRequested();
    // The case changed: the list behind it should read it again.
    void caseChanged(qint64 caseId);

private:
    void reloadHeader();
    // "From a doubt-line consultation of <date>" when the case was handed over.
    void showOrigin();
    void setStatus(CaseStatus status);
    void reopen();
    void showMessage(const QString &message);

    std::unique_ptr<::Ui::CaseFileView> m_ui;
    CaseContext &m_context;
    CaseFile m_file;
    IntakeForm *m_intake;
    TimelineTab *m_timeline;
    QLabel *m_origin;
    QList<CaseFileTab *> m_tabs;
};

} // namespace baken::ui
