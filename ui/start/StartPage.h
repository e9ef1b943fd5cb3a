#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class StartPage;
}

namespace baken::ui {

// What the window shows with no vault open: what Baken is, the recent
// vaults, and the ways to open or create one. It only asks; MainWindow acts.
class StartPage final : public QWidget {
    Q_OBJECT

public:
    explicit StartPage(QWidget *parent = nullptr);
    ~StartPage() override;

    void setRecentVaults(const QStringList &paths);
    void showError(const QString &message);
    void setBusy(bool busy);

Q_SIGNALS:
    void recentVaultChosen(const QString &path);
    void openRequested();
    void createRequested();
    void demoRequested();
    // "Forgot your passphrase? Restore from a backup…"
    void restoreRequested();
    void tourRequested();

private:
    void openSelected();

    std::unique_ptr<::Ui::StartPage> m_ui;
};

} // namespace baken::ui
