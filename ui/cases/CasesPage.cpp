#include "CasesPage.h"

#include "CaseContext.h"
#include "CaseFileView.h"
#include "CaseListPanel.h"
#include "HoursExportDialog.h"
#include "IntakeForm.h"
#include "SignalBundlingPage.h"

#include <QStackedWidget>
#include <QVBoxLayout>

namespace baken::ui {

CasesPage::CasesPage(Vault &vault, QWidget *parent)
    : QWidget(parent)
    , m_context(std::make_unique<CaseContext>(vault))
    , m_stack(new QStackedWidget(this))
    , m_list(new CaseListPanel(*m_context))
    , m_intake(new IntakeForm(*m_context, IntakeForm::Mode::Draft))
    , m_file(new CaseFileView(*m_context))
    , m_bundling(new SignalBundlingPage(*m_context))
{
    for (QWidget *view : {static_cast<QWidget *>(m_list), static_cast<QWidget *>(m_intake),
                          static_cast<QWidget *>(m_file), static_cast<QWidget *>(m_bundling)})
        m_stack->addWidget(view);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(m_list, &CaseListPanel::caseOpenRequested, this, [this](qint64 id) { openCase(id); });
    connect(m_list, &CaseListPanel::newIntakeRequested, this, &CasesPage::newIntake);
    connect(m_list, &CaseListPanel::bundlingRequested, this, &CasesPage::showBundling);
    connect(m_list, &CaseListPanel::exportHoursRequested, this, &CasesPage::exportHours);

    connect(m_intake, &IntakeForm::backRequested, this, [this] {
        m_intake->flush();
        showList();
    });
    connect(m_intake, &IntakeForm::draftDiscarded, this, &CasesPage::showList);
    connect(m_intake, &IntakeForm::caseRegistered, this, [this](qint64 id) {
        m_list->reload();
        Q_EMIT casesChanged();
        openCase(id);
    });
    connect(m_file, &CaseFileView::backRequested, this, &CasesPage::showList);
    connect(m_file, &CaseFileView::caseChanged, this, &CasesPage::casesChanged);
    connect(m_bundling, &SignalBundlingPage::backRequested, this, &CasesPage::showList);
    connect(m_bundling, &SignalBundlingPage::caseOpenRequested, this, &CasesPage::openCase);
    setFocusProxy(m_list);
}

CasesPage::~CasesPage()
{
    // Nothing typed may be lost on lock: the draft is written while the
    // vault is still open, and the views go before the stores they use.
    m_intake->flush();
    delete m_stack;
}

QWidget *CasesPage::currentView() const
{
    return m_stack->currentWidget();
}

void CasesPage::showList()
{
    m_list->reload();
    m_stack->setCurrentWidget(m_list);
    m_list->setFocus();
}

void CasesPage::newIntake()
{
    m_intake->startNew();
    m_stack->setCurrentWidget(m_intake);
    m_intake->setFocus();
}

void CasesPage::openCase(qint64 caseId)
{
    auto file = m_context->store().caseById(caseId);
    if (!file)
        return;
    if (file->draft) {
        m_intake->load(*file);
        m_stack->setCurrentWidget(m_intake);
        m_intake->setFocus();
        return;
    }
    if (m_file->showCase(caseId)) {
        m_file->showTab(CaseFileView::TimelinePage);
        m_stack->setCurrentWidget(m_file);
        m_file->setFocus();
    }
}

void CasesPage::showBundling()
{
    m_bundling->refresh();
    m_stack->setCurrentWidget(m_bundling);
    m_bundling->setFocus();
}

void CasesPage::exportHours()
{
    auto *dialog = new HoursExportDialog(*m_context, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace baken::ui
