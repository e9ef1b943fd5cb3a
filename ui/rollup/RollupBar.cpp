#include "RollupBar.h"

#include "PackageDialog.h"
#include "i18n/Translations.h"
#include "rollup/RollupPackage.h"
#include "summary/Period.h"
#include "summary/SummaryBuilder.h"
#include "vault/Vault.h"

#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>

namespace baken::ui::rollup {

namespace {

// A package holds one period's counts; anything far larger is not one.
constexpr qint64 LargestPackage = 16 * 1024 * 1024;

bool askToReplace(QWidget *parent, const baken::rollup::StoredPackage &old, const baken::rollup::PackageContents &newer)
{
    const QLocale locale;
    const QString question =
        RollupBar::tr("A package from %1 for %2 was already imported (made %3). This one, for %4, was made later "
                      "(%5). Use its figures for the months they share?")
            .arg(newer.sourceLabel, summary::periodLabel(old.period).in(currentLanguage()),
                 locale.toString(old.createdAt.toLocalTime(), QLocale::ShortFormat),
                 summary::periodLabel(newer.cube.period).in(currentLanguage()),
                 locale.toString(newer.createdAt.toLocalTime(), QLocale::ShortFormat));
    // The import waits for the answer inside one transaction, so this asks
    // modally; the lock timer cannot fire during it.
    return QMessageBox::question(parent, RollupBar::tr("Replace a package?"), question,
                                 QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
           == QMessageBox::Yes;
}

QString suggestedPackageName(const summary::Period &period)
{
    return QStringLiteral("baken-package-%1.bakenpkg").arg(summary::periodKey(period));
}

} // namespace

RollupBar::RollupBar(Vault &vault, std::function<summary::Period()> period, QWidget *parent)
    : QWidget(parent)
    , m_vault(vault)
    , m_period(std::move(period))
    , m_source(new QComboBox(this))
    , m_import(new QPushButton(tr("&Import packages…"), this))
    , m_package(new QPushButton(tr("Pac&kage for coordinator…"), this))
{
    m_source->setObjectName(QStringLiteral("figuresSourceCombo"));
    m_source->setToolTip(
        tr("Shows the figures of this vault alone, or the roll-up of the packages advisors sent you."));
    m_source->addItem(tr("This vault"));
    m_source->addItem(tr("Roll-up of imported packages"));
    m_import->setObjectName(QStringLiteral("importPackagesButton"));
    m_import->setToolTip(tr("Add the sealed packages advisors sent you to this vault's roll-up"));
    m_package->setObjectName(QStringLiteral("packageForCoordinatorButton"));
    m_package->setToolTip(tr("Send this vault's exact figures of the period, sealed, to your coordinator"));
    auto *label = new QLabel(tr("Figures f&rom:"), this);
    label->setBuddy(m_source);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(label);
    layout->addWidget(m_source);
    layout->addWidget(m_import);
    layout->addWidget(m_package);
    layout->addStretch();

    connect(m_source, &QComboBox::currentIndexChanged, this, [this] {
        updateButtons();
        Q_EMIT figuresChanged();
    });
    connect(m_import, &QPushButton::clicked, this, &RollupBar::importPackages);
    connect(m_package, &QPushButton::clicked, this, &RollupBar::packageForCoordinator);
    updateButtons();
}

bool RollupBar::rollUp() const
{
    return m_source->currentIndex() == 1;
}

void RollupBar::setRollUp(bool rollUp)
{
    m_source->setCurrentIndex(rollUp ? 1 : 0);
}

void RollupBar::updateButtons()
{
    // Importing belongs to the coordinator's view, packaging to an advisor's own figures.
    m_import->setVisible(rollUp());
    m_package->setVisible(!rollUp());
}

Result<summary::Summary> RollupBar::exactSummary(const summary::Period &period) const
{
    if (rollUp())
        return baken::rollup::RollupService(m_vault).combined(period);
    return summary::buildSummary(m_vault.db(), period);
}

void RollupBar::importPackages()
{
    const OpenFilesChooser chooser = m_openChooser ? m_openChooser : OpenFilesChooser(openWithDialog);
    chooser(this, tr("Import packages"), tr("Baken packages (*.bakenpkg);;All files (*)"),
            [this](const QStringList &paths) {
                const ImportReport report = importFiles(paths);
                Q_EMIT figuresChanged();
                Q_EMIT messageShown(report.text, !report.refused);
            });
}

RollupBar::ImportReport RollupBar::importFiles(const QStringList &paths)
{
    ImportReport report;
    baken::rollup::RollupService service(m_vault);
    const ReplaceQuestion question = m_replace ? m_replace : ReplaceQuestion(askToReplace);
    QStringList lines;
    for (const QString &path : paths) {
        const QString name = QFileInfo(path).fileName();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            lines << tr("%1: refused, it could not be read (%2).").arg(name, file.errorString());
            report.refused = true;
            continue;
        }
        if (file.size() > LargestPackage) {
            lines << tr("%1: refused, it is far too large to be a package.").arg(name);
            report.refused = true;
            continue;
        }
        auto outcome = service.import(
            file.readAll(), [&](const baken::rollup::StoredPackage &old, const baken::rollup::PackageContents &newer) {
                return question(this, old, newer);
            });
        if (!outcome) {
            lines << tr("%1: refused. %2").arg(name, outcome.error().message);
            report.refused = true;
            continue;
        }
        switch (*outcome) {
        case baken::rollup::ImportOutcome::Added:
            lines << tr("%1: added.").arg(name);
            break;
        case baken::rollup::ImportOutcome::Duplicate:
            lines << tr("%1: already imported, nothing changed.").arg(name);
            break;
        case baken::rollup::ImportOutcome::Replaced:
            lines << tr("%1: replaced the older figures of the same source for the months they share.").arg(name);
            break;
        case baken::rollup::ImportOutcome::Kept:
            lines << tr("%1: kept the package imported before, nothing changed.").arg(name);
            break;
        }
    }
    report.text = lines.join(u'\n');
    return report;
}

void RollupBar::packageForCoordinator()
{
    const summary::Period period = m_period();
    auto *dialog = new PackageDialog(m_vault, summary::periodLabel(period).in(currentLanguage()), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, period] {
        const baken::rollup::CoordinatorKey key = *dialog->coordinatorKey();
        const QString label = dialog->sourceLabel();
        const SaveFileChooser chooser = m_saveChooser ? m_saveChooser : SaveFileChooser(saveWithDialog);
        chooser(this, tr("Save the package"), suggestedPackageName(period), tr("Baken packages (*.bakenpkg)"),
                [this, period, key, label](const QString &path) {
                    auto done = writePackage(period, key, label, path);
                    Q_EMIT messageShown(done ? *done : done.error().message, done.ok());
                });
    });
    dialog->open();
}

Result<QString> RollupBar::writePackage(const summary::Period &period, const baken::rollup::CoordinatorKey &key,
                                        const QString &sourceLabel, const QString &path)
{
    // Always this vault's own figures, whatever the page shows.
    auto sealed = baken::rollup::packagePeriod(m_vault, period, sourceLabel, key);
    if (!sealed)
        return sealed.error();
    const auto audit = [&] { return baken::rollup::recordPackageExport(m_vault, period, key); };
    if (auto written = writeFileAtomically(path, *sealed, audit); !written)
        return written.error();
    return tr("Saved %1: the figures of %2, sealed for %3. Send the file to the coordinator.")
        .arg(QFileInfo(path).fileName(), summary::periodLabel(period).in(currentLanguage()), key.label);
}

} // namespace baken::ui::rollup
