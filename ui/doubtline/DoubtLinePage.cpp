#include "DoubtLinePage.h"

#include "ConsultationForm.h"
#include "DoubtLineContext.h"
#include "ReferralGuideDialog.h"
#include "ShiftView.h"

#include <QAction>
#include <QLineEdit>
#include <QMessageBox>
#include <QScrollArea>
#include <QSplitter>
#include <QVBoxLayout>

namespace baken::ui {

DoubtLinePage::DoubtLinePage(Vault &vault, QWidget *parent)
    : QWidget(parent)
    , m_context(std::make_unique<DoubtLineContext>(vault))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_form(new ConsultationForm(*m_context))
    , m_shift(new ShiftView(*m_context))
{
    // A small screen scrolls the form rather than squeezing its lists.
    auto *scroll = new QScrollArea;
    scroll->setWidget(m_form);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusProxy(m_form);
    m_splitter->addWidget(scroll);
    m_splitter->addWidget(m_shift);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);

    // A silent call or the timer must not wait until the focus is back in the form.
    m_shift->addActions(m_form->pageActions());
    auto *find = new QAction(this);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QAction::triggered, this, [this] {
        m_shift->searchEdit()->setFocus(Qt::ShortcutFocusReason);
        m_shift->searchEdit()->selectAll();
    });
    addAction(find);

    connect(m_form, &ConsultationForm::consultationSaved, this, [this](qint64 id) {
        m_shift->refresh();
        m_shift->selectConsultation(id);
        Q_EMIT consultationsChanged();
    });
    connect(m_form, &ConsultationForm::handOverRequested, this, &DoubtLinePage::handOver);
    connect(m_form, &ConsultationForm::editGuideRequested, this, &DoubtLinePage::editGuide);
    connect(m_shift, &ShiftView::openRequested, this, &DoubtLinePage::openConsultation);
    connect(m_shift, &ShiftView::handOverRequested, this, &DoubtLinePage::handOver);
    connect(m_shift, &ShiftView::callbackCompleted, this, [this](qint64 id) {
        // The form must not write the erased contact back.
        if (m_form->consultationId() == id && !m_form->isDirty())
            m_form->load(id);
        Q_EMIT consultationsChanged();
    });
    setFocusProxy(m_form);
}

DoubtLinePage::~DoubtLinePage()
{
    // The widgets go before the stores they use.
    delete m_splitter;
}

void DoubtLinePage::showEvent(QShowEvent *event)
{
    // A shift runs past midnight and code lists change in Settings.
    m_shift->refresh();
    QWidget::showEvent(event);
    if (!m_sized && width() > 0) {
        // The form's size hint would otherwise squeeze the shift's columns.
        m_sized = true;
        m_splitter->setSizes({width() * 5 / 8, width() * 3 / 8});
    }
}

void DoubtLinePage::refresh()
{
    m_shift->refresh();
}

void DoubtLinePage::reloadChoices()
{
    m_context->cases().clearLabels();
    m_form->reloadChoices();
    m_shift->refresh();
}

void DoubtLinePage::openConsultation(qint64 id)
{
    if (id <= 0)
        return;
    if (m_form->isDirty() && m_form->consultationId() != id) {
        showError(tr("Save or clear the consultation in the form first; it has changes that are not saved."));
        return;
    }
    m_shift->refresh();
    m_shift->selectConsultation(id);
    if (m_form->load(id))
        m_form->setFocus(Qt::OtherFocusReason);
}

void DoubtLinePage::handOver(qint64 id)
{
    auto c = m_context->store().byId(id);
    if (!c)
        return showError(c.error().message);
    if (c->caseId > 0) {
        // Handed over before: open that case rather than make a second one.
        Q_EMIT caseOpenRequested(c->caseId);
        return;
    }
    auto caseId = m_context->service().handOver(id);
    if (!caseId)
        return showError(caseId.error().message);
    m_shift->refresh();
    if (m_form->consultationId() == id)
        m_form->load(id);
    Q_EMIT consultationsChanged();
    Q_EMIT caseOpenRequested(*caseId);
}

void DoubtLinePage::editGuide()
{
    auto *dialog = new ReferralGuideDialog(m_context->vault(), m_form->guideBodyId(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ReferralGuideDialog::guideChanged, m_form, &ConsultationForm::refreshGuide);
    dialog->open();
}

void DoubtLinePage::showError(const QString &message)
{
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Doubt line"), message, QMessageBox::Ok, this);
    box->setTextFormat(Qt::PlainText);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace baken::ui
