#include "StartPage.h"

#include "ui_StartPage.h"
#include "widgets/PageTitle.h"
#include "widgets/Tone.h"

#include <QDir>
#include <QFileInfo>

namespace baken::ui {

StartPage::StartPage(QWidget *parent) : QWidget(parent), m_ui(std::make_unique<::Ui::StartPage>())
{
    m_ui->setupUi(this);
    setTone(m_ui->errorLabel, Tone::Problem);
    makePageTitle(m_ui->titleLabel);
    m_ui->introLabel->setMinimumWidth(600);
    m_ui->recentList->setMaximumHeight(180);
    m_ui->errorLabel->hide();
    m_ui->column->setStretch(0, 1);
    m_ui->column->setStretch(m_ui->column->count() - 1, 2);
    for (QWidget *w : std::initializer_list<QWidget *>{m_ui->titleLabel, m_ui->introLabel, m_ui->recentList,
                                                       m_ui->demoNote, m_ui->errorLabel})
        w->setMaximumWidth(640);

    connect(m_ui->recentList, &QListWidget::itemActivated, this, &StartPage::openSelected);
    connect(m_ui->recentList, &QListWidget::currentRowChanged, this,
            [this](int row) { m_ui->openRecentButton->setEnabled(row >= 0); });
    connect(m_ui->openRecentButton, &QPushButton::clicked, this, &StartPage::openSelected);
    connect(m_ui->openButton, &QPushButton::clicked, this, &StartPage::openRequested);
    connect(m_ui->createButton, &QPushButton::clicked, this, &StartPage::createRequested);
    connect(m_ui->demoButton, &QPushButton::clicked, this, &StartPage::demoRequested);
    connect(m_ui->restoreButton, &QPushButton::clicked, this, &StartPage::restoreRequested);
    connect(m_ui->tourButton, &QPushButton::clicked, this, &StartPage::tourRequested);
    setRecentVaults({});
}

StartPage::~StartPage() = default;

void StartPage::setRecentVaults(const QStringList &paths)
{
    m_ui->recentList->clear();
    for (const QString &path : paths) {
        const QFileInfo info(path);
        auto *item = new QListWidgetItem(info.completeBaseName(), m_ui->recentList);
        item->setData(Qt::UserRole, path);
        item->setToolTip(QDir::toNativeSeparators(path));
        if (!info.exists()) {
            item->setText(tr("%1 (file not found)").arg(info.completeBaseName()));
            item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
        } else {
            item->setText(info.completeBaseName() + u"  —  " + QDir::toNativeSeparators(info.absolutePath()));
        }
    }
    const bool any = !paths.isEmpty();
    m_ui->recentLabel->setVisible(any);
    m_ui->recentList->setVisible(any);
    m_ui->openRecentButton->setVisible(any);
    m_ui->openRecentButton->setEnabled(false);
    if (any)
        m_ui->recentList->setCurrentRow(0);
}

void StartPage::showError(const QString &message)
{
    m_ui->errorLabel->setText(message);
    m_ui->errorLabel->setVisible(!message.isEmpty());
}

void StartPage::setBusy(bool busy)
{
    for (QWidget *w : std::initializer_list<QWidget *>{m_ui->recentList, m_ui->openRecentButton, m_ui->openButton,
                                                       m_ui->createButton, m_ui->demoButton, m_ui->restoreButton})
        w->setEnabled(!busy);
    if (!busy)
        m_ui->openRecentButton->setEnabled(m_ui->recentList->currentRow() >= 0);
}

void StartPage::openSelected()
{
    const QListWidgetItem *item = m_ui->recentList->currentItem();
    if (item && (item->flags() & Qt::ItemIsEnabled))
        Q_EMIT recentVaultChosen(item->data(Qt::UserRole).toString());
}

} // namespace baken::ui
